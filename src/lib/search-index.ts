import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { onRenderedPage, pageFile, readUnreportedPages } from '@/lib/rendered-pages';

/** Entry pages, as files in the output folder: the only pages that carry `data-pagefind-body`. */
const ENTRY_PAGES = '*/{posts,ideas}/**/*.html';
const ENTRY_PAGE_FILE = /^[^/]+\/(?:posts|ideas)\/.+\.html$/;

/**
 * Builds the Pagefind search index, one index per `<html lang>`, from the
 * parts of pages marked `data-pagefind-body` (entries in their own language
 * only: fallback pages, lists and drafts are not indexed). Pagefind segments
 * Chinese text into words, so a two-character word from the middle of a
 * sentence is found.
 *
 * Pagefind runs in its own process from the start of the build and is handed
 * each entry page as it renders (src/middleware.ts), so it indexes on the
 * second core while Astro renders the rest; pages Astro restored from its
 * incremental cache are read from disk once all pages are written.
 * @returns the integration
 * @throws {Error} when Pagefind reports an error, failing the build
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  let indexer: ReturnType<typeof startIndexer> | undefined;
  let indexing: Promise<number> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => {
        indexer = startIndexer(base);
      },
      'astro:build:generated': ({ dir }) => {
        indexing = (indexer ?? startIndexer(base)).finish(fileURLToPath(dir));
        // Awaited (and its failure reported) in astro:build:done, so the hooks between run meanwhile.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexing) throw new Error('The search index was not started: astro:build:generated did not run.');
        logger.info(`Indexed ${await indexing} pages for search.`);
      },
    },
  };
}

/**
 * Starts Pagefind and feeds it the entry pages reported as they render.
 * @param base the site's base path
 * @returns `finish(dir)`: adds the entry pages not reported (restored from
 *   the incremental cache), writes the index into `<dir>/pagefind/` and
 *   resolves to the number of pages indexed
 */
function startIndexer(base: string) {
  const reported = new Set<string>();
  const adding: Promise<void>[] = [];
  const started = createIndex({}).then(({ index, errors }) => {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  });
  const add = (index: PagefindIndex, sourcePath: string, content: string) =>
    index.addHTMLFile({ sourcePath, content }).then((added) => {
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
    });
  const unsubscribe = onRenderedPage(({ pathname, html }) => {
    const file = pageFile(pathname, base);
    if (!ENTRY_PAGE_FILE.test(file)) return;
    reported.add(file);
    // Lists under posts/ and ideas/ carry no data-pagefind-body: not worth sending.
    if (html.includes('data-pagefind-body')) adding.push(started.then((index) => add(index, file, html)));
  });
  return {
    async finish(dir: string): Promise<number> {
      unsubscribe();
      try {
        const index = await started;
        for (const { file, html } of readUnreportedPages(dir, ENTRY_PAGES, reported)) {
          if (html.includes('data-pagefind-body')) adding.push(add(index, file, html));
        }
        await Promise.all(adding);
        const written = await index.writeFiles({ outputPath: `${dir}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        return adding.length;
      } finally {
        await close();
      }
    },
  };
}
