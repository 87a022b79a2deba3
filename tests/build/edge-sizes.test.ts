import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '@/i18n/ui';
import { buildSite, type BuildResult } from '../support/build';
import { resolveDistFile } from '../support/crawl';

const locales = ['en', 'zh'] as const;
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'item' });

/** Builds a fixture once for its describe block and gives page and feed readers over the output. */
function built(fixture: string, env: Record<string, string> = {}) {
  const site: { build?: BuildResult } = {};
  beforeAll(() => {
    site.build = buildSite(`tests/fixtures/${fixture}`, env);
    if (site.build.status !== 0) throw new Error(`${fixture} did not build:\n${site.build.output}`);
  });
  const dir = () => site.build!.outDir;
  return {
    dir,
    page: (path: string) => cheerio.load(readFileSync(join(dir(), path, 'index.html'), 'utf8')),
    items: (path: string) => (parser.parse(readFileSync(join(dir(), path), 'utf8')).rss.channel.item ?? []) as { title: string }[],
    texts: ($: cheerio.CheerioAPI, selector: string) =>
      $(selector)
        .map((_, el) => $(el).text())
        .get(),
  };
}

describe('an empty site (no posts, ideas, bio or tags.yaml)', () => {
  const { dir, page, items, texts } = built('empty');

  it('writes the pages of both languages and nothing for entries, tags or cards', () => {
    const html = globSync('**/*.html', { cwd: dir() }).sort();
    expect(html).toEqual([
      '404.html',
      'en/404.html',
      'en/404/index.html',
      'en/bio/index.html',
      'en/ideas/index.html',
      'en/index.html',
      'en/posts/index.html',
      'en/tags/index.html',
      'index.html',
      'zh/404.html',
      'zh/404/index.html',
      'zh/bio/index.html',
      'zh/ideas/index.html',
      'zh/index.html',
      'zh/posts/index.html',
      'zh/tags/index.html',
    ]);
    expect(existsSync(join(dir(), 'og'))).toBe(false);
  });

  it('shows the empty states of the dictionaries on the home, list and tags pages', () => {
    for (const locale of locales) {
      const { t, plural } = useTranslations(locale);
      const home = page(locale);
      expect(texts(home, 'p.empty')).toEqual([t('empty.posts'), t('empty.ideas')]);
      expect(texts(home, '[data-stat] strong')).toEqual(['0', '0', '0']);
      expect(home('.entry-list').length).toBe(0);
      const posts = page(`${locale}/posts`);
      expect(texts(posts, 'p.empty')).toEqual([t('empty.posts')]);
      expect(posts('[data-testid=count]').text().trim()).toBe(plural('posts.count', 0));
      expect(posts('.pagination').length).toBe(0);
      const ideas = page(`${locale}/ideas`);
      expect(texts(ideas, 'p.empty')).toEqual([t('empty.ideas')]);
      expect(ideas('[data-testid=count]').text().trim()).toBe(plural('ideas.count', 0));
      const tags = page(`${locale}/tags`);
      expect(texts(tags, 'p.empty')).toEqual([t('empty.tags')]);
      expect(tags('[data-tag]').length).toBe(0);
    }
    expect(useTranslations('en').t('empty.posts')).toBe('No posts yet.');
    expect(useTranslations('zh').t('empty.tags')).toBe('还没有标签。');
  });

  it('publishes feeds without items', () => {
    for (const locale of locales) {
      for (const feed of ['rss.xml', 'posts/rss.xml', 'ideas/rss.xml']) expect(items(`${locale}/${feed}`), feed).toEqual([]);
    }
  });
});

