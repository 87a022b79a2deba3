import { expect, test, type Page } from '@playwright/test';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe('the theme', () => {
  test('follows the system when the reader chose nothing', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/en/');
    expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
    expect(await background(page)).toBe('rgb(22, 24, 28)');
    await expect(page.getByTestId('theme-toggle')).toHaveText('Light');
    await context.close();
  });

  test('the toggle switches, is remembered after a reload, and applies before the first paint', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto('/zh/posts/2024/gc-notes/');
    expect(await background(page)).toBe('rgb(253, 252, 250)');
    const toggle = page.getByTestId('theme-toggle');
    await expect(toggle).toHaveText('深色');
    await expect(toggle).toHaveAttribute('aria-label', '切换到深色主题');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveText('浅色');
    // The theme is on <html> before any of the body is parsed: no flash of the light theme.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe('dark');
    expect(await background(page)).toBe('rgb(22, 24, 28)');
    // Code follows the theme too.
    const codeColor = await page
      .locator('.prose pre.astro-code')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(codeColor).toBe('rgb(13, 17, 23)');
    await context.close();
  });
});

test('a code block shows its language and copies its code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/posts/2024/gc-notes/');
  const pre = page.locator('.prose pre[data-language="go"]').first();
  expect(await pre.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"go"');
  const button = page.locator('.code-block').first().locator('button.code-copy');
  await expect(button).toHaveText('Copy');
  await expect(button).toHaveAttribute('title', 'Copy the code');
  await button.click();
  await expect(button).toHaveText('Copied');
  const code = await pre.locator('code').innerText();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  expect(code).toContain('debug.SetMemoryLimit');
});

test('headings keep readable ids and carry a labelled self-link', async ({ page }) => {
  await page.goto('/zh/posts/2024/gc-notes/');
  const heading = page.locator('.prose h2').first();
  await expect(heading).toHaveAttribute('id', '起因');
  await expect(heading).toHaveText('起因');
  const anchor = heading.locator('a.heading-anchor');
  await expect(anchor).toHaveAttribute('href', '#起因');
  await expect(anchor).toHaveAttribute('aria-label', '本节“起因”的链接');
  await anchor.focus();
  expect(await anchor.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  await anchor.click();
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#起因');
});

test('GitHub-style alerts become titled asides in Markdown and MDX, in the page’s language', async ({ page }) => {
  await page.goto('/zh/posts/2024/gc-notes/');
  const note = page.locator('.prose aside.callout--note');
  await expect(note.locator('.callout__title')).toHaveText('注');
  await expect(note).toContainText('本文的数字都来自同一个服务');
  await expect(note).not.toContainText('[!NOTE]');
  await page.goto('/en/posts/numbers-you-can-feel/');
  await expect(page.locator('.prose aside.callout--tip .callout__title')).toHaveText('Tip');
});

test('a post prints as text with link addresses and without navigation', async ({ page }) => {
  await page.goto('/en/posts/2024/gc-notes/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-nav', '.contact', '.neighbours', '.progress', '.theme-toggle', '.site-footer']) {
    expect(
      await page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display),
      selector,
    ).toBe('none');
  }
  const link = page.locator('.prose a[href^="https://"]').first();
  expect(await link.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(`" (${await link.getAttribute('href')})"`);
});

test('a post in a series shows its place and links to every part, in the page’s language', async ({ page }) => {
  await page.goto('/en/posts/2024/gc-notes/');
  const series = page.getByTestId('series');
  await expect(series.locator('.series__title')).toHaveText('Part 2 of 3 in the series “Go in practice”');
  expect(await series.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
    '/en/posts/why-i-write-go/',
    '/en/posts/2024/gc-notes/',
    '/en/posts/small-tools-in-go/',
  ]);
  await expect(series.locator('a[aria-current=page]')).toHaveText('Notes on Garbage Collection in Go');
  await page.goto('/zh/posts/small-tools-in-go/');
  await expect(page.getByTestId('series').locator('.series__title')).toHaveText('系列“Go 实战”第 3 篇，共 3 篇');
  await page.goto('/en/posts/rust-parser-rewrite/');
  await expect(page.getByTestId('series')).toHaveCount(0);
});

test('related entries are the three sharing most tags', async ({ page }) => {
  await page.goto('/en/posts/2024/gc-notes/');
  // gc-notes is tagged Go, Systems, Performance: numbers-you-can-feel and rust-parser-rewrite share two, why-i-write-go two (newer first).
  expect(
    await page
      .getByTestId('related')
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
  ).toEqual(['/en/posts/numbers-you-can-feel/', '/en/posts/rust-parser-rewrite/', '/en/posts/why-i-write-go/']);
  await expect(page.getByTestId('related').locator('h2')).toHaveText('Related');
});

