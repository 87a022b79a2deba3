import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A page `astro build` has just rendered. */
export interface RenderedPage {
  /** The URL path as requested, with the base (e.g. `/blog/en/posts/hello/`). */
  pathname: string;
  /** The page's HTML, exactly as written to disk. */
  html: string;
}

/** Called once for every page rendered in this build, as it is rendered. */
export type PageListener = (page: RenderedPage) => void;

/**
 * Listeners of the running build. Kept on `globalThis`: the middleware runs in
 * the build's bundle, the integrations in the config's module graph, both in
 * the one `astro build` process.
 */
const LISTENERS = Symbol.for('bilingual-blog.rendered-page-listeners');

function listeners(): Set<PageListener> {
  const registry = globalThis as { [LISTENERS]?: Set<PageListener> };
  return (registry[LISTENERS] ??= new Set());
}

/**
 * Subscribes to the pages of the running build, so an integration can read
 * each page while Astro renders the rest instead of reading every file back
 * from disk afterwards (the search index, the CSP hashes). Pages that Astro
 * restores from its incremental-build cache are not rendered and not reported:
 * read those with {@link readUnreportedPages}.
 * @param listener called with each page's path and HTML; it must not throw
 * @returns a function that unsubscribes
 */
export function onRenderedPage(listener: PageListener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Whether any integration listens (false in `astro dev`, where nothing subscribes). */
export function hasPageListeners(): boolean {
  return listeners().size > 0;
}

/**
 * Hands a rendered page to every listener (called by src/middleware.ts).
 * @param page the page's URL path and HTML
 */
export function reportRenderedPage(page: RenderedPage): void {
  for (const listener of listeners()) listener(page);
}

/**
 * The file a page is written to, relative to the output folder, as Astro's
 * `build.format` names it: `directory` writes `/en/posts/a/` as
 * `en/posts/a/index.html`, `file` writes `/en/posts/a` as `en/posts/a.html`;
 * the site's own `/404` and `/500` pages are `404.html` and `500.html` in
 * either format (as Astro's `getOutputFilename` writes them).
 * @param pathname the page's URL path, percent-encoded or not, with the base
 * @param base the site's base path (`/` or `/blog/`)
 * @returns the relative file path (decoded), e.g. `en/posts/a/index.html`
 */
export function pageFile(pathname: string, base: string): string {
  const decoded = decodeURI(pathname);
  const prefix = base.replace(/\/$/, '');
  const inside = (decoded.startsWith(`${prefix}/`) || decoded === prefix ? decoded.slice(prefix.length) : decoded).replace(/^\/+/, '');
  if (/^(?:404|500)\/?$/.test(inside)) return `${inside.replace(/\/$/, '')}.html`;
  if (inside === '' || inside.endsWith('/')) return `${inside}index.html`;
  return inside.endsWith('.html') ? inside : `${inside}.html`;
}

/**
 * The pages of a finished build that no listener heard of, read from disk:
 * those Astro restored from its incremental-build cache instead of rendering.
 * @param dir the output folder (absolute)
 * @param pattern glob of the files to consider, relative to `dir` (e.g. `**\/*.html`)
 * @param reported relative file paths already seen (see {@link pageFile})
 * @returns each other page's relative file path and HTML
 */
export function readUnreportedPages(dir: string, pattern: string, reported: ReadonlySet<string>): { file: string; html: string }[] {
  return globSync(pattern, { cwd: dir })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => !reported.has(file))
    .sort()
    .map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }));
}
