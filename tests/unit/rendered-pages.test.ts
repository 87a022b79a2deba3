import { describe, expect, it } from 'vitest';
import { hasPageListeners, onRenderedPage, pageFile, pagePathname, reportRenderedPage } from '@/lib/rendered-pages';

describe('pageFile', () => {
  it('names the file Astro writes for each build format, under a base or not', () => {
    expect(pageFile('/en/posts/hello/', '/')).toBe('en/posts/hello/index.html');
    expect(pageFile('/en/posts/hello', '/')).toBe('en/posts/hello.html');
    expect(pageFile('/', '/')).toBe('index.html');
    expect(pageFile('/blog/en/posts/hello/', '/blog/')).toBe('en/posts/hello/index.html');
    expect(pageFile('/blog/en/posts/hello', '/blog')).toBe('en/posts/hello.html');
    expect(pageFile('/blog/', '/blog/')).toBe('index.html');
    expect(pageFile('/blog', '/blog/')).toBe('index.html');
  });

  it('decodes percent-encoded paths, as the files are named', () => {
    expect(pageFile('/zh/tags/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/', '/')).toBe('zh/tags/人工智能/index.html');
  });

  it('writes the site-wide 404 and 500 pages as 404.html and 500.html in both formats, but not a locale 404', () => {
    expect(pageFile('/404/', '/')).toBe('404.html');
    expect(pageFile('/404', '/')).toBe('404.html');
    expect(pageFile('/blog/500', '/blog/')).toBe('500.html');
    expect(pageFile('/en/404/', '/')).toBe('en/404/index.html');
    expect(pageFile('/en/404', '/')).toBe('en/404.html');
  });
});

describe('rendered page listeners', () => {
  it('hand each reported page to every listener until it unsubscribes', () => {
    const seen: string[] = [];
    expect(hasPageListeners()).toBe(false);
    const stop = onRenderedPage(({ pathname, html }) => seen.push(`${pathname} ${html.length}`));
    expect(hasPageListeners()).toBe(true);
    reportRenderedPage({ pathname: '/en/', html: '<p>hi</p>' });
    stop();
    reportRenderedPage({ pathname: '/zh/', html: '<p>你好</p>' });
    expect(seen).toEqual(['/en/ 9']);
    expect(hasPageListeners()).toBe(false);
  });
});

describe('pagePathname', () => {
  it('gives back the URL path of each page file, the inverse of pageFile', () => {
    expect(pagePathname('index.html', '/')).toBe('/');
    expect(pagePathname('en/posts/a/index.html', '/')).toBe('/en/posts/a/');
    expect(pagePathname('en/posts/a.html', '/')).toBe('/en/posts/a');
    expect(pagePathname('en.html', '/blog/')).toBe('/blog/en');
    expect(pagePathname('index.html', '/blog/')).toBe('/blog/');
    expect(pagePathname('zh/tags/人工智能/index.html', '/blog')).toBe('/blog/zh/tags/人工智能/');
    for (const [file, base] of [
      ['en/posts/a/index.html', '/'],
      ['en/posts/a.html', '/blog/'],
      ['index.html', '/blog/'],
      ['404.html', '/'],
    ] as const) {
      expect(pageFile(pagePathname(file, base), base)).toBe(file);
    }
  });
});
