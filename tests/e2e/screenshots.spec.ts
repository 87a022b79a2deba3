import { expect, test } from '@playwright/test';

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

for (const locale of ['en', 'zh'] as const) {
  for (const viewport of viewports) {
    test(`a post in ${locale} on a ${viewport.name} fits the screen (screenshot kept)`, async ({ page }, testInfo) => {
      await page.setViewportSize(viewport);
      await page.goto(`/${locale}/posts/rust-parser-rewrite/`);
      // Nothing wider than the viewport: no sideways scrolling on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      // A fixed folder, so a person can find them after `npm test`.
      const path = `test-results/screenshots/post-${locale}-${viewport.name}.png`;
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach(`post-${locale}-${viewport.name}`, { path, contentType: 'image/png' });
    });
  }
}

for (const locale of ['en', 'zh'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a code-and-math entry in ${locale}, ${colorScheme} theme (screenshot kept)`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`/${locale}/ideas/latency-research-note/`);
      await expect(page.locator('.prose math')).not.toHaveCount(0);
      await expect(page.locator('.prose pre.astro-code')).toHaveCount(1);
      const code = await page.locator('.prose pre.astro-code').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(code).toBe(colorScheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
      await page.screenshot({ path: `test-results/screenshots/code-math-${locale}-${colorScheme}.png`, fullPage: true });
      await context.close();
    });
  }
}
