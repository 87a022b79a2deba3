import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { announcedSearchPages, onRenderedPage, pageFile, resetSearchPages } from '@/lib/rendered-pages';

/** Entry pages, as files in the output folder: the only pages that carry `data-pagefind-body`. */
const ENTRY_PAGE_FILE = /^[^/]+\/(?:posts|ideas)\/.+\.html$/;

/**
 * Builds the Pagefind search index, one index per `<html lang>`, from the
 * parts of pages marked `data-pagefind-body` (entries in their own language
 * only: fallback pages, lists and drafts are not indexed). Pagefind segments
 * Chinese text into words, so a two-character word from the middle of a
 * sentence is found.
 *
 * Pagefind runs in its own process from the start of the build and is handed
 * each entry page as it renders (src/lib/rendered-pages.ts), so it indexes
 * on the second core while Astro renders the rest; pages Astro copied from
 * its incremental cache reach it at `astro:build:generated`.
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
        // By now every page has been reported, rendered or copied (renderedPages runs first).
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
 * Starts Pagefind and feeds it the entry pages as they are reported, in the
 * order the routes announced them (announceSearchPages): a page reported
 * early waits for the ones before it. Pagefind numbers pages in the order
 * they are added, so this order makes the index the same byte for byte from
 * build to build, and whether a page was rendered or copied from the last build.
 * @param base the site's base path
 * @returns `finish(dir)`: once every page has been reported, writes the
 *   index into `<dir>/pagefind/` and resolves to the number of pages indexed
 * @throws {Error} from `finish` when an announced page was never built
 */
function startIndexer(base: string) {
  resetSearchPages();
  const adding: Promise<void>[] = [];
  const started = createIndex({}).then(({ index, errors }) => {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  });
  const add = (sourcePath: string, content: string) =>
    adding.push(
      started.then((index) =>
        index.addHTMLFile({ sourcePath, content }).then((added) => {
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
        }),
      ),
    );
  /** Reported pages waiting for their turn: file → HTML, or null for a page without searchable text (a fallback). */
  const waiting = new Map<string, string | null>();
  let order: string[] | undefined;
  let next = 0;
  const flush = () => {
    order ??= announcedSearchPages().map((pathname) => pageFile(pathname, base));
    while (next < order.length && waiting.has(order[next]!)) {
      const file = order[next++]!;
      const html = waiting.get(file);
      waiting.delete(file);
      if (html) add(file, html);
    }
  };
  const unsubscribe = onRenderedPage(({ pathname, html }) => {
    const file = pageFile(pathname, base);
    if (!ENTRY_PAGE_FILE.test(file)) return;
    // Lists under posts/ and ideas/ and fallback pages carry no data-pagefind-body: nothing to index.
    waiting.set(file, html.includes('data-pagefind-body') ? html : null);
    flush();
  });
  return {
    async finish(dir: string): Promise<number> {
      unsubscribe();
      try {
        flush();
        const missing = order!.slice(next);
        if (missing.length > 0) throw new Error(`Pages announced for the search index were not built: ${missing.slice(0, 5).join(', ')}`);
        // Pages with searchable text that no route announced (none today): after the others, in path order.
        for (const [file, html] of [...waiting].sort(([a], [b]) => (a < b ? -1 : 1))) if (html) add(file, html);
        const index = await started;
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
