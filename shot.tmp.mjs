import { chromium } from '@playwright/test';
const [, , url, out, w, h, full] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
const errors = [];
page.on('console', (m) => {
  if (m.type() === 'error') errors.push(m.text());
});
await page.goto(url);
await page.screenshot({ path: out, fullPage: full === 'full' });
if (errors.length) console.log('console errors:', errors);
await browser.close();
