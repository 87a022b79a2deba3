import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * End-to-end tests against the built sample site served by `astro preview`.
 * Debian's Chromium is used when present (Playwright cannot download its own
 * browser everywhere); otherwise Playwright's own Chromium.
 */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const port = Number(process.env['E2E_PORT'] ?? 4399);
const build = process.env['E2E_SKIP_BUILD'] ? '' : 'npm run build && ';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `${build}npm run preview -- --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/en/`,
    // Never another process's server: a busy port fails the run instead of testing whatever answers there.
    reuseExistingServer: false,
    timeout: 180_000,
    env: { BLOG_CONTENT_DIR: '', BASE_PATH: '/' },
  },
});
