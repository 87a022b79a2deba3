import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseHeadersFile } from '../../src/lib/security-headers';

/** The headers the build wrote for hosts that read `_headers` (Netlify, Cloudflare Pages). */
const headers = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));

/** Collects every Content-Security-Policy violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('the preview answers with the policy and headers of dist/_headers', async ({ request }) => {
  expect(Object.keys(headers)).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy']);
  expect(headers['Content-Security-Policy']).not.toContain("'unsafe-inline' 'sha256");
  expect(headers['Content-Security-Policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}=')+;/);
  for (const path of ['/en/', '/zh/posts/2024/gc-notes/', '/en/rss.xml', '/pagefind/pagefind.js']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy']).toBe(headers['Content-Security-Policy']);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  }
});

test('every script of the site runs under the policy: theme, progress, table of contents, copy buttons, search', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await watchViolations(page);
  await page.goto('/zh/posts/2024/gc-notes/');
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
  await page.mouse.wheel(0, 4000);
  await expect(page.locator('.toc a[aria-current="location"], nav a[aria-current="location"]').first()).toBeAttached();
  await page.locator('.code-copy').first().click();
  await expect(page.locator('.code-copy').first()).toHaveText('已复制');
  await page.getByTestId('search-open').click();
  await page.getByTestId('search').locator('.search__input').fill('罪魁');
  await expect(page.getByTestId('search').locator('.search__results a')).toHaveCount(1);
  await page.goto('/');
  await expect(page).toHaveURL(/\/(en|zh)\/$/);
  expect(await violations()).toEqual([]);
});

test('each locale has a 404.html where hosts look for the nearest one', async ({ page }) => {
  for (const [path, lang] of [
    ['/zh/404.html', 'zh-CN'],
    ['/en/404.html', 'en'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', /noindex/);
  }
});