describe('a site with exactly one post', () => {
  const { dir, page, items, texts } = built('one-post');

  it('lists it once on the home page and the posts list of both languages, and counts one tag', () => {
    for (const locale of locales) {
      const { t } = useTranslations(locale);
      const home = page(locale);
      expect(texts(home, '.entry-list__title a')).toEqual(['The only post']);
      expect(texts(home, 'p.empty')).toEqual([t('empty.ideas')]);
      expect(texts(home, '[data-stat] strong')).toEqual(['1', '0', '1']);
      const posts = page(`${locale}/posts`);
      expect(texts(posts, '.entry-list__title a')).toEqual(['The only post']);
      expect(posts('.pagination').length).toBe(0);
      expect(texts(page(`${locale}/ideas`), 'p.empty')).toEqual([t('empty.ideas')]);
      const tags = page(`${locale}/tags`);
      expect(
        tags('[data-tag]')
          .map((_, el) => tags(el).attr('data-tag'))
          .get(),
      ).toEqual(['solo']);
      expect(texts(tags, '[data-testid=tag-count]')).toEqual(['1']);
      expect(texts(page(`${locale}/tags/solo`), '.entry-list__title a')).toEqual(['The only post']);
    }
  });

  it('gives it one page per language (the Chinese one a noindex fallback), one card and one item per feed', () => {
    expect(page('en/posts/only-post')('meta[name=robots]').length).toBe(0);
    expect(page('zh/posts/only-post')('meta[name=robots]').attr('content')).toBe('noindex');
    expect(globSync('og/**/*.png', { cwd: dir() })).toEqual(['og/en/posts/only-post.png']);
    for (const locale of locales) {
      for (const feed of ['rss.xml', 'posts/rss.xml', 'tags/solo/rss.xml']) {
        expect(
          items(`${locale}/${feed}`).map((item) => item.title),
          feed,
        ).toEqual(['The only post']);
      }
      expect(items(`${locale}/ideas/rss.xml`)).toEqual([]);
    }
    const sitemap = readFileSync(join(dir(), 'sitemap-0.xml'), 'utf8');
    expect([...sitemap.matchAll(/<loc>([^<]*\/posts\/[^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://blog.example.com/en/posts/only-post/',
    ]);
  });
});

describe('six posts sharing one tag, three to a page (BLOG_PAGE_SIZE=3)', () => {
  const { dir, page, texts } = built('six-posts', { BLOG_PAGE_SIZE: '3' });

  it('makes exactly two list pages per language and no third', () => {
    for (const locale of locales) {
      const { t } = useTranslations(locale);
      expect(texts(page(`${locale}/posts`), '.entry-list__title a')).toEqual(['Post number 6', 'Post number 5', 'Post number 4']);
      expect(texts(page(`${locale}/posts/2`), '.entry-list__title a')).toEqual(['Post number 3', 'Post number 2', 'Post number 1']);
      expect(page(`${locale}/posts`)('.pagination__status').text()).toBe(t('page.of', { page: 1, total: 2 }));
      expect(page(`${locale}/posts/2`)('.pagination__status').text()).toBe(t('page.of', { page: 2, total: 2 }));
      expect(page(`${locale}/posts/2`)('a[rel=next]').length).toBe(0);
      expect(resolveDistFile(dir(), `/${locale}/posts/3/`)).toBeUndefined();
    }
    expect(globSync('*/posts/[0-9]*/index.html', { cwd: dir() }).sort()).toEqual(['en/posts/2/index.html', 'zh/posts/2/index.html']);
    // A host answers /en/posts/3/ with the site's 404 page.
    expect(existsSync(join(dir(), '404.html'))).toBe(true);
  });

  it('gives the tag every post carries six entries over two tag pages, first in the cloud', () => {
    for (const locale of locales) {
      const tags = page(`${locale}/tags`);
      const cloud = tags('[data-tag]')
        .map((_, el) => `${tags(el).attr('data-tag')}:${tags(el).find('[data-testid=tag-count]').text()}`)
        .get();
      expect(cloud).toEqual(['shared:6', 'tag-1:1', 'tag-2:1', 'tag-3:1', 'tag-4:1', 'tag-5:1', 'tag-6:1']);
      expect(tags('[data-tag=shared]').attr('class')).toContain('tag-cloud__item--5');
      expect(texts(page(`${locale}/tags/shared`), '.entry-list__title a')).toEqual(['Post number 6', 'Post number 5', 'Post number 4']);
      expect(texts(page(`${locale}/tags/shared/2`), '.entry-list__title a')).toEqual(['Post number 3', 'Post number 2', 'Post number 1']);
      expect(resolveDistFile(dir(), `/${locale}/tags/shared/3/`)).toBeUndefined();
      expect(resolveDistFile(dir(), `/${locale}/tags/tag-1/2/`)).toBeUndefined();
    }
  });
});
