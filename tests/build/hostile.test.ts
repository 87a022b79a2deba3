import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '@/i18n/ui';
import { readFrontMatter } from '@/lib/entry-loader';
import { getTagSlug } from '@/lib/tags';
import { site } from '@/site.config';
import { buildSite, projectRoot, type BuildResult } from '../support/build';

/**
 * Titles, descriptions and tags with markup, quotes, ampersands, braces, emoji,
 * right-to-left text, zero-width characters and 300-character titles: every
 * place the site prints them must show them exactly as written, as text.
 */
const fixture = join(projectRoot, 'tests/fixtures/hostile');
const locales = ['en', 'zh'] as const;
type Locale = (typeof locales)[number];

interface Source {
  file: string;
  kind: 'posts' | 'ideas';
  slug: string;
  locale: Locale;
  title: string;
  description: string | undefined;
  tags: string[];
}

const sources: Source[] = globSync('{posts,ideas}/*/*.{md,mdx}', { cwd: fixture })
  .sort()
  .map((file) => {
    const [kind, slug, name] = file.split('/') as ['posts' | 'ideas', string, string];
    const data = readFrontMatter(readFileSync(join(fixture, file), 'utf8')) as { title: string; description?: string; tags?: string[] };
    return {
      file,
      kind,
      slug,
      locale: name.replace(/\.mdx?$/, '') as Locale,
      title: data.title,
      description: data.description,
      tags: data.tags ?? [],
    };
  });
/** Entries written in both languages with a description: the hostile ones. */
const hostile = sources.filter((s) => s.description !== undefined);
/** Every tag spelling, in order of first use. */
const allTags = [...new Set(sources.flatMap((s) => s.tags))];

let build: BuildResult;
const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
const page = (path: string) => cheerio.load(read(join(path, 'index.html')));

/** The version a locale shows for an entry: its own, else the one other file. */
function shown(kind: string, slug: string, locale: Locale): Source {
  const versions = sources.filter((s) => s.kind === kind && s.slug === slug);
  return versions.find((s) => s.locale === locale) ?? versions[0]!;
}

beforeAll(() => {
  build = buildSite(fixture);
  if (build.status !== 0) throw new Error(`The hostile fixture did not build:\n${build.output}`);
});

