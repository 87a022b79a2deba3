import { describe, expect, it } from 'vitest';
import { rebaseHtml, rebaseUrl } from '@/lib/content-links';
import { resolveBase, resolveTrailingSlash } from '@/lib/deploy';
import { createPaths } from '@/i18n/paths';

describe('resolveBase', () => {
  it('normalises the base to one slash at each end, from BASE_PATH', () => {
    expect(resolveBase({ BASE_PATH: 'blog' })).toBe('/blog/');
    expect(resolveBase({ BASE_PATH: '/blog' })).toBe('/blog/');
    expect(resolveBase({ BASE_PATH: '//notes/2024//' })).toBe('/notes/2024/');
    expect(resolveBase({ BASE_PATH: '' })).toBe('/');
    expect(resolveBase({ BASE_PATH: '/' })).toBe('/');
  });

  it('falls back to site.base (/) without BASE_PATH', () => {
    expect(resolveBase({})).toBe('/');
  });

  it('refuses a URL or a path with a query, fragment or ..', () => {
    expect(() => resolveBase({ BASE_PATH: 'https://example.com/blog/' })).toThrow('must be a plain path of letters A–Z, digits');
    expect(() => resolveBase({ BASE_PATH: '/blog/?x=1' })).toThrow('must be a plain path');
    expect(() => resolveBase({ BASE_PATH: '/a/../b/' })).toThrow('must be a plain path');
    // Regressions: Astro's preview and router fail on these.
    expect(() => resolveBase({ BASE_PATH: '/博客/' })).toThrow('must be a plain path of letters A–Z');
    expect(() => resolveBase({ BASE_PATH: '/%E5%8D%9A%E5%AE%A2/' })).toThrow('must be a plain path of letters A–Z');
    expect(resolveBase({ BASE_PATH: '/a/b/' })).toBe('/a/b/');
  });
});

describe('resolveTrailingSlash', () => {
  it('reads TRAILING_SLASH, else site.trailingSlash (always)', () => {
    expect(resolveTrailingSlash({ TRAILING_SLASH: 'never' })).toBe('never');
    expect(resolveTrailingSlash({ TRAILING_SLASH: 'always' })).toBe('always');
    expect(resolveTrailingSlash({})).toBe('always');
  });

  it('refuses other values, naming the allowed ones', () => {
    expect(() => resolveTrailingSlash({ TRAILING_SLASH: 'ignore' })).toThrow('is "ignore": expected "always" or "never"');
  });
});

describe('paths with trailingSlash never', () => {
  const paths = createPaths('/blog/', 'never');

  it('drops the slash from every page URL', () => {
    expect(paths.home('en')).toBe('/blog/en');
    expect(paths.list('posts', 'zh', 2)).toBe('/blog/zh/posts/2');
    expect(paths.entry('posts', 'en', '2024/gc-notes')).toBe('/blog/en/posts/2024/gc-notes');
    expect(paths.tag('zh', 'c-sharp')).toBe('/blog/zh/tags/c-sharp');
    expect(paths.notFound('zh')).toBe('/blog/zh/404');
  });

  it('leaves files and the base folder as they are', () => {
    expect(paths.feed('en')).toBe('/blog/en/rss.xml');
    expect(paths.tagFeed('en', 'go')).toBe('/blog/en/tags/go/rss.xml');
    expect(paths.socialCard('zh', 'ideas', 'x')).toBe('/blog/og/zh/ideas/x.png');
    expect(paths.asset('/favicon.svg')).toBe('/blog/favicon.svg');
    expect(paths.root()).toBe('/blog/');
    expect(createPaths('/', 'never').root()).toBe('/');
  });
});

describe('rebaseUrl (links written in entries)', () => {
  it('puts the base in front of site-absolute links and applies the slash policy to pages', () => {
    expect(rebaseUrl('/en/posts/hello/', '/blog/', 'always')).toBe('/blog/en/posts/hello/');
    expect(rebaseUrl('/en/posts/hello', '/blog/', 'always')).toBe('/blog/en/posts/hello/');
    expect(rebaseUrl('/en/posts/hello/', '/blog/', 'never')).toBe('/blog/en/posts/hello');
    expect(rebaseUrl('/en/posts/hello/#setup', '/blog/', 'never')).toBe('/blog/en/posts/hello#setup');
    expect(rebaseUrl('/en/tags/go?page=2', '/', 'always')).toBe('/en/tags/go/?page=2');
    expect(rebaseUrl('/', '/blog/', 'always')).toBe('/blog/');
  });

  it('keeps file URLs as files', () => {
    expect(rebaseUrl('/en/rss.xml', '/blog/', 'always')).toBe('/blog/en/rss.xml');
    expect(rebaseUrl('/images/chart.png', '/blog/', 'never')).toBe('/blog/images/chart.png');
  });

  it('leaves other URLs, and URLs already under the base, alone', () => {
    for (const url of ['https://example.com/en/', '//cdn.example.com/x.js', 'mailto:a@b.c', './x.png', 'x.png', '#notes', '/blog/en/posts/x/'])
      expect(rebaseUrl(url, '/blog/', 'always')).toBe(url);
  });
});

describe('paths.page (the page URL of a request path)', () => {
  it('drops .html and index, and applies the policy', () => {
    const never = createPaths('/blog/', 'never');
    expect(never.page('/blog/en/posts/x.html')).toBe('/blog/en/posts/x');
    expect(never.page('/blog/en.html')).toBe('/blog/en');
    expect(never.page('/blog/index.html')).toBe('/blog');
    expect(createPaths('/', 'never').page('/index.html')).toBe('/');
    const always = createPaths('/', 'always');
    expect(always.page('/en/posts/x/')).toBe('/en/posts/x/');
    expect(always.page('/en/posts/x/index.html')).toBe('/en/posts/x/');
    expect(always.page('/en/posts/x')).toBe('/en/posts/x/');
  });
});

describe('rebaseUrl with links that already carry the base (regressions)', () => {
  it('keeps the base once, applying the slash policy', () => {
    expect(rebaseUrl('/blog/en/posts/beta', '/blog/', 'always')).toBe('/blog/en/posts/beta/');
    expect(rebaseUrl('/blog/en/posts/beta/', '/blog/', 'never')).toBe('/blog/en/posts/beta');
    expect(rebaseUrl('/blog#x', '/blog/', 'always')).toBe('/blog/#x');
    expect(rebaseUrl('/blog', '/blog/', 'always')).toBe('/blog/');
    expect(rebaseUrl('/blog/', '/blog/', 'never')).toBe('/blog');
    expect(rebaseUrl('/blogroll/', '/blog/', 'always')).toBe('/blog/blogroll/');
  });
});

describe('rebaseHtml (raw HTML written in entries)', () => {
  it('rewrites href, src and poster in any quoting, and leaves other attributes and URLs alone', () => {
    expect(rebaseHtml('<a href="/en/posts/x/" title="/en/">x</a>', '/blog/', 'never')).toBe('<a href="/blog/en/posts/x" title="/en/">x</a>');
    expect(rebaseHtml("<img src='/avatar.svg' alt=''>", '/blog/', 'always')).toBe("<img src='/blog/avatar.svg' alt=''>");
    expect(rebaseHtml('<video poster=/p.jpg SRC="https://x.example/v.mp4">', '/blog/', 'always')).toBe('<video poster=/blog/p.jpg SRC="https://x.example/v.mp4">');
  });
});
