import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTagSlug } from '@/lib/tags';
import { site } from '@/site.config';
import { buildSite, projectRoot, type BuildResult } from '../support/build';
import { elementIds, resolveDistFile } from '../support/crawl';
import { checkLinks, validateHtml, xmlErrors } from '../support/dist-checks';
import { expectedList, published } from '../e2e/support/content';

/**
 * Checks over the built sample site (`src/content`): links and fragments,
 * HTML validity, feeds and sitemap, and byte-for-byte reproducibility. One
 * build serves every check; the reproducibility test makes a second one.
 */

const ORIGIN = 'https://blog.example.com';
/** 2030-06-01T00:00:00Z: a year no clock would give, so the footer proves where its year came from. */
const SOURCE_DATE_EPOCH = '1906502400';
const env = { BASE_PATH: '/', SITE_URL: ORIGIN, SOURCE_DATE_EPOCH };

/** Pages per locale, from the content: home, bio, tags index, each entry, each tag, and the list pages (10 posts, 5 ideas a page). */
const slugs = (kind: 'posts' | 'ideas') => new Set(published.filter((f) => f.kind === kind).map((f) => f.slug)).size;
const tagSlugs = [...new Set(published.flatMap((f) => f.tags.map(getTagSlug)))].sort();
const perLocale = 3 + slugs('posts') + slugs('ideas') + tagSlugs.length + Math.ceil(slugs('posts') / 10) + Math.ceil(slugs('ideas') / 5);
/** HTML files: each locale's pages and its 404 (as `<locale>/404/` and as `<locale>/404.html`), then the root redirect and the root 404. */
const pageCount = 2 * (perLocale + 2) + 2;

let build: BuildResult;
const temporary: string[] = [];