describe('hostile titles, descriptions and tags', () => {
  it('the fixture holds what it should: 9 files, 4 hostile entries in both languages, 17 tags', () => {
    expect(sources.length).toBe(9);
    expect(hostile.map((s) => `${s.kind}/${s.slug}/${s.locale}`)).toEqual([
      'ideas/hostile-idea/en',
      'ideas/hostile-idea/zh',
      'posts/rtl-zero-width/en',
      'posts/rtl-zero-width/zh',
      'posts/script-tags/en',
      'posts/script-tags/zh',
    ]);
    const long = sources.filter((s) => s.slug === 'very-long-title');
    expect(long.map((s) => [...s.title].length)).toEqual([300, 300]);
    const texts = sources.flatMap((s) => [s.title, s.description ?? '', ...s.tags]).join('\n');
    for (const needle of ['</script>', '"', "'", '&', '<b>', '{}', '🚀', 'مرحبا', 'שלום', '\u200B', '\u200D']) {
      expect(texts, needle).toContain(needle);
    }
    expect(allTags).toEqual(expect.arrayContaining(['C#', 'C++', '.NET', 'a/b', '100%', '人工智能', '🚀']));
    expect(allTags.length).toBe(17);
  });

  it('gives every tag its own URL', () => {
    const slugs = allTags.map(getTagSlug);
    expect(new Set(slugs).size).toBe(17);
    expect(Object.fromEntries(['C#', 'C++', '.NET', 'a/b', '100%', '人工智能', '🚀'].map((tag) => [tag, getTagSlug(tag)]))).toEqual({
      'C#': 'c-sharp',
      'C++': 'c-plus-plus',
      '.NET': 'dot-net',
      'a/b': 'a-slash-b',
      '100%': '100-percent',
      人工智能: '人工智能',
      '🚀': 'u1f680',
    });
    for (const locale of locales) {
      const $ = page(`${locale}/tags`);
      const items = $('[data-tag]')
        .map((_, el) => ({ slug: $(el).attr('data-tag'), name: $(el).find('.tag-cloud__name').text() }))
        .get();
      expect(items.length).toBe(17);
      expect(items.map((i) => i.slug).sort()).toEqual([...slugs].sort());
      expect(items.map((i) => i.name).sort()).toEqual([...allTags].sort());
    }
  });

  it('shows each entry page title, description and tags exactly, as text', () => {
    for (const source of sources) {
      const html = read(join(source.locale, source.kind, source.slug, 'index.html'));
      const $ = cheerio.load(html);
      const description = source.description ?? 'A short body. 正文。';
      const where = source.file;
      expect($('title').text(), where).toBe(`${source.title} · ${site.text[source.locale].title}`);
      expect($('h1.entry__title').text(), where).toBe(source.title);
      expect($('meta[property="og:title"]').attr('content'), where).toBe(source.title);
      expect($('meta[property="og:image:alt"]').attr('content'), where).toBe(source.title);
      if (source.slug !== 'markdown-not-mdx') {
        expect($('meta[name=description]').attr('content'), where).toBe(description);
        expect($('meta[property="og:description"]').attr('content'), where).toBe(description);
      }
      const entryTags = [...new Set(sources.filter((s) => s.kind === source.kind && s.slug === source.slug).flatMap((s) => s.tags))];
      expect(
        $('meta[property="article:tag"]')
          .map((_, el) => $(el).attr('content'))
          .get(),
        where,
      ).toEqual(entryTags);
      // One JSON-LD block, which parses back to the strings as written.
      const blocks = $('script[type="application/ld+json"]');
      expect(blocks.length, where).toBe(1);
      const ld = JSON.parse(blocks.text()) as { headline: string; description: string; keywords?: string };
      expect(ld.headline, where).toBe(source.title);
      if (source.slug !== 'markdown-not-mdx') expect(ld.description, where).toBe(description);
      expect(ld.keywords, where).toBe(entryTags.length > 0 ? entryTags.join(', ') : undefined);
      // No markup made from the strings: no <b>/<i> element, no script that runs alert().
      expect($('b, i').length, where).toBe(0);
      expect($('script').filter((_, el) => /alert/.test($(el).text()) && $(el).attr('type') !== 'application/ld+json').length, where).toBe(
        0,
      );
    }
  });

  it('adds no script element: hostile post pages have as many as a plain one', () => {
    for (const locale of locales) {
      const plain = page(`${locale}/posts/very-long-title`)('script').length;
      expect(plain).toBeGreaterThan(1);
      for (const slug of ['script-tags', 'rtl-zero-width']) expect(page(`${locale}/posts/${slug}`)('script').length, slug).toBe(plain);
    }
  });

  it('lists each entry under its title on the home page, the lists and every tag page', () => {
    for (const locale of locales) {
      const titles = (path: string, selector: string) => {
        const $ = page(path);
        return $(selector)
          .map((_, el) => $(el).text())
          .get();
      };
      const expected = (kind: 'posts' | 'ideas') =>
        [...new Set(sources.filter((s) => s.kind === kind).map((s) => s.slug))].map((slug) => shown(kind, slug, locale).title).sort();
      expect(titles(`${locale}/posts`, '.entry-list__title a').sort()).toEqual(expected('posts'));
      expect(titles(`${locale}/ideas`, '.idea-card__title a').sort()).toEqual(expected('ideas'));
      expect(titles(locale, '.entry-list__title a').sort()).toEqual([...expected('posts'), ...expected('ideas')].sort());
      const { t } = useTranslations(locale);
      for (const tag of allTags) {
        const $ = page(`${locale}/tags/${getTagSlug(tag)}`);
        const heading = t('tags.heading', { tag });
        expect($('main h1').text(), tag).toBe(heading);
        expect($('title').text(), tag).toBe(`${heading} · ${site.text[locale].title}`);
        const carriers = [...new Set(sources.filter((s) => s.tags.includes(tag)).map((s) => `${s.kind}/${s.slug}`))];
        expect(
          $('.entry-list__title a')
            .map((_, el) => $(el).text())
            .get()
            .sort(),
          tag,
        ).toEqual(carriers.map((key) => shown(key.split('/')[0]!, key.split('/')[1]!, locale).title).sort());
        expect($('b, i').length, tag).toBe(0);
      }
    }
  });

  it('carries the strings exactly in every feed (40 rss.xml files, XML-parsed)', () => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      trimValues: false,
      isArray: (name) => name === 'item' || name === 'category',
    });
    const feeds = globSync('**/rss.xml', { cwd: build.outDir }).sort();
    // Per locale: all, posts, ideas, and one per tag.
    expect(feeds.length).toBe(2 * (3 + 17));
    for (const file of feeds) {
      const locale = file.split('/')[0] as Locale;
      const channel = parser.parse(read(file)).rss.channel as {
        title: string;
        item: { title: string; description: string; link: string; category?: string[] }[];
      };
      const tagSlug = /^(?:en|zh)\/tags\/([^/]+)\/rss\.xml$/.exec(file)?.[1];
      if (tagSlug !== undefined) {
        const tag = allTags.find((name) => getTagSlug(name) === tagSlug)!;
        expect(channel.title, file).toBe(useTranslations(locale).t('feed.tag', { site: site.text[locale].title, tag }));
      }
      expect(channel.item.length, file).toBeGreaterThan(0);
      for (const item of channel.item) {
        const [, kind, slug] = /\/(posts|ideas)\/([^/]+)\/$/.exec(item.link)!;
        const source = shown(kind!, slug!, locale);
        expect(item.title, `${file} ${slug}`).toBe(source.title);
        if (source.description !== undefined) expect(item.description, `${file} ${slug}`).toBe(source.description);
        const entryTags = [...new Set(sources.filter((s) => s.kind === kind && s.slug === slug).flatMap((s) => s.tags))];
        expect(item.category ?? [], `${file} ${slug}`).toEqual(entryTags);
      }
    }
  });

  it('draws a social card for every version', () => {
    for (const source of sources) {
      const card = readFileSync(join(build.outDir, 'og', source.locale, source.kind, `${source.slug}.png`));
      expect(card.subarray(0, 8).toString('hex'), source.file).toBe('89504e470d0a1a0a');
      const $ = page(`${source.locale}/${source.kind}/${source.slug}`);
      expect($('meta[property="og:image"]').attr('content'), source.file).toBe(
        `https://blog.example.com/og/${source.locale}/${source.kind}/${source.slug}.png`,
      );
    }
  });
});

describe('a Markdown file with what MDX rejects builds as Markdown', () => {
  it('keeps <, braces, tables and autolinks as text and drops the HTML comment', () => {
    const $ = page('en/posts/markdown-not-mdx');
    const prose = $('.prose');
    const paragraphs = prose
      .find('p')
      .map((_, el) => $(el).text())
      .get();
    expect(paragraphs).toEqual([
      'Less-than in prose: 3 < 5 and x<y hold.',
      'Braces in text: {not an expression} and {x: 1}.',
      'An autolink: https://example.com/path?a=1&b=2.',
    ]);
    expect(
      prose
        .find('td')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['1 < 2', '{cell}']);
    const link = prose.find('a[href="https://example.com/path?a=1&b=2"]');
    expect(link.text()).toBe('https://example.com/path?a=1&b=2');
    expect(prose.text()).not.toContain('An HTML comment');
  });
});
