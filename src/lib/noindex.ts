import type { AstroIntegration } from 'astro';
import { onRenderedPage } from '@/lib/rendered-pages';
import { parseAttributes, startTags } from '@/lib/html-attributes';

/**
 * Which pages of this build are `noindex` (untranslated fallbacks, 404s, the
 * root redirect), read off each page's own `<meta name="robots">` as the page
 * is rendered or copied from the last build (src/lib/rendered-pages.ts), so
 * the sitemap can leave them out without reading every page back from disk.
 * Kept on `globalThis`: the pages run in the build's bundle, the sitemap
 * filter in the config's module graph, both in the one `astro build` process.
 */
const NOINDEX = Symbol.for('bilingual-blog.noindex');

function registry(): Map<string, boolean> {
  const holder = globalThis as { [NOINDEX]?: Map<string, boolean> };
  return (holder[NOINDEX] ??= new Map());
}

/**
 * One spelling per page: decoded, without `index.html`, `.html` or a trailing
 * slash. The sitemap writes `/blog/en/bio` or `/blog/en/bio/`; a page renders
 * at `/blog/en/bio.html` when `build.format` is `file`.
 */
function key(pathname: string): string {
  return (
    decodeURI(pathname)
      .replace(/\/index\.html$/, '/')
      .replace(/\.html$/, '')
      .replace(/\/+$/, '') || '/'
  );
}

const META = startTags(['meta']);

/**
 * Whether a page asks robots not to index it: a `<meta name="robots">` whose
 * content lists `noindex` or `none` (Google Search Central, "Robots meta tag
 * specifications"; names and values are case-insensitive).
 * @param html a page
 */
export function isNoindexHtml(html: string): boolean {
  // Robots meta belongs in the head (HTML Living Standard §4.2.5); the body can be long.
  const end = html.search(/<\/head\s*>/i);
  for (const match of (end >= 0 ? html.slice(0, end) : html).matchAll(META)) {
    const attributes = parseAttributes(match[2]!);
    if (attributes['name']?.trim().toLowerCase() !== 'robots') continue;
    const directives = (attributes['content'] ?? '')
      .toLowerCase()
      .split(',')
      .map((d) => d.trim());
    if (directives.includes('noindex') || directives.includes('none')) return true;
  }
  return false;
}

/**
 * Records a page of this build and whether it is `noindex`.
 * @param pathname the page's URL path as served (percent-encoded or not)
 * @param noindex whether the page asks not to be indexed
 */
export function recordPage(pathname: string, noindex: boolean): void {
  registry().set(key(pathname), noindex);
}

/**
 * Whether a page of this build is `noindex`, or undefined for a page this
 * build neither rendered nor copied (the caller must not guess).
 * @param pathname the page's URL path, with or without a trailing slash
 */
export function isMarkedNoindex(pathname: string): boolean | undefined {
  return registry().get(key(pathname));
}

/**
 * Fills the registry during `astro build`, from every page (listed before
 * the sitemap reads it at `astro:build:done`).
 * @returns the integration
 */
export function noindexRegistry(): AstroIntegration {
  let unsubscribe = () => {};
  return {
    name: 'noindex-registry',
    hooks: {
      'astro:build:start': () => {
        registry().clear();
        unsubscribe = onRenderedPage(({ pathname, html }) => recordPage(pathname, isNoindexHtml(html)));
      },
      'astro:build:generated': () => unsubscribe(),
    },
  };
}
