import { expect, test, type Page } from '@playwright/test';

async function jsonLd(page: Page): Promise<Record<string, unknown>> {
  const text = await page.locator('script[type="application/ld+json"]').textContent();
  return JSON.parse(text ?? 'null') as Record<string, unknown>;
}

async function meta(page: Page, property: string): Promise<string[]> {
  return page
    .locator(`meta[property="${property}"], meta[name="${property}"]`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('content')!));
}

test('a post carries BlogPosting structured data in its language', async ({ page }) => {
  await page.goto('/zh/posts/2024/gc-notes/');
  expect(await jsonLd(page)).toMatchObject({
    '@type': 'BlogPosting',
    headline: 'Go 垃圾回收笔记',
    inLanguage: 'zh-CN',
    datePublished: '2024-01-15T00:00:00.000Z',
    dateModified: '2024-08-20T00:00:00.000Z',
    url: 'https://blog.example.com/zh/posts/2024/gc-notes/',
    author: { '@type': 'Person', name: '李明远' },
  });
});

test('a fallback page describes the original, in the original’s language', async ({ page }) => {
  await page.goto('/zh/posts/keyboard-shortcut-audit/');
  expect(await jsonLd(page)).toMatchObject({
    inLanguage: 'en',
    url: 'https://blog.example.com/en/posts/keyboard-shortcut-audit/',
    author: { name: 'Alex Rivera' },
  });
});

test('titles with markup characters survive in JSON-LD and meta tags', async ({ page }) => {
  await page.goto('/en/posts/typescript-types-as-docs/');
  expect((await jsonLd(page))['headline']).toBe('Types as Documentation: Map<K, V> & Friends in TypeScript');
  expect(await meta(page, 'og:title')).toEqual(['Types as Documentation: Map<K, V> & Friends in TypeScript']);
});

test('Open Graph and Twitter meta describe the page', async ({ page }) => {
  await page.goto('/en/posts/2024/gc-notes/');
  expect(await meta(page, 'og:type')).toEqual(['article']);
  expect(await meta(page, 'og:url')).toEqual(['https://blog.example.com/en/posts/2024/gc-notes/']);
  expect(await meta(page, 'og:locale')).toEqual(['en_US']);
  expect(await meta(page, 'og:locale:alternate')).toEqual(['zh_CN']);
  expect(await meta(page, 'article:published_time')).toEqual(['2024-01-15T00:00:00.000Z']);
  expect(await meta(page, 'twitter:card')).toEqual(['summary_large_image']);
  await page.goto('/zh/');
  expect(await meta(page, 'og:type')).toEqual(['website']);
  expect(await meta(page, 'twitter:card')).toEqual(['summary']);
  expect(await meta(page, 'og:site_name')).toEqual(['李明远的笔记本']);
});

test('robots.txt allows crawling and points at the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe('User-agent: *\nAllow: /\n\nSitemap: https://blog.example.com/sitemap-index.xml\n');
});

test('an entry’s social card is its own language version’s, and it is a real PNG', async ({ page, request }) => {
  await page.goto('/zh/posts/2024/gc-notes/');
  expect(await meta(page, 'og:image')).toEqual(['https://blog.example.com/og/zh/posts/2024/gc-notes.png']);
  expect(await meta(page, 'og:image:width')).toEqual(['1200']);
  expect(await meta(page, 'og:image:height')).toEqual(['630']);
  expect(await meta(page, 'twitter:card')).toEqual(['summary_large_image']);
  const response = await request.get('/og/zh/posts/2024/gc-notes.png');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
  await page.goto('/zh/posts/keyboard-shortcut-audit/');
  expect(await meta(page, 'og:image')).toEqual(['https://blog.example.com/og/en/posts/keyboard-shortcut-audit.png']);
});
