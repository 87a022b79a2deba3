import { expect, test } from '@playwright/test';
import { getReadingTime } from '../../src/lib/reading-time';
import { EntryPage, ListPage } from './pages/site-page';
import { files } from './support/content';

const body = (slug: string, locale: 'en' | 'zh') => files.find((f) => f.slug === slug && f.locale === locale)!.body;

test('a post shows its dates as written, in each locale’s format', async ({ page }) => {
  const entry = new EntryPage(page);
  await entry.open('/en/posts/2024/gc-notes/');
  await expect(entry.published).toHaveText('15 January 2024');
  await expect(entry.published).toHaveAttribute('datetime', '2024-01-15');
  await expect(page.locator('.entry-meta__dates')).toContainText('Updated: 20 August 2024');
  await entry.open('/zh/posts/2024/gc-notes/');
  await expect(entry.published).toHaveText('2024年1月15日');
  await expect(page.locator('.entry-meta__dates')).toContainText('更新于：2024年8月20日');
});

test('reading time counts words in English and characters in Chinese', async ({ page }) => {
  const entry = new EntryPage(page);
  const en = getReadingTime(body('2024/gc-notes', 'en'));
  await entry.open('/en/posts/2024/gc-notes/');
  await expect(entry.readingTime).toHaveText(`${en.words.toLocaleString('en')} words · ${en.minutes} min read`);
  const zh = getReadingTime(body('2024/gc-notes', 'zh'));
  await entry.open('/zh/posts/2024/gc-notes/');
  await expect(entry.readingTime).toHaveText(`${zh.chars.toLocaleString('zh-CN')} 字 · 约 ${zh.minutes} 分钟`);
  expect(zh.chars).toBeGreaterThan(500);
});

test('an AI-written post carries the notice; others do not', async ({ page }) => {
  const entry = new EntryPage(page);
  await entry.open('/en/posts/llm-code-review-experiment/');
  await expect(entry.aiNotice).toHaveText('A language model wrote this text. It may contain errors.');
  await entry.open('/zh/posts/llm-code-review-experiment/');
  await expect(entry.aiNotice).toHaveText('本文由语言模型撰写，内容可能有误。');
  await entry.open('/en/posts/2024/gc-notes/');
  await expect(entry.aiNotice).toHaveCount(0);
});

test('toc: true gives a table of contents whose links reach their headings', async ({ page }) => {
  const entry = new EntryPage(page);
  await entry.open('/en/posts/2024/gc-notes/');
  const links = entry.toc.locator('a');
  const expectedHeadings = [...body('2024/gc-notes', 'en').matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]);
  await expect(links).toHaveText(expectedHeadings as string[]);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`)).toHaveCount(1);
  }
  await entry.open('/en/posts/why-i-write-go/');
  await expect(entry.toc).toHaveCount(0);
});

test('the contact block writes to the author about this post', async ({ page }) => {
  const entry = new EntryPage(page);
  await entry.open('/en/posts/why-i-write-go/');
  await expect(page.locator('.contact h2')).toHaveText('Any thoughts on this?');
  await expect(entry.contactLink).toHaveAttribute('href', 'mailto:alex@example.com?subject=Why%20I%20Keep%20Reaching%20for%20Go');
});

test('the reading-progress figure follows the scroll', async ({ page }) => {
  const entry = new EntryPage(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await entry.open('/en/posts/2024/gc-notes/');
  // A native <progress>: its value is what assistive technology reads; the figure beside it is for the eye.
  await expect(entry.progress).toBeVisible();
  await expect(entry.progress).toHaveJSProperty('value', 0);
  await expect(entry.progress).toHaveAttribute('max', '100');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(entry.progress).toHaveJSProperty('value', 100);
  await expect(page.locator('.progress__value')).toHaveText('100%');
  await expect(entry.progress).toHaveAccessibleName('Reading progress');
});

test('older and newer links walk the locale’s list', async ({ page }) => {
  const entry = new EntryPage(page);
  await entry.open('/zh/posts/2024/gc-notes/');
  await expect(page.locator('.neighbours a[rel=prev]')).toHaveAttribute('href', '/zh/posts/llm-code-review-experiment/');
  await expect(page.locator('.neighbours a[rel=next]')).toHaveAttribute('href', '/zh/posts/slow-mornings/');
});

test('links between posts, footnotes, tables, code and images render', async ({ page }) => {
  const entry = new EntryPage(page);
  await entry.open('/en/posts/rust-parser-rewrite/');
  await expect(page.locator('.prose table')).toHaveCount(1);
  await expect(page.locator('.prose pre code')).not.toHaveCount(0);
  await expect(page.locator('.prose [data-footnotes], .prose .footnotes')).toHaveCount(1);
  await expect(page.locator('.prose #footnote-label')).toHaveText('Notes');
  await entry.open('/zh/posts/rust-parser-rewrite/');
  await expect(page.locator('.prose #footnote-label')).toHaveText('注释');
  await expect(page.locator('.prose a[data-footnote-backref]').first()).toHaveAttribute('aria-label', '返回引用处 1');
  await entry.open('/en/posts/rust-parser-rewrite/');
  const hero = page.locator('img.entry__hero');
  await expect(hero).toHaveAttribute('width', '800');
  await expect(hero).toHaveAttribute('height', '400');
  expect(await page.locator('.prose img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth > 0))).toEqual([true]);
});

test('an MDX post renders its expressions', async ({ page }) => {
  const entry = new EntryPage(page);
  await entry.open('/en/posts/numbers-you-can-feel/');
  await expect(page.locator('.prose')).toContainText('1024');
  await expect(page.locator('.prose')).toContainText('2025');
});

test('the ideas list shows each idea whole, with a permalink and a copy-link button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const list = new ListPage(page);
  await list.open('/zh/ideas/');
  const first = page.locator('.idea-card').first();
  await expect(first.locator('.prose p').first()).toBeVisible();
  const slug = await first.getAttribute('data-slug');
  await expect(first.getByRole('link', { name: '永久链接' })).toHaveAttribute('href', `/zh/ideas/${slug}/`);
  const button = first.locator('button.copy-link');
  await expect(button).toHaveText('复制链接');
  await button.click();
  await expect(button).toHaveText('链接已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(page.url()).origin}/zh/ideas/${slug}/`);
});

test('a raster image in an entry is responsive, lazy and sized so nothing jumps', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/posts/keyboard-shortcut-audit/');
  const image = page.locator('.prose img').first();
  await expect(image).toHaveAttribute('loading', 'lazy');
  await expect(image).toHaveAttribute('width', '1600');
  await expect(image).toHaveAttribute('height', '900');
  const srcset = (await image.getAttribute('srcset')) ?? '';
  expect(srcset.split(',').length).toBeGreaterThan(2);
  expect(await image.getAttribute('sizes')).toContain('1600px');
  await image.scrollIntoViewIfNeeded();
  // The browser picked a smaller file than the original for a phone.
  const widths = Object.fromEntries(
    srcset
      .split(',')
      .map((part) => part.trim().split(/\s+/))
      .map(([url, w]) => [url, Number.parseInt(w!, 10)]),
  );
  const current = new URL(await image.evaluate((img) => (img as HTMLImageElement).currentSrc)).pathname;
  expect(widths[current]).toBeLessThan(1600);
});
