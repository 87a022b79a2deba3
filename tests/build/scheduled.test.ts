import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build';

/**
 * The fixture's scheduled versions are dated 2030-06-15 09:00 (read as UTC):
 * "scheduled" (both languages, with a cover image), "scheduled-idea", and the
 * Chinese version of "translated-later", whose English version is published.
 */
const fixture = 'tests/fixtures/scheduled';
const release = Date.UTC(2030, 5, 15, 9) / 1000;
const scheduledTitles = ['A scheduled post', '一篇定时发布的文章', 'A scheduled idea', '稍后发布的中文译文'];

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'item' || name === 'category' });

/** What a build shows, gathered from its files. */
function survey(outDir: string) {
  const files = globSync('**/*', { cwd: outDir, withFileTypes: false }).sort();
  const feedTitles = Object.fromEntries(
    files
      .filter((f) => f.endsWith('rss.xml'))
      .map((f) => [
        f,
        ((parser.parse(readFileSync(join(outDir, f), 'utf8')).rss.channel.item ?? []) as { title: string }[]).map((i) => i.title),
      ]),
  );
  const sitemap = [...readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1]!).pathname,
  );
  // Pagefind's fragments are gzip-compressed JSON after a "pagefind_dcd" signature.
  const fragments = join(outDir, 'pagefind/fragment');
  const searchTitles = readdirSync(fragments)
    .map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(join(fragments, f)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { meta: { title: string } },
    )
    .map((fragment) => fragment.meta.title)
    .sort();
  const text = files
    .filter((f) => /\.(html|xml)$/.test(f))
    .map((f) => readFileSync(join(outDir, f), 'utf8'))
    .join('\n');
  const page = (path: string) => cheerio.load(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
  return { files, feedTitles, sitemap, searchTitles, text, page };
}

describe('a scheduled entry', () => {
  let before: BuildResult;
  let at: BuildResult;
  let shown: BuildResult;

  beforeAll(() => {
    before = buildSite(fixture, { SOURCE_DATE_EPOCH: String(release - 1) });
    at = buildSite(fixture, { SOURCE_DATE_EPOCH: String(release) });
    shown = buildSite(fixture, { SOURCE_DATE_EPOCH: String(release - 1), BLOG_SHOW_FUTURE: '1' });
    for (const build of [before, at, shown])
      if (build.status !== 0) throw new Error(`The scheduled fixture did not build:\n${build.output}`);
  });

  it('is absent one second before its date: no page, card, image, tag, list item, feed item, sitemap URL or search entry', () => {
    const site = survey(before.outDir);
    expect(site.files.filter((f) => /scheduled|future/.test(f))).toEqual([]);
    expect(site.files.filter((f) => f.startsWith('og/'))).toEqual([
      'og/en',
      'og/en/posts',
      'og/en/posts/published.png',
      'og/en/posts/translated-later.png',
    ]);
    for (const title of scheduledTitles) expect(site.text, title).not.toContain(title);
    expect(site.feedTitles).toEqual({
      'en/ideas/rss.xml': [],
      'en/posts/rss.xml': ['Written in English first', 'An ordinary published post'],
      'en/rss.xml': ['Written in English first', 'An ordinary published post'],
      'en/tags/always/rss.xml': ['Written in English first', 'An ordinary published post'],
      'zh/ideas/rss.xml': [],
      'zh/posts/rss.xml': ['Written in English first', 'An ordinary published post'],
      'zh/rss.xml': ['Written in English first', 'An ordinary published post'],
      'zh/tags/always/rss.xml': ['Written in English first', 'An ordinary published post'],
    });
    expect(site.sitemap.filter((p) => /\/(posts|ideas|tags)\/./.test(p)).sort()).toEqual([
      '/en/posts/published/',
      '/en/posts/translated-later/',
      '/en/tags/always/',
      '/zh/tags/always/',
    ]);
    expect(site.searchTitles).toEqual(['An ordinary published post', 'Written in English first']);
    // The Chinese page of "translated-later" is the English fallback until its translation's date.
    expect(site.page('zh/posts/translated-later')('meta[name=robots]').attr('content')).toBe('noindex');
    expect(site.page('zh/posts/translated-later')('h1.entry__title').text()).toBe('Written in English first');
    expect(
      site
        .page('en')('[data-stat] strong')
        .map((_, el) => cheerio.load(el).text())
        .get(),
    ).toEqual(['2', '0', '1']);
  });

  it('is present in a build dated at its date', () => {
    const site = survey(at.outDir);
    for (const file of [
      'en/posts/scheduled/index.html',
      'zh/posts/scheduled/index.html',
      'en/ideas/scheduled-idea/index.html',
      'en/tags/future-only/index.html',
      'og/en/posts/scheduled.png',
      'og/zh/posts/scheduled.png',
      'og/en/ideas/scheduled-idea.png',
      'og/zh/posts/translated-later.png',
    ]) {
      expect(site.files, file).toContain(file);
    }
    expect(site.files.filter((f) => /^_astro\/future-cover\.[\w-]+\.svg$/.test(f)).length).toBeGreaterThan(0);
    expect(site.feedTitles['en/posts/rss.xml']).toEqual(['A scheduled post', 'Written in English first', 'An ordinary published post']);
    expect(site.feedTitles['zh/posts/rss.xml']).toEqual(['一篇定时发布的文章', '稍后发布的中文译文', 'An ordinary published post']);
    expect(site.feedTitles['en/ideas/rss.xml']).toEqual(['A scheduled idea']);
    expect(site.feedTitles['en/tags/future-only/rss.xml']).toEqual(['A scheduled post', 'A scheduled idea']);
    expect(site.sitemap).toEqual(
      expect.arrayContaining(['/en/posts/scheduled/', '/zh/posts/scheduled/', '/en/ideas/scheduled-idea/', '/zh/posts/translated-later/']),
    );
    expect(site.searchTitles).toEqual(
      [
        'A scheduled idea',
        'A scheduled post',
        'An ordinary published post',
        'Written in English first',
        '一篇定时发布的文章',
        '稍后发布的中文译文',
      ].sort(),
    );
    expect(site.page('zh/posts/translated-later')('meta[name=robots]').length).toBe(0);
    expect(
      site
        .page('en')('[data-stat] strong')
        .map((_, el) => cheerio.load(el).text())
        .get(),
    ).toEqual(['3', '1', '2']);
  });

  it('is present before its date when BLOG_SHOW_FUTURE=1', () => {
    const site = survey(shown.outDir);
    expect(site.files).toEqual(expect.arrayContaining(['en/posts/scheduled/index.html', 'en/ideas/scheduled-idea/index.html']));
    expect(site.feedTitles['en/posts/rss.xml']).toEqual(['A scheduled post', 'Written in English first', 'An ordinary published post']);
  });
});
