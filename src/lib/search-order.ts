/**
 * The order of the pages the search index takes. Pagefind numbers pages in
 * the order they are added, so the routes announce their entry pages (from
 * `getStaticPaths`, in the order Astro generates them) and the index takes
 * them in that order, whether a page was rendered or copied from the last
 * build: its files are then the same byte for byte. Kept on `globalThis`:
 * the routes run in the build's bundle, the search-index integration in the
 * config's module graph, both in the one `astro build` process.
 */
const SEARCH_ORDER = Symbol.for('bilingual-blog.search-page-order');

/**
 * Announces the entry pages of a route in the order Astro will generate them
 * (called from `getStaticPaths`).
 * @param pathnames URL paths with the base, in generation order
 */
export function announceSearchPages(pathnames: readonly string[]): void {
  const holder = globalThis as { [SEARCH_ORDER]?: string[] };
  const order = (holder[SEARCH_ORDER] ??= []);
  const known = new Set(order);
  for (const pathname of pathnames) if (!known.has(pathname)) order.push(pathname);
}

/** The entry pages announced in this build so far, in order. */
export function announcedSearchPages(): readonly string[] {
  return (globalThis as { [SEARCH_ORDER]?: string[] })[SEARCH_ORDER] ?? [];
}

/** Forgets the pages announced (at the start of a build). */
export function resetSearchPages(): void {
  (globalThis as { [SEARCH_ORDER]?: string[] })[SEARCH_ORDER] = [];
}
