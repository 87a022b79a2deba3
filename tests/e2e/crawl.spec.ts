import { expect, test } from '@playwright/test';
import { crawlDist } from '../support/crawl';
import { distRoot, slugsOf } from './support/content';
import { getTagSlug } from '../../src/lib/tags';
import { published } from './support/content';

/** Pages per locale: home, bio, tags index, each entry, each tag (10 entries a page), posts (10 a page) and ideas (5 a page) lists. */
const tagCount = new Set(published.flatMap((f) => f.tags.map(getTagSlug))).size;
const perLocale =
  3 +
  slugsOf('posts').length +
  slugsOf('ideas').length +
  tagCount +
  Math.ceil(slugsOf('posts').length / 10) +
  Math.ceil(slugsOf('ideas').length / 5);

test.describe('a reader clicking through the whole site', () => {
  test('reaches every page from /en/ and /zh/ with no broken link, no console error and the right lang', async ({ page, request }) => {
    test.setTimeout(180_000);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));

    const queue = ['/en/', '/zh/'];
    const seen = new Set(queue);
    const checked = new Map<string, number>();
    const broken: string[] = [];
    while (queue.length) {
      const path = queue.shift()!;
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const prefix = path.split('/')[1];
      expect(await page.locator('html').getAttribute('lang'), path).toBe(prefix === 'zh' ? 'zh-CN' : 'en');
      const hrefs = await page
        .locator('a[href], link[href], img[src], script[src]')
        .evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href || (el as HTMLImageElement).src));
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== new URL(page.url()).origin) continue;
        const target = url.pathname;
        if (!checked.has(target)) checked.set(target, (await request.get(target)).status());
        if (checked.get(target) !== 200) broken.push(`${path} → ${target} (${checked.get(target)})`);
        else if (/\/$/.test(target) && /^\/(en|zh)\//.test(target) && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(errors).toEqual([]);
    expect(seen.size).toBe(2 * perLocale);
    expect(perLocale).toBe(40);
  });

  test('every #fragment link points at an element that exists', () => {
    const { pages, broken } = crawlDist(distRoot, ['/en/', '/zh/']);
    expect(pages.length).toBe(2 * perLocale);
    expect(broken).toEqual([]);
  });
});