test('the table of contents stands beside the text on wide screens and marks the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/en/posts/2024/gc-notes/');
  const toc = page.locator('nav.toc');
  const article = await page.locator('article.entry .prose').boundingBox();
  const box = await toc.boundingBox();
  expect(box!.x).toBeGreaterThan(article!.x + article!.width);
  await page.locator('#reading-a-trace').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, document.getElementById('reading-a-trace')!.getBoundingClientRect().top - 40));
  await expect(toc.locator('a[aria-current=location]')).toHaveText('Reading a trace');
  await page.setViewportSize({ width: 390, height: 844 });
  const phoneBox = await toc.boundingBox();
  const phoneArticle = await page.locator('article.entry').boundingBox();
  expect(phoneBox!.x).toBeLessThan(phoneArticle!.x + phoneArticle!.width);
});

test('math is rendered at build time as MathML, with no script or stylesheet, and prices stay text', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/en/ideas/latency-research-note/');
  await expect(page.locator('.prose math')).toHaveCount(4);
  await expect(page.locator('.prose .math-display math[display=block]')).toHaveCount(1);
  await expect(page.locator('.prose annotation').first()).toHaveText('L = \\lambda W');
  await expect(page.locator('.prose')).toContainText('A faster disk at $300 and a second one at $600 do not change that shape');
  expect(requested.filter((url) => /katex/i.test(url))).toEqual([]);
  const box = await page.locator('.prose .math-display math').boundingBox();
  expect(box!.height).toBeGreaterThan(20);
});

test('an idea’s deep dive is folded in the list, open on its page, and carries the AI notice itself', async ({ page }) => {
  await page.goto('/zh/ideas/embeddings-are-lossy/');
  const dive = page.locator('article.entry details.deep-dive');
  await expect(dive).toHaveJSProperty('open', true);
  await expect(dive.locator('summary')).toHaveText('深入阅读');
  await expect(dive.locator('[data-testid=notice-ai]')).toHaveText('本节由语言模型撰写，内容可能有误。');
  await expect(page.locator('[data-testid=notice-ai]')).toHaveCount(1);
  await expect(dive).toContainText('最近邻搜索');

  await page.goto('/en/ideas/');
  const card = page.locator('.idea-card[data-slug=embeddings-are-lossy]');
  const folded = card.locator('details.deep-dive');
  await expect(folded).toHaveJSProperty('open', false);
  await expect(card.locator('[data-testid=notice-ai]')).toBeHidden();
  await folded.locator('summary').click();
  await expect(folded.locator('[data-testid=notice-ai]')).toHaveText('A language model wrote this section. It may contain errors.');
});

test('without JavaScript the deep dive is still open on the idea’s page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/ideas/embeddings-are-lossy/');
  await expect(page.locator('article.entry details.deep-dive p').last()).toBeVisible();
  await context.close();
});

test('lines named in the fence are highlighted, and long lines scroll inside the block', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/posts/2024/gc-notes/');
  const block = page.locator('.prose pre[data-language="go"]').first();
  await expect(block.locator('.line.highlighted')).toHaveText([/debug\.SetMemoryLimit/, /debug\.SetGCPercent/]);
  expect(await block.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the skip link is the first stop for the keyboard and leads to the content', async ({ page }) => {
  await page.goto('/zh/posts/2024/gc-notes/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toHaveText('跳到正文');
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  expect(new URL(page.url()).hash).toBe('#main');
});

test('a theme chosen on another page applies when going back, with no flash', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto('/en/');
  await page.goto('/en/posts/');
  await page.getByTestId('theme-toggle').click();
  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('theme-toggle')).toHaveText('Light');
  await context.close();
});

test('printing in the dark theme prints the light one', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/en/posts/2024/gc-notes/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await page.locator('.entry__title').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
  expect(await page.locator('.entry-meta').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(92, 99, 112)');
  expect(
    await page
      .locator('.prose pre.astro-code')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor),
  ).toBe('rgb(255, 255, 255)');
  await context.close();
});

test('a highlighted line is tinted from edge to edge, words included', async ({ page }) => {
  await page.goto('/en/posts/2024/gc-notes/');
  const word = page.locator('.prose .line.highlighted span').first();
  expect(await word.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
});

test('the theme button follows a system change while nothing was chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/');
  const toggle = page.getByTestId('theme-toggle');
  await expect(toggle).toHaveText('Dark');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(toggle).toHaveText('Light');
  await expect(toggle).toHaveAttribute('aria-label', 'Switch to the light theme');
});
