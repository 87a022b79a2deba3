/**
 * The pages of this build marked `noindex` (untranslated fallbacks, 404s,
 * the root redirect), reported by the pages as they render, so the sitemap
 * can leave them out without reading every page back from disk. Kept on
 * `globalThis`: the pages run in the build's bundle, the sitemap filter in the
 * config's module graph, both in the one `astro build` process.
 */
const NOINDEX = Symbol.for('bilingual-blog.noindex');

/**
 * Records a rendered page as `noindex`.
 * @param pathname the page's URL path as served (percent-encoded or not)
 */
export function markNoindex(pathname: string): void {
  const registry = globalThis as { [NOINDEX]?: Set<string> };
  (registry[NOINDEX] ??= new Set()).add(key(pathname));
}

/** One spelling per page: decoded, without a trailing slash (the sitemap may write `/blog/` for the page `/blog`). */
function key(pathname: string): string {
  return decodeURI(pathname).replace(/\/+$/, '') || '/';
}

/**
 * Whether a page was marked `noindex`, or undefined when no page has reported
 * (then the caller must look at the page itself).
 * @param pathname the page's URL path, with or without a trailing slash
 */
export function isMarkedNoindex(pathname: string): boolean | undefined {
  const pages = (globalThis as { [NOINDEX]?: Set<string> })[NOINDEX];
  return pages && pages.size > 0 ? pages.has(key(pathname)) : undefined;
}
