import { describe, expect, it } from 'vitest';
import type { AstroPrerenderer, PrerenderResult, RouteData } from 'astro';
import { onRenderedPage, pageFile, pagePathname, reportRenderedPage, reportingPrerenderer } from '@/lib/rendered-pages';

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
    const stop = onRenderedPage(({ pathname, html }) => seen.push(`${pathname} ${html.length}`));
    reportRenderedPage({ pathname: '/en/', html: '<p>hi</p>' });
    stop();
    reportRenderedPage({ pathname: '/zh/', html: '<p>你好</p>' });
    expect(seen).toEqual(['/en/ 9']);
  });
});

describe('reportingPrerenderer', () => {
  const html = '<!doctype html><html lang="zh-Hans"><p>你好，世界</p></html>';
  const metadata = { contentEntryKeys: ['posts/a'] } as unknown as NonNullable<PrerenderResult['metadata']>;
  /** A stand-in for Astro's prerenderer: HTML for pages, XML for the feed, a redirect for /old/. */
  const inner: AstroPrerenderer = {
    name: 'astro:default',
    getStaticPaths: async () => [],
    render: async (request) => {
      const { pathname } = new URL(request.url);
      if (pathname.endsWith('.xml')) return new Response('<rss/>', { headers: { 'content-type': 'application/rss+xml' } });
      if (pathname === '/old/') return new Response(null, { status: 301, headers: { location: '/new/' } });
      const response = new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'x-page': pathname } });
      return pathname.endsWith('/zh/') ? { response, metadata } : response;
    },
  };
  const route = {} as RouteData;
  const unwrap = (result: Response | PrerenderResult) => (result instanceof Response ? { response: result, metadata: undefined } : result);

  it('reports each HTML page with its path and text, and hands Astro the same bytes, status, headers and metadata', async () => {
    const seen: string[] = [];
    const stop = onRenderedPage(({ pathname, html: text }) => seen.push(`${pathname} ${text}`));
    const wrapped = reportingPrerenderer(inner);
    try {
      const zh = unwrap(await wrapped.render(new Request('https://example.org/blog/zh/'), { routeData: route, collectMetadata: true }));
      expect(Buffer.from(await zh.response.arrayBuffer()).equals(Buffer.from(html))).toBe(true);
      expect(zh.response.status).toBe(200);
      expect(zh.response.headers.get('x-page')).toBe('/blog/zh/');
      expect(zh.metadata).toBe(metadata);
      const en = await wrapped.render(new Request('https://example.org/blog/en/'), { routeData: route });
      expect(en).toBeInstanceOf(Response);
      expect(await (en as Response).text()).toBe(html);
    } finally {
      stop();
    }
    expect(seen).toEqual([`/blog/zh/ ${html}`, `/blog/en/ ${html}`]);
  });

  it('leaves feeds and redirects unread, and every page unread when nobody listens', async () => {
    const seen: string[] = [];
    const wrapped = reportingPrerenderer(inner);
    const page = await wrapped.render(new Request('https://example.org/en/'), { routeData: route });
    const stop = onRenderedPage(({ pathname }) => seen.push(pathname));
    try {
      const feed = await wrapped.render(new Request('https://example.org/en/rss.xml'), { routeData: route });
      const redirect = await wrapped.render(new Request('https://example.org/old/'), { routeData: route });
      expect(await (feed as Response).text()).toBe('<rss/>');
      expect((redirect as Response).status).toBe(301);
      expect((redirect as Response).headers.get('location')).toBe('/new/');
    } finally {
      stop();
    }
    expect(await (page as Response).text()).toBe(html);
    expect(seen).toEqual([]);
    expect(wrapped.name).toBe('astro:default+rendered-pages');
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
