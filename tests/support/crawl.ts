import * as cheerio from 'cheerio';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A link or resource reference that leads nowhere in the built site. */
export interface BrokenLink {
  /** Site path of the page that holds it. */
  from: string;
  /** The attribute value as written. */
  href: string;
  /** The resolved site path (with fragment). */
  target: string;
  /** True when the link sits inside an entry's body (`.prose`), i.e. the author wrote it. */
  inProse: boolean;
  /** `missing` page/file or `fragment` (no element with that id). */
  reason: 'missing' | 'fragment';
}

/** What a crawl found. */
export interface CrawlResult {
  /** Site paths of every HTML page reached, in visit order. */
  pages: string[];
  broken: BrokenLink[];
}

const ORIGIN = 'http://crawl.invalid';

/**
 * Maps a site path to the file a static host would serve: `/a/` → `a/index.html`.
 * @returns the file path, or undefined when nothing would be served
 */
export function resolveDistFile(dist: string, sitePath: string): string | undefined {
  const decoded = decodeURIComponent(sitePath);
  const candidates = decoded.endsWith('/') ? [join(dist, decoded, 'index.html')] : [join(dist, decoded), join(dist, decoded, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/**
 * The `id`s of a parsed page's elements, the targets of `#fragment` links.
 * @param $ the page, loaded with cheerio
 */
export function elementIds($: cheerio.CheerioAPI): Set<string> {
  return new Set(
    $('[id]')
      .map((_, el) => $(el).attr('id')!)
      .get(),
  );
}

/**
 * Crawls a built site from its files, as a reader clicking every link would:
 * follows every same-origin `<a href>` to HTML pages and checks every
 * same-origin `href`/`src` (links, images, scripts, stylesheets) and `#fragment`.
 * Parses HTML with cheerio.
 * @param dist the build output folder
 * @param start site paths to start from, e.g. `['/en/', '/zh/']`
 */
export function crawlDist(dist: string, start: string[]): CrawlResult {
  const queue = [...start];
  const seen = new Set(queue);
  const pages: string[] = [];
  const broken: BrokenLink[] = [];
  const ids = new Map<string, Set<string>>();
  const pendingFragments: { from: string; href: string; page: string; fragment: string; inProse: boolean }[] = [];

  while (queue.length > 0) {
    const path = queue.shift()!;
    const file = resolveDistFile(dist, path);
    if (!file) continue;
    pages.push(path);
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    ids.set(path, elementIds($));
    $('a[href], link[href], img[src], script[src], source[src]').each((_, el) => {
      const node = $(el);
      const href = node.attr('href') ?? node.attr('src')!;
      if (
        node.is('link') &&
        !['stylesheet', 'icon', 'alternate', 'canonical'].some((rel) => (node.attr('rel') ?? '').split(/\s+/).includes(rel))
      )
        return;
      let url: URL;
      try {
        url = new URL(href, ORIGIN + path);
      } catch {
        broken.push({ from: path, href, target: href, inProse: node.closest('.prose').length > 0, reason: 'missing' });
        return;
      }
      if (url.origin !== ORIGIN) return;
      const inProse = node.closest('.prose').length > 0;
      const target = url.pathname;
      if (!resolveDistFile(dist, target)) {
        broken.push({ from: path, href, target: target + url.hash, inProse, reason: 'missing' });
        return;
      }
      if (url.hash.length > 1)
        pendingFragments.push({ from: path, href, page: target, fragment: decodeURIComponent(url.hash.slice(1)), inProse });
      const isPage = node.is('a') || (node.is('link') && node.attr('rel') === 'canonical');
      if (isPage && !seen.has(target) && resolveDistFile(dist, target)?.endsWith('.html')) {
        seen.add(target);
        queue.push(target);
      }
    });
  }
  for (const link of pendingFragments) {
    let pageIds = ids.get(link.page);
    if (!pageIds) {
      const $ = cheerio.load(readFileSync(resolveDistFile(dist, link.page)!, 'utf8'));
      pageIds = elementIds($);
      ids.set(link.page, pageIds);
    }
    if (!pageIds.has(link.fragment)) {
      broken.push({ from: link.from, href: link.href, target: `${link.page}#${link.fragment}`, inProse: link.inProse, reason: 'fragment' });
    }
  }
  return { pages, broken };
}
