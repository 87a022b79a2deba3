import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { drafts, published, slugsOf } from './support/content';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' || name === 'sitemap' });

interface UrlEntry {
  loc: string;
  'xhtml:link'?: { '@_hreflang': string; '@_href': string }[];
}

async function readSitemap(request: APIRequestContext): Promise<UrlEntry[]> {
  const index = parser.parse(await (await request.get('/sitemap-index.xml')).text());
  const urls: UrlEntry[] = [];
  for (const { loc } of index.sitemapindex.sitemap) {
    urls.push(...parser.parse(await (await request.get(new URL(loc).pathname)).text()).urlset.url);
  }
  return urls;
}

test('the sitemap lists every published version, with alternates only between versions that exist', async ({ request }) => {
  const urls = await readSitemap(request);
  const locs = new Set(urls.map((u) => u.loc));
  for (const file of published) {
    const loc = `https://blog.example.com/${file.locale}/${file.kind}/${file.slug}/`;
    expect(locs.has(loc), loc).toBe(true);
    const entry = urls.find((u) => u.loc === loc)!;
    const other = file.locale === 'en' ? 'zh' : 'en';
    const translated = published.some((f) => f.kind === file.kind && f.slug === file.slug && f.locale === other);
    const alternates = Object.fromEntries((entry['xhtml:link'] ?? []).map((l) => [l['@_hreflang'], l['@_href']]));
    expect(alternates, loc).toEqual(
      translated
        ? {
            en: `https://blog.example.com/en/${file.kind}/${file.slug}/`,
            'zh-CN': `https://blog.example.com/zh/${file.kind}/${file.slug}/`,
          }
        : {},
    );
  }
  const entryLocs = urls.filter((u) => /\/(posts|ideas)\/(?!\d+\/$)[^/]/.test(new URL(u.loc).pathname));
  expect(entryLocs.length).toBe(published.length);
  expect(slugsOf('posts').length + slugsOf('ideas').length).toBe(19);
});

test('the sitemap has no fallback page, no draft, no 404 and no root redirect', async ({ request }) => {
  const locs = (await readSitemap(request)).map((u) => new URL(u.loc).pathname);
  expect(locs).not.toContain('/zh/posts/keyboard-shortcut-audit/');
  expect(locs).not.toContain('/en/posts/slow-mornings/');
  for (const draft of drafts) expect(locs).not.toContain(`/${draft.locale}/${draft.kind}/${draft.slug}/`);
  expect(locs.filter((p) => p.includes('404') || p === '/')).toEqual([]);
});

test('every sitemap URL answers 200 with <html lang> matching its prefix', async ({ page, request }) => {
  test.setTimeout(120_000);
  for (const { loc } of await readSitemap(request)) {
    const path = new URL(loc).pathname;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(await page.locator('html').getAttribute('lang'), path).toBe(path.startsWith('/zh/') ? 'zh-CN' : 'en');
  }
});
