import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A page `astro build` has just rendered. */
export interface RenderedPage {
  /** The URL path as requested, with the base (e.g. `/blog/en/posts/hello/`). */
  pathname: string;
  /** The page's HTML, exactly as written to disk. */
  html: string;
}

/** Called once for every page rendered in this build, as it is rendered. */
export type PageListener = (page: RenderedPage) => void;

/** Listeners of the running build (the integrations' module graph, the one `astro build` process). */
const listeners = new Set<PageListener>();

/**
 * Subscribes to the pages of the running build, so an integration can read
 * each page while Astro renders the rest instead of reading every file back
 * from disk afterwards (the search index, the CSP hashes, the noindex
 * registry). Pages Astro copies from its incremental-build cache instead of
 * rendering them, and HTML files from `public/`, are reported at
 * `astro:build:generated` by {@link renderedPages}, read from disk: by the
 * end of that hook every listener has seen every page once.
 * Subscribe at `astro:build:start`.
 * @param listener called with each page's path and HTML; it must not throw
 * @returns a function that unsubscribes
 */
export function onRenderedPage(listener: PageListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Hands a rendered page to every listener.
 * @param page the page's URL path and HTML
 */
export function reportRenderedPage(page: RenderedPage): void {
  for (const listener of listeners) listener(page);
}

/**
 * Wraps a prerenderer (Astro's default one, in a static build) so every HTML
 * page it renders is reported to the listeners ({@link onRenderedPage}) on
 * its way to the file Astro writes. The page's bytes pass through unchanged;
 * other responses (feeds, images, redirects) are not read.
 * @param inner the prerenderer Astro would use
 * @returns a prerenderer that renders with `inner`
 */
export function reportingPrerenderer(inner: AstroPrerenderer): AstroPrerenderer {
  const decoder = new TextDecoder();
  return {
    name: `${inner.name}+rendered-pages`,
    setup: () => inner.setup?.() ?? Promise.resolve(),
    getStaticPaths: () => inner.getStaticPaths(),
    ...(inner.collectStaticImages && { collectStaticImages: () => inner.collectStaticImages!() }),
    teardown: () => inner.teardown?.() ?? Promise.resolve(),
    async render(request, options) {
      const rendered = await inner.render(request, options);
      const { response, metadata } = rendered instanceof Response ? { response: rendered, metadata: undefined } : rendered;
      if (listeners.size === 0 || !response.body || !response.headers.get('content-type')?.startsWith('text/html')) return rendered;
      const bytes = new Uint8Array(await response.arrayBuffer());
      reportRenderedPage({ pathname: new URL(request.url).pathname, html: decoder.decode(bytes) });
      const page = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
      return metadata === undefined ? page : { response: page, metadata };
    },
  };
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
 * The URL path of a page file, the inverse of {@link pageFile}:
 * `en/posts/a/index.html` → `/en/posts/a/`, `en/posts/a.html` → `/en/posts/a`.
 * @param file path relative to the output folder, `/`-separated
 * @param base the site's base path
 * @returns the path with the base, not percent-encoded
 */
export function pagePathname(file: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  if (file === 'index.html') return `${prefix}/`;
  if (file.endsWith('/index.html')) return `${prefix}/${file.slice(0, -'index.html'.length)}`;
  return `${prefix}/${file.replace(/\.html$/, '')}`;
}

/**
 * Makes sure every listener sees every page of the build: it notes the pages
 * rendered, and at `astro:build:generated` reads the other HTML files of the
 * output folder (those Astro restored from its incremental cache, and any
 * from `public/`) and reports them, in path order. List it before the
 * integrations that listen, so its hook runs before theirs.
 * @returns the integration
 */
export function renderedPages(): AstroIntegration {
  let base = '/';
  let reported = new Set<string>();
  let unsubscribe = () => {};
  return {
    name: 'rendered-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // Astro's own prerenderer renders; the wrapper reads each HTML page once, as Astro writes it.
        // (A site with an adapter that brings its own prerenderer would need that one wrapped instead.)
        setPrerenderer(reportingPrerenderer);
        reported = new Set();
        unsubscribe = onRenderedPage(({ pathname }) => reported.add(pageFile(pathname, base)));
      },
      'astro:build:generated': ({ dir, logger }) => {
        unsubscribe();
        const site = fileURLToPath(dir);
        const others = globSync('**/*.html', { cwd: site })
          .map((file) => file.split('\\').join('/'))
          .filter((file) => !reported.has(file))
          .sort();
        for (const file of others) reportRenderedPage({ pathname: pagePathname(file, base), html: readFileSync(join(site, file), 'utf8') });
        logger.info(`HTML pages: ${reported.size} rendered, ${others.length} copied from the last build (or from public/).`);
      },
    },
  };
}