beforeAll(() => {
  build = buildSite('', { ...env, TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' });
  if (build.status !== 0) throw new Error(`The sample site did not build:\n${build.output}`);
  temporary.push(build.outDir);
});

afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

const html = (file: string) => cheerio.load(readFileSync(join(build.outDir, file), 'utf8'));

describe('the built sample site', () => {
  it('has the pages the content calls for: every entry, list and tag page in both locales, plus the root and 404 pages', () => {
    const pages = globSync('**/*.html', { cwd: build.outDir });
    expect(pages.length).toBe(pageCount);
    expect([perLocale, pageCount]).toEqual([40, 86]);
  });

  it('has no broken link, image, script, stylesheet, icon or #fragment (linkinator, every page as a start)', async () => {
    const report = await checkLinks(build.outDir, ORIGIN);
    expect(report.broken).toEqual([]);
    expect(report.pages.length).toBe(pageCount);
    // Every page was requested and answered, and so were the assets and feeds they use.
    const ok = new Set(report.ok);
    const unanswered = report.pages.filter((page) => !ok.has(page) && !ok.has(page.replace(/index\.html$/, '')));
    expect(unanswered).toEqual([]);
    for (const asset of ['/favicon.svg', '/avatar.svg', '/en/rss.xml', '/zh/tags/go/rss.xml', '/og/en/posts/rust-parser-rewrite.png']) {
      expect(report.ok, asset).toContain(asset);
    }
    expect(report.ok.filter((url) => /^\/_astro\/.+\.css$/.test(url)).length).toBeGreaterThan(0);
    // Other hosts are listed but not fetched (no network here); the mail links are the contact blocks.
    expect(report.skipped.every((url) => !url.startsWith(ORIGIN))).toBe(true);
    expect(report.skipped).toContain('mailto:alex@example.com');
    console.info(
      `linkinator: ${report.pages.length} pages, ${report.ok.length} same-site URLs answered, ${report.skipped.length} other-host links not fetched, 0 broken`,
    );
  });

  it('the link check does fail on a missing page, image, srcset candidate, stylesheet and fragment', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'blog-links-'));
    temporary.push(copy);
    cpSync(build.outDir, copy, { recursive: true });
    const page = join(copy, 'en/bio/index.html');
    const broken = [
      '<a href="/en/no-such-page/">x</a>',
      '<a href="#no-such-id">x</a>',
      '<a href="/en/posts/rust-parser-rewrite/#no-such-heading">x</a>',
      `<a href="${ORIGIN}/zh/no-such-page/">x</a>`,
      '<img src="/no-such.png" alt="">',
      '<img src="/avatar.svg" srcset="/no-such-2x.png 2x" alt="">',
      '<link rel="stylesheet" href="/_astro/no-such.css">',
    ].join('');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</body>', `${broken}</body>`));
    const report = await checkLinks(copy, ORIGIN, ['en/bio/index.html']);
    expect(report.broken).toEqual([
      '/en/bio/index.html → /_astro/no-such.css (404)',
      '/en/bio/index.html → /en/bio/index.html#no-such-id (200)',
      '/en/bio/index.html → /en/no-such-page/ (404)',
      '/en/bio/index.html → /en/posts/rust-parser-rewrite/#no-such-heading (200)',
      '/en/bio/index.html → /no-such-2x.png (404)',
      '/en/bio/index.html → /no-such.png (404)',
      '/en/bio/index.html → /zh/no-such-page/ (404)',
    ]);
  });

  it('every page passes html-validate with the project’s rule set (.htmlvalidate.mjs)', async () => {
    const { files, problems } = await validateHtml(build.outDir);
    expect(files.length).toBe(pageCount);
    expect(problems).toEqual([]);
    console.info(`html-validate: ${files.length} pages, 0 problems (html-validate:recommended + html-validate:document)`);
  });

  it('html-validate does report a template mistake', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'blog-html-'));
    temporary.push(copy);
    const page = readFileSync(join(build.outDir, 'en/bio/index.html'), 'utf8');
    writeFileSync(join(copy, 'index.html'), page.replace('</main>', '<button>x</button><span aria-label="y">1</span></main>'));
    const { problems } = await validateHtml(copy);
    expect(problems.map((p) => p.message.replace(/^\d+:\d+ /, '').replace(/ \[.*$/, ''))).toEqual([
      'no-implicit-button-type <button> is missing recommended "type" attribute',
      'aria-label-misuse "aria-label" cannot be used on this element',
    ]);
  });

  describe('feeds', () => {
    const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'item' });
    /** RFC 822 §5.1 date-time as RSS 2.0 uses it (four-digit year), in the form `Date#toUTCString` writes. */
    const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
    /** Element ids of a built page, by site path. */
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string): Set<string> => {
      if (!ids.has(path)) {
        const $ = cheerio.load(readFileSync(resolveDistFile(build.outDir, path)!, 'utf8'));
        ids.set(path, elementIds($));
      }
      return ids.get(path)!;
    };
    /** True when an absolute URL of the site names a page or file in the build. */
    const exists = (url: string) => url.startsWith(`${ORIGIN}/`) && resolveDistFile(build.outDir, new URL(url).pathname) !== undefined;

    it('the XML check does reject a feed that is not well-formed', () => {
      const feed = readFileSync(join(build.outDir, 'en/rss.xml'), 'utf8');
      expect(xmlErrors(feed)).toEqual([]);
      expect(xmlErrors('<rss version="2.0"><channel></rss>')).toEqual(['1:34: unexpected close tag.']);
      expect(xmlErrors(feed.replace('</title>', '')).length).toBeGreaterThan(0);
    });

    it('are exactly: the main feed, one per kind and one per tag, in each locale', () => {
      const feeds = globSync('**/rss.xml', { cwd: build.outDir }).sort();
      const expected = ['en', 'zh']
        .flatMap((locale) => [
          `${locale}/rss.xml`,
          `${locale}/posts/rss.xml`,
          `${locale}/ideas/rss.xml`,
          ...tagSlugs.map((tag) => `${locale}/tags/${tag}/rss.xml`),
        ])
        .sort();
      expect(feeds).toEqual(expected);
      expect(feeds.length).toBe(34);
    });

    /** Items each feed should carry: its newest entries, at most `feedSize` (site.config.ts), counted from the files. */
    const expectedItems = (file: string): number => {
      const [locale, kind, tag] = file.replace(/\/?rss\.xml$/, '').split('/') as ['en' | 'zh', string?, string?];
      const entries =
        kind === 'tags'
          ? new Set(published.filter((f) => f.tags.some((t) => getTagSlug(t) === tag)).map((f) => `${f.kind}/${f.slug}`)).size
          : expectedList(locale, kind as 'posts' | 'ideas' | undefined).length;
      return Math.min(site.feedSize, entries);
    };

    it('each is well-formed XML with RSS 2.0’s required elements, a guid and RFC 822 pubDate per item, and absolute links that exist', () => {
      let items = 0;
      let contentLinks = 0;
      for (const file of globSync('**/rss.xml', { cwd: build.outDir })) {
        const xml = readFileSync(join(build.outDir, file), 'utf8');
        expect(xmlErrors(xml), file).toEqual([]);
        const doc = parser.parse(xml);
        const rss = doc.rss;
        // The browser view (xml-stylesheet processing instruction) points at a stylesheet in the build.
        expect(resolveDistFile(build.outDir, doc['?xml-stylesheet']['@_href']), file).toBeDefined();
        expect(rss['@_version'], file).toBe('2.0');
        const channel = rss.channel;
        // RSS 2.0 specification, "Required channel elements": title, link, description.
        for (const field of ['title', 'link', 'description']) expect(String(channel[field] ?? '').trim(), `${file} ${field}`).not.toBe('');
        expect(exists(channel.link), `${file} link ${channel.link}`).toBe(true);
        expect(channel['atom:link']['@_href'], file).toBe(new URL(file, `${ORIGIN}/`).href);
        const list: Record<string, unknown>[] = channel.item ?? [];
        expect(list.length, file).toBe(expectedItems(file));
        expect(list.length, file).toBeGreaterThan(0);
        for (const item of list) {
          const where = `${file} ${String(item['link'])}`;
          // "All elements of an item are optional, however at least one of title or description must be present."
          expect(String(item['title'] ?? item['description'] ?? '').trim(), where).not.toBe('');
          expect(exists(String(item['link'])), where).toBe(true);
          const guid = item['guid'] as { '#text': string; '@_isPermaLink'?: string };
          expect(guid['#text'], where).toBe(item['link']);
          const pubDate = String(item['pubDate']);
          expect(pubDate, where).toMatch(RFC822);
          expect(new Date(pubDate).toUTCString(), where).toBe(pubDate);
          // The full text: every URL in it absolute (readers have no base URL), and those of this site lead to a page,
          // file or element (`#id`) of the build.
          const content = cheerio.load(String(item['content:encoded'] ?? ''));
          for (const el of content('a[href], img[src], source[src], video[src], video[poster], audio[src]').toArray()) {
            const url = content(el).attr('href') ?? content(el).attr('src') ?? content(el).attr('poster')!;
            expect(url, where).toMatch(/^(https?:\/\/|mailto:)/);
            if (!url.startsWith(`${ORIGIN}/`)) continue;
            expect(exists(url), `${where} → ${url}`).toBe(true);
            const { pathname, hash } = new URL(url);
            if (hash.length > 1) expect(idsOf(pathname).has(decodeURIComponent(hash.slice(1))), `${where} → ${url}`).toBe(true);
            contentLinks++;
          }
          items++;
        }
      }
      expect(items).toBe(146);
      expect(contentLinks).toBeGreaterThan(0);
      console.info(`feeds: 34 feeds, ${items} items, ${contentLinks} same-site URLs in their full text, all in the build`);
    });
  });

  describe('sitemap', () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['sitemap', 'url', 'xhtml:link'].includes(name) });
    const read = (path: string) => {
      const xml = readFileSync(join(build.outDir, path), 'utf8');
      expect(xmlErrors(xml), path).toEqual([]);
      return parser.parse(xml);
    };

    it('lists, through its index, exactly the indexable pages, and every loc and hreflang alternate is a page in the build', () => {
      const sitemaps: { loc: string }[] = read('sitemap-index.xml').sitemapindex.sitemap;
      expect(sitemaps.map((s) => s.loc)).toEqual([`${ORIGIN}/sitemap-0.xml`]);
      const locs: string[] = [];
      const missing: string[] = [];
      let alternates = 0;
      for (const { loc } of sitemaps) {
        const urls: { loc: string; 'xhtml:link'?: { '@_href': string; '@_hreflang': string }[] }[] = read(new URL(loc).pathname).urlset.url;
        for (const url of urls) {
          locs.push(decodeURIComponent(new URL(url.loc).pathname));
          for (const href of [url.loc, ...(url['xhtml:link'] ?? []).map((link) => link['@_href'])]) {
            const file = href.startsWith(`${ORIGIN}/`) ? resolveDistFile(build.outDir, new URL(href).pathname) : undefined;
            if (!file?.endsWith('.html')) missing.push(`${url.loc} → ${href}`);
          }
          const links = url['xhtml:link'] ?? [];
          // hreflang alternates are reciprocal: a page that has them lists itself among them.
          if (links.length > 0 && !links.some((link) => link['@_href'] === url.loc)) missing.push(`${url.loc} → (itself)`);
          alternates += links.length;
        }
      }
      expect(missing).toEqual([]);
      // The pages a search engine may index: every HTML page without `noindex` (fallbacks, 404s and the root redirect have it).
      const indexable = globSync('**/index.html', { cwd: build.outDir })
        .filter((file) => html(file)('meta[name=robots][content*=noindex]').length === 0)
        .map((file) => `/${file.replace(/index\.html$/, '')}`)
        .sort();
      expect([...locs].sort()).toEqual(indexable);
      expect(locs.length).toBe(76);
      expect(alternates).toBeGreaterThan(0);
      console.info(`sitemap: ${locs.length} pages, ${alternates} hreflang alternates, all in the build`);
    });
  });

  it('builds byte for byte the same in another time zone and locale, from a fresh content cache, rendering Markdown on the main thread', () => {
    // The same content under another path gets its own content cache (astro.config.ts names it by the path), so
    // nothing rendered by the first build is reused. The first build's entries were rendered by the Markdown
    // workers (the default); this one renders them on the main thread, as Astro does by itself.
    const content = mkdtempSync(join(tmpdir(), 'blog-content-'));
    temporary.push(content);
    cpSync(join(projectRoot, 'src/content'), content, { recursive: true });
    const second = buildSite(content, { ...env, TZ: 'Asia/Shanghai', LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8', BLOG_MARKDOWN_WORKERS: '0' });
    temporary.push(second.outDir);
    // That build's own cache folder (named as astro.config.ts names it) is removed: it will not be used again.
    const cacheKey = createHash('sha256').update(resolve(content)).digest('hex').slice(0, 16);
    const caches = globSync(`node_modules/.astro/roots/${cacheKey}-*`, { cwd: projectRoot });
    for (const folder of caches) rmSync(join(projectRoot, folder), { recursive: true, force: true });
    expect(second.status, second.output).toBe(0);
    expect(caches.length).toBe(1);
    const listFiles = (dir: string) =>
      globSync('**/*', { cwd: dir, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
        .sort();
    const files = listFiles(build.outDir);
    expect(listFiles(second.outDir)).toEqual(files);
    const differing = files.filter((file) => !readFileSync(join(build.outDir, file)).equals(readFileSync(join(second.outDir, file))));
    expect(differing).toEqual([]);
    expect(files.length).toBeGreaterThan(200);
    // The footer's year is the build's, taken from SOURCE_DATE_EPOCH rather than the clock.
    expect(html('en/index.html')('.site-footer p').first().text()).toBe('© 2019–2030 Alex Rivera');
    console.info(`reproducible: ${files.length} files identical between TZ=America/Los_Angeles LANG=en_US and TZ=Asia/Shanghai LANG=zh_CN`);
  });
});
