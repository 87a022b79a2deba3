import { expect, test, type Page } from '@playwright/test';

/** Opens the search dialog with the button, types a query, and returns the result paths once they settle. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  const dialog = page.getByTestId('search');
  if (!(await dialog.evaluate((el) => (el as HTMLDialogElement).open))) await page.getByTestId('search-open').click();
  await dialog.locator('.search__input').fill(query);
  await expect(dialog.locator('.search__status')).not.toHaveText('');
  return dialog
    .locator('.search__results a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).map(decodeURI));
}

test('nothing of the search is downloaded until the dialog opens', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/zh/posts/2024/gc-notes/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.includes('pagefind'))).toEqual([]);
  await page.getByTestId('search-open').click();
  await expect.poll(() => requested.filter((path) => path.includes('pagefind')).length).toBeGreaterThan(0);
  expect(requested).toContain('/pagefind/pagefind.js');
});

test('a two-character Chinese word from the middle of a sentence finds its entry', async ({ page }) => {
  await page.goto('/zh/');
  // “罪魁” stands mid-sentence in the Chinese GC notes only.
  expect(await searchFor(page, '罪魁')).toEqual(['/zh/posts/2024/gc-notes/']);
  await expect(page.getByTestId('search').locator('.search__status')).toHaveText('1 条结果');
});

test('a mixed query finds entries with both words', async ({ page }) => {
  await page.goto('/zh/');
  expect(await searchFor(page, 'Go 垃圾回收')).toContain('/zh/posts/2024/gc-notes/');
});

test('an English word finds English entries, in the English UI', async ({ page }) => {
  await page.goto('/en/');
  await page.getByTestId('search-open').click();
  await expect(page.getByTestId('search').locator('.search__input')).toHaveAttribute('placeholder', 'Search posts and ideas…');
  const results = await searchFor(page, 'lexer');
  expect(results).toEqual(['/en/posts/rust-parser-rewrite/']);
});

test('results in the other language come only when asked for, after the reader’s own', async ({ page }) => {
  await page.goto('/zh/');
  // “discoverability” is only in the English-only keyboard post.
  expect((await searchFor(page, 'discoverability')).filter((path) => path.startsWith('/en/'))).toEqual([]);
  await page.getByTestId('search').locator('.search__include').check();
  await expect(page.getByTestId('search').locator('.search__results a[href^="/en/"]').first()).toBeVisible();
  const results = await page
    .getByTestId('search')
    .locator('.search__results a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(results).toContain('/en/posts/keyboard-shortcut-audit/');
  const firstOther = results.findIndex((path) => path.startsWith('/en/'));
  expect(results.slice(firstOther).every((path) => path.startsWith('/en/'))).toBe(true);
});

test('fallback pages and drafts are not in the index', async ({ page }) => {
  await page.goto('/zh/');
  await page.getByTestId('search-open').click();
  await page.getByTestId('search').locator('.search__include').check();
  expect(await searchFor(page, 'discoverability')).toEqual(['/en/posts/keyboard-shortcut-audit/']);
  // “CRDT” appears only in the draft.
  expect(await searchFor(page, 'CRDT')).toEqual([]);
});

test('/ and Ctrl-K open the dialog, Escape closes it', async ({ page }) => {
  await page.goto('/en/posts/2024/gc-notes/');
  const dialog = page.getByTestId('search');
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.search__input')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
});
