import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, buildSite, projectRoot, type BuildResult } from '../support/build';
import { elementIds } from '../support/crawl';

/**
 * The sample site deployed under /blog/ of its domain, once per trailing-slash
 * policy: built, served by `astro preview`, and crawled over HTTP from the
 * base as a reader (or a link checker) would.
 */
const ORIGIN = 'https://blog.example.com';

interface Crawl {
  pages: string[];
  /** Every same-origin URL a page refers to (links, images, scripts, styles, feeds), with its HTTP status. */
  statuses: Map<string, number>;
  /** `page → href` of every same-origin reference, as written. */
  references: { from: string; href: string; isPage: boolean }[];
  missingFragments: string[];
}

async function crawl(port: number, start: string): Promise<Crawl> {
  const origin = `http://127.0.0.1:${port}`;
  const queue = [start];
  const seen = new Set(queue);
  const pages: string[] = [];
  const statuses = new Map<string, number>();
  const references: Crawl['references'] = [];
  const ids = new Map<string, Set<string>>();
  const fragments: { page: string; id: string; from: string }[] = [];
  const status = async (path: string) => {
    if (!statuses.has(path)) statuses.set(path, (await fetch(origin + path)).status);
    return statuses.get(path)!;
  };
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await fetch(origin + path);
    statuses.set(path, response.status);
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('text/html')) continue;
    pages.push(path);
    const $ = cheerio.load(await response.text());
    ids.set(path, elementIds($));
    const found = $('a[href], link[href], img[src], script[src], source[srcset], img[srcset], [data-bundle]')
      .map((_, el) => {
        const node = $(el);
        const values = [node.attr('href'), node.attr('src'), node.attr('data-bundle') && `${node.attr('data-bundle')}pagefind.js`]
          .concat((node.attr('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0]))
          .filter((value): value is string => Boolean(value));
        return values.map((href) => ({ href, isPage: node.is('a') || node.attr('rel') === 'canonical' || node.attr('rel') === 'alternate' }));
      })
      .get() as { href: string; isPage: boolean }[];
    for (const { href, isPage } of found) {
      const url = new URL(href, origin + path);
      const absolute = new URL(href, ORIGIN + path);
      if (url.origin !== origin && absolute.origin !== ORIGIN) continue;
      const target = (url.origin === origin ? url : absolute).pathname;
      references.push({ from: path, href: url.origin === origin ? href : absolute.pathname + absolute.search + absolute.hash, isPage });
      if (url.hash.length > 1) fragments.push({ page: target, id: decodeURIComponent(url.hash.slice(1)), from: path });
      const isHtmlPage = isPage && !/\.(xml|png|svg|css|js)$/.test(target);
      if (isHtmlPage && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      } else if (!isHtmlPage) await status(target);
    }
  }
  const missingFragments = fragments.filter(({ page, id }) => !ids.get(page)?.has(id)).map(({ page, id, from }) => `${from} → ${page}#${id}`);
  return { pages, statuses, references, missingFragments };
}

/** A TCP port free on 127.0.0.1 right now (the system picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function preview(outDir: string, port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(join(projectRoot, 'node_modules/.bin/astro'), ['preview', '--outDir', outDir, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    env: { ...buildEnv(), ...env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(String(port))) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`astro preview exited with ${code}:\n${output}`)));
  });
}

describe.each([
  { trailingSlash: 'always', home: '/blog/en/', post: '/blog/en/posts/rust-parser-rewrite/', linked: '/blog/en/posts/why-i-write-go/' },
  { trailingSlash: 'never', home: '/blog/en', post: '/blog/en/posts/rust-parser-rewrite', linked: '/blog/en/posts/why-i-write-go' },
] as const)('the site under /blog/ with trailingSlash $trailingSlash', ({ trailingSlash, home, post, linked }) => {
  const env = { BASE_PATH: '/blog/', TRAILING_SLASH: trailingSlash, SITE_URL: ORIGIN };
  let build: BuildResult;
  let server: ChildProcess | undefined;
  let result: Crawl;
  let port: number;

  beforeAll(async () => {
    build = buildSite('src/content', env);
    if (build.status !== 0) throw new Error(`The build under /blog/ failed:\n${build.output}`);
    // A port the system says is free, so two checkouts can run the suite side by side.
    port = await freePort();
    server = await preview(build.outDir, port, env);
    result = await crawl(port, '/blog/');
  }, 240_000);

  afterAll(() => {
    server?.kill();
  });

  it('reaches every page from the base, with no 404 and no missing #fragment', () => {
    // The root redirect's language links, then the 80 pages of both locales.
    expect(result.pages).toHaveLength(81);
    expect([...result.statuses].filter(([, status]) => status !== 200)).toEqual([]);
    expect(result.missingFragments).toEqual([]);
  });

  it('puts the base in front of every URL a page refers to, and the slash policy on every page URL', () => {
    expect(result.references.length).toBeGreaterThan(1000);
    expect(result.references.filter(({ href }) => !href.startsWith('#') && !href.startsWith('/blog/'))).toEqual([]);
    const pageUrls = result.references.filter(({ href, isPage }) => isPage && !/\.(xml|png|svg|css|js)([?#]|$)/.test(href) && !href.startsWith('#'));
    const wrong = pageUrls.filter(({ href }) => {
      const path = href.replace(/[?#].*$/, '');
      return path !== '/blog/' && (trailingSlash === 'always' ? !path.endsWith('/') : path.endsWith('/'));
    });
    expect(wrong).toEqual([]);
  });

  it('rewrites links written in an entry as /en/... to the base and the policy: Markdown, raw HTML and MDX', () => {
    const prose = result.references.filter(({ from, href }) => from === post && href.includes('why-i-write-go'));
    expect(prose.map(({ href }) => href)).toContain(linked);
    const slash = trailingSlash === 'always' ? '/' : '';
    // <a href="/en/posts/2024/gc-notes/"> written as raw HTML in the Markdown post.
    expect(result.references.filter(({ from }) => from === post).map(({ href }) => href)).toContain(`/blog/en/posts/2024/gc-notes${slash}`);
    // <a href="/en/posts/rust-parser-rewrite/"> written as JSX in the MDX post.
    const mdx = `/blog/en/posts/numbers-you-can-feel${slash}`;
    expect(result.references.filter(({ from }) => from === mdx).map(({ href }) => href)).toContain(`/blog/en/posts/rust-parser-rewrite${slash}`);
  });

  it('links search results to pages under the base and the policy (regression: .html under never)', async () => {
    const browser = await chromium.launch({
      ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}${home}`);
      await page.getByTestId('search-open').click();
      await page.getByTestId('search').locator('.search__input').fill('lexer');
      const results = page.getByTestId('search').locator('.search__results a');
      await results.first().waitFor();
      const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain(post);
    } finally {
      await browser.close();
    }
  });

  it('sends the root redirect into the base', () => {
    const $ = cheerio.load(readFileSync(join(build.outDir, 'index.html'), 'utf8'));
    expect(JSON.parse($('script[data-targets]').attr('data-targets')!)).toEqual({ en: home, zh: home.replace('/en', '/zh') });
  });

  it('gives canonical, hreflang, feed and sitemap URLs with the base and the policy', async () => {
    const page = cheerio.load(await (await fetch(`http://127.0.0.1:${port}${post}`)).text());
    expect(page('link[rel=canonical]').attr('href')).toBe(`${ORIGIN}${post}`);
    expect(page('link[rel=alternate][hreflang=zh-CN]').attr('href')).toBe(`${ORIGIN}${post.replace('/en/', '/zh/')}`);
    const parser = new XMLParser({ ignoreAttributes: false });
    const feed = parser.parse(await (await fetch(`http://127.0.0.1:${port}/blog/en/posts/rss.xml`)).text());
    const links = (feed.rss.channel.item as { link: string }[]).map((item) => item.link);
    expect(links).toContain(`${ORIGIN}${post}`);
    expect(feed.rss.channel.link).toBe(`${ORIGIN}${trailingSlash === 'always' ? '/blog/en/posts/' : '/blog/en/posts'}`);
    const sitemap = parser.parse(readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8'));
    const locs = (sitemap.urlset.url as { loc: string }[]).map((url) => url.loc);
    expect(locs).toContain(`${ORIGIN}${post}`);
    expect(locs.filter((loc) => !loc.startsWith(`${ORIGIN}/blog/`))).toEqual([]);
    // Not the root redirect nor a 404 page, however the sitemap spells them (regression: /blog/ under never).
    expect(locs.filter((loc) => /\/blog\/?$|\/404\/?$/.test(loc))).toEqual([]);
    expect(locs).toHaveLength(76);
    const robots = await (await fetch(`http://127.0.0.1:${port}/blog/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${ORIGIN}/blog/sitemap-index.xml`);
  });
});
