import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** One page of every kind, in both locales; a fallback page and the 404 too. */
const pages = [
  '/en/',
  '/zh/',
  '/en/posts/',
  '/zh/posts/2/',
  '/en/posts/2024/gc-notes/',
  '/zh/posts/rust-parser-rewrite/',
  '/zh/posts/keyboard-shortcut-audit/',
  '/en/ideas/',
  '/zh/ideas/latency-research-note/',
  '/en/tags/',
  '/zh/tags/go/',
  '/en/bio/',
  '/zh/404/',
  '/',
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      test(`${path} has no accessibility violations`, async ({ page }) => {
        await page.goto(path);
        if (path === '/') await page.waitForURL('**/en/');
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test('the search dialog has no accessibility violations when open with results', async ({ page }) => {
  await page.goto('/zh/');
  await page.getByTestId('search-open').click();
  await page.getByTestId('search').locator('.search__input').fill('垃圾回收');
  await expect(page.getByTestId('search').locator('.search__results a').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
