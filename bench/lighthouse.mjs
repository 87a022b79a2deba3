// Lighthouse (mobile preset, the default) on a few pages of a built site, with
// the system Chromium when present. Returns the four category scores (0–100) per page.
// lighthouse and chrome-launcher are not project dependencies (one of their
// dependencies is pinned to a moving "latest" tag, which breaks `npm ci`):
// install them for a run with `npm install --no-save lighthouse chrome-launcher`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * @param {string} root the project root
 * @param {string} outDir the built site to serve
 * @param {string[]} paths site paths to measure
 * @returns {Promise<{ path: string, scores: Record<string, number> }[] | undefined>} undefined when Lighthouse is not installed
 */
export async function runLighthouse(root, outDir, paths) {
  let lighthouse;
  let chromeLauncher;
  try {
    lighthouse = (await import('lighthouse')).default;
    chromeLauncher = await import('chrome-launcher');
  } catch {
    return undefined;
  }
  const port = 4610;
  const server = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--outDir', outDir, '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/en/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const chromePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
    const chrome = await chromeLauncher.launch({
      ...(chromePath ? { chromePath } : {}),
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const results = [];
      for (const path of paths) {
        const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((result?.lhr.categories[c]?.score ?? 0) * 100)]));
        results.push({ path, scores });
      }
      return results;
    } finally {
      await chrome.kill();
    }
  } finally {
    server.kill();
  }
}
