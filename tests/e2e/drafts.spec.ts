import { expect, test } from '@playwright/test';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distRoot, drafts } from './support/content';

test('a draft appears nowhere in the built site: no page, list, count, tag, feed or sitemap', async ({ request }) => {
  expect(drafts.map((d) => d.slug)).toEqual(['local-first-draft', 'local-first-draft']);
  const files = globSync('**/*.{html,xml}', { cwd: distRoot });
  expect(files.length).toBeGreaterThan(80);
  const leaks = files.filter((file) => {
    const text = readFileSync(join(distRoot, file), 'utf8');
    return text.includes('local-first-draft') || drafts.some((d) => text.includes(d.title)) || text.includes('/tags/unfinished/');
  });
  expect(leaks).toEqual([]);
  for (const locale of ['en', 'zh']) {
    expect((await request.get(`/${locale}/posts/local-first-draft/`)).status()).toBe(404);
    expect((await request.get(`/${locale}/tags/unfinished/`)).status()).toBe(404);
  }
});
