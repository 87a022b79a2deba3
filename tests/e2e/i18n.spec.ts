import { expect, test } from '@playwright/test';
import { EntryPage, ListPage, SitePage } from './pages/site-page';

test.describe('switching language', () => {
  test('a post leads to its translation and back', async ({ page }) => {
    const entry = new EntryPage(page);
    await entry.open('/en/posts/2024/gc-notes/');
    await expect(entry.title).toHaveText('Notes on Garbage Collection in Go');
    expect(await entry.switchLanguage()).toBe('/zh/posts/2024/gc-notes/');
    await expect(entry.title).toHaveText('Go 垃圾回收笔记');
    expect(await entry.lang()).toBe('zh-CN');
    expect(await entry.switchLanguage()).toBe('/en/posts/2024/gc-notes/');
  });

  test('a tag page leads to the same tag', async ({ page }) => {
    const list = new ListPage(page);
    await list.open('/zh/tags/人工智能/');
    await expect(list.title).toHaveText('标签“人工智能”');
    expect(await list.switchLanguage()).toBe('/en/tags/人工智能/');
    await expect(list.title).toHaveText('Tagged “人工智能”');
    expect(await list.slugs()).toEqual(['llm-code-review-experiment']);
  });

  test('page 2 of a list leads to page 2', async ({ page }) => {
    const list = new ListPage(page);
    await list.open('/en/posts/2/');
    expect(await list.switchLanguage()).toBe('/zh/posts/2/');
    await expect(page.locator('.pagination__status')).toHaveText('第 2 页，共 2 页');
  });

  test('the head lists hreflang alternates of the versions that exist', async ({ page }) => {
    const entry = new EntryPage(page);
    await entry.open('/en/posts/2024/gc-notes/');
    expect(await entry.alternates()).toEqual({
      en: 'https://blog.example.com/en/posts/2024/gc-notes/',
      'zh-CN': 'https://blog.example.com/zh/posts/2024/gc-notes/',
      'x-default': 'https://blog.example.com/en/posts/2024/gc-notes/',
    });
    await entry.open('/en/posts/keyboard-shortcut-audit/');
    expect(await entry.alternates()).toEqual({
      en: 'https://blog.example.com/en/posts/keyboard-shortcut-audit/',
      'x-default': 'https://blog.example.com/en/posts/keyboard-shortcut-audit/',
    });
    expect(await page.locator('link[rel=alternate][type="application/rss+xml"]').getAttribute('href')).toBe('/en/rss.xml');
  });
});

test.describe('an entry in one language only', () => {
  test('is reachable under the other prefix with a notice, its own lang, a canonical link and noindex', async ({ page }) => {
    const entry = new EntryPage(page);
    expect(await entry.open('/zh/posts/keyboard-shortcut-audit/')).toBe(200);
    await expect(entry.fallbackNotice).toHaveText('本篇还没有中文版。下面是英文原文。');
    await expect(entry.title).toHaveText('What I Learned Auditing My Keyboard Shortcuts');
    await expect(entry.article).toHaveAttribute('lang', 'en');
    expect(await entry.lang()).toBe('zh-CN');
    expect(await entry.canonical()).toBe('https://blog.example.com/en/posts/keyboard-shortcut-audit/');
    expect(await entry.robots()).toBe('noindex');
    expect(await entry.switchLanguage()).toBe('/en/posts/keyboard-shortcut-audit/');
    await expect(entry.fallbackNotice).toHaveCount(0);
    expect(await entry.robots()).toBeNull();
  });

  test('is listed with a language badge, and the count says how many are untranslated', async ({ page }) => {
    const list = new ListPage(page);
    await list.open('/zh/posts/');
    await expect(list.count).toHaveText('11 篇文章，其中 1 篇尚无中文版');
    const item = page.locator('[data-slug=keyboard-shortcut-audit]');
    await expect(item.locator('.badge')).toHaveText('EN');
    await expect(item.locator('a')).toHaveAttribute('lang', 'en');
    await list.open('/en/posts/');
    await expect(list.count).toHaveText('11 posts, 1 not yet in English');
    await expect(page.locator('[data-slug=slow-mornings] .badge')).toHaveText('中');
  });
});

test.describe('the root', () => {
  test('sends a Chinese-preferring browser to /zh/', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL('**/zh/');
    expect(new URL(page.url()).pathname).toBe('/zh/');
    await context.close();
  });

  test.describe('for other languages', () => {
    for (const locale of ['en-US', 'fr-FR']) {
      test(`sends ${locale} to /en/`, async ({ browser }) => {
        const context = await browser.newContext({ locale });
        const page = await context.newPage();
        await page.goto('/');
        await page.waitForURL('**/en/');
        expect(new URL(page.url()).pathname).toBe('/en/');
        await context.close();
      });
    }
  });

  test('gives readers without JavaScript a link per language', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/');
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual([
      ['English', '/en/'],
      ['中文', '/zh/'],
    ]);
    await context.close();
  });
});

test('the 404 page is English, answers 404, and links to the Chinese site', async ({ page }) => {
  const site = new SitePage(page);
  expect(await site.open('/en/no-such-page/')).toBe(404);
  await expect(site.title).toHaveText('Page not found');
  await expect(page.getByTestId('not-found-other')).toHaveText('页面不存在。前往中文首页');
  await expect(page.getByTestId('not-found-other')).toHaveAttribute('href', '/zh/');
  await expect(page.getByTestId('lang-switch')).toHaveAttribute('href', '/zh/404/');
  expect(await site.robots()).toBe('noindex');
  expect(await site.open('/zh/404/')).toBe(200);
  await expect(site.title).toHaveText('页面不存在');
});
