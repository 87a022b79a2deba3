import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFrontMatter } from '@/lib/entry-loader';
import { getTagSlug } from '@/lib/tags';
import { buildSite, projectRoot, type BuildResult } from '../support/build';
import { crawlDist } from '../support/crawl';

/** The shared corpus of real posts by other authors (read-only, beside the project). */
const corpus = resolve(projectRoot, '../shared/corpus');
const files = globSync('posts/**/*.md', { cwd: corpus }).sort();
const sources = files.map((file) => {
  const [, ...rest] = file.split('/');
  const locale = rest.pop()!.replace(/\.md$/, '') as 'en' | 'zh';
  const text = readFileSync(join(corpus, file), 'utf8');
  return { file, slug: rest.join('/'), locale, text, data: readFrontMatter(text) as { title: string; tags: string[] } };
});
const slugs = new Set(sources.map((s) => s.slug));

let build: BuildResult;
const page = (path: string) => cheerio.load(readFileSync(join(build.outDir, path, 'index.html'), 'utf8'));

beforeAll(() => {
  build = buildSite(corpus);
  if (build.status !== 0) throw new Error(`The corpus build failed:\n${build.output}`);
});

describe('the corpus of real posts', () => {
  it('is the corpus the issue describes: 48 files, 37 entries', () => {
    expect([files.length, slugs.size]).toEqual([48, 37]);
  });

  it('gives every file its own page, titled as in its front matter', () => {
    for (const source of sources) {
      const $ = page(`${source.locale}/posts/${source.slug}`);
      expect($('h1.entry__title').text(), source.file).toBe(source.data.title);
      expect($('meta[name=robots]').length, source.file).toBe(0);
      expect($('html').attr('lang'), source.file).toBe(source.locale === 'zh' ? 'zh-CN' : 'en');
    }
  });

  it('shows an untranslated entry under the other prefix with a notice, noindex and a canonical link to the original', () => {
    const missing = [...slugs].flatMap((slug) =>
      (['en', 'zh'] as const).filter((l) => !sources.some((s) => s.slug === slug && s.locale === l)).map((locale) => ({ slug, locale })),
    );
    expect(missing.length).toBe(26);
    for (const { slug, locale } of missing) {
      const original = locale === 'en' ? 'zh' : 'en';
      const $ = page(`${locale}/posts/${slug}`);
      expect($('[data-testid=notice-fallback]').length, slug).toBe(1);
      expect($('meta[name=robots]').attr('content'), slug).toBe('noindex');
      expect($('link[rel=canonical]').attr('href'), slug).toBe(`https://blog.example.com/${original}/posts/${slug}/`);
      expect($('article.entry').attr('lang'), slug).toBe(original === 'zh' ? 'zh-CN' : 'en');
    }
  });

  it('counts 37 posts, no ideas, and every distinct tag on the home page', () => {
    const tagSlugs = new Set(sources.flatMap((s) => s.data.tags.map(getTagSlug)));
    for (const locale of ['en', 'zh']) {
      const $ = page(locale);
      expect($('[data-stat=posts] strong').text()).toBe('37');
      expect($('[data-stat=ideas] strong').text()).toBe('0');
      expect($('[data-stat=tags] strong').text()).toBe(String(tagSlugs.size));
    }
  });

  it('has no broken link of its own, and every broken link in a body is one its author wrote', () => {
    const { pages, broken } = crawlDist(build.outDir, ['/en/', '/zh/']);
    // 37 entries × 2 locales, plus lists, tags, bio and 404 pages.
    expect(pages.length).toBeGreaterThan(74);
    expect(broken.filter((link) => !link.inProse)).toEqual([]);
    for (const link of broken) {
      const slug = link.from.replace(/^\/(en|zh)\/posts\//, '').replace(/\/$/, '');
      // The renderer percent-encodes what the author wrote (RFC 3986), and the site
      // gives site-absolute page links its trailing slash (/gopls → /gopls/): compare every spelling.
      const spellings = [link.href, decodeURI(link.href)].flatMap((href) => [href, href.replace(/\/$/, '').replace(/\/(#|$)/, '$1')]);
      const written = sources
        .filter((s) => s.slug === slug)
        .some((s) =>
          spellings.some((href) => s.text.includes(`](${href})`) || s.text.includes(`](${href} `) || s.text.includes(`href="${href}"`)),
        );
      expect(written, `${link.from} → ${link.href}`).toBe(true);
    }
  });

  it('publishes feeds that parse and carry the 20 newest entries with absolute links', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const locale of ['en', 'zh']) {
      const feed = parser.parse(readFileSync(join(build.outDir, locale, 'posts/rss.xml'), 'utf8'));
      const items = feed.rss.channel.item as { link: string; pubDate: string }[];
      expect(items.length).toBe(20);
      expect(items.every((item) => item.link.startsWith(`https://blog.example.com/${locale}/posts/`))).toBe(true);
      const times = items.map((item) => Date.parse(item.pubDate));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    }
  });

  it('keeps fallback pages out of the sitemap, even when built into another folder', () => {
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeURI(new URL(m[1]!).pathname));
    const own = sources.map((s) => `/${s.locale}/posts/${s.slug}/`);
    expect(locs.filter((loc) => /^\/(en|zh)\/posts\/[a-z]/.test(loc)).sort()).toEqual(own.sort());
    expect(locs).not.toContain('/');
  });

  it('writes no page outside the two locale prefixes but the root redirect and the 404 page', () => {
    const html = globSync('**/*.html', { cwd: build.outDir }).map((f) => relative('.', f));
    expect(html.filter((f) => !/^(en|zh)\//.test(f)).sort()).toEqual(['404.html', 'index.html']);
  });
});
