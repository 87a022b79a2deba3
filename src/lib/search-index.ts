import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { onRenderedPage, pageFile } from '@/lib/rendered-pages';
import { announcedSearchPages, resetSearchPages } from '@/lib/search-order';
import type { SearchAnswer, SearchRequest } from '@/lib/search-index-worker';

/**
 * What may stand between `<` and an attribute name inside a start tag: the
 * tag name, then whole attributes (values quoted or not), then white space
 * (HTML Living Standard §13.1.2.3, attributes).
 */
const TAG_BEFORE_ATTRIBUTE = /^<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s+$/;
const SEARCH_BODY = 'data-pagefind-body';

/**
 * Whether a page has a part Pagefind indexes: an element with the
 * `data-pagefind-body` attribute. The words in text, in code or inside
 * another attribute's value (a heading's anchor label) do not count.
 * @param html a page
 */
export function hasSearchBody(html: string): boolean {
  for (let at = html.indexOf(SEARCH_BODY); at >= 0; at = html.indexOf(SEARCH_BODY, at + 1)) {
    if (!/[\s=/>]/.test(html[at + SEARCH_BODY.length] ?? '')) continue;
    const tagStart = html.lastIndexOf('<', at);
    if (tagStart >= 0 && TAG_BEFORE_ATTRIBUTE.test(html.slice(tagStart, at))) return true;
  }
  return false;
}

/**
 * Builds the Pagefind search index, one index per `<html lang>`, from the
 * parts of pages marked `data-pagefind-body` (entries in their own language
 * only: fallback pages, lists and drafts are not indexed). Pagefind segments
 * Chinese text into words, so a two-character word from the middle of a
 * sentence is found.
 *
 * Pagefind runs in its own process from the start of the build and is handed
 * each entry page as it renders (src/lib/rendered-pages.ts), through a worker
 * thread (src/lib/search-index-worker.ts), so it indexes on the second core
 * while Astro renders the rest; pages Astro copied from its incremental cache
 * reach it at `astro:build:generated`.
 * @returns the integration
 * @throws {Error} when Pagefind reports an error, failing the build
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  let outDir = '';
  let indexer: ReturnType<typeof startIndexer> | undefined;
  let indexing: Promise<number> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        indexer = startIndexer(base, outDir);
      },
      'astro:build:generated': () => {
        // By now every page has been reported, rendered or copied (renderedPages runs first).
        indexing = (indexer ?? startIndexer(base, outDir)).finish();
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
 * @param outDir the output folder (absolute path); the index goes into its `pagefind/`
 * @returns `finish()`: once every page has been reported, makes sure the
 *   index is written and resolves to the number of pages indexed
 * @throws {Error} from `finish` when an announced page was never built
 */
function startIndexer(base: string, outDir: string) {
  resetSearchPages();
  const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url));
  const answer = new Promise<number>((resolve, reject) => {
    worker.once('message', (message: SearchAnswer) => ('error' in message ? reject(new Error(message.error)) : resolve(message.pages)));
    worker.once('error', reject);
  }).finally(() => worker.terminate());
  answer.catch(() => {});
  const send = (request: SearchRequest) => worker.postMessage(request);
  const add = (sourcePath: string, content: string) => send({ type: 'add', sourcePath, content });
  /** Reported pages waiting for their turn: file → HTML, or null for a page without searchable text (a fallback). */
  const waiting = new Map<string, string | null>();
  const unannounced: string[] = [];
  let order: string[] | undefined;
  let announced = new Set<string>();
  let next = 0;
  let writing = false;
  const write = (dir: string) => {
    writing = true;
    send({ type: 'write', outputPath: join(dir, 'pagefind') });
  };
  const announcedOrder = () => {
    // Complete before the first page renders: Astro asks every route for its paths first.
    if (!order) {
      order = announcedSearchPages().map((pathname) => pageFile(pathname, base));
      announced = new Set(order);
    }
    return order;
  };
  const flush = () => {
    const order = announcedOrder();
    while (next < order.length && waiting.has(order[next]!)) {
      const file = order[next++]!;
      const html = waiting.get(file);
      waiting.delete(file);
      if (html) add(file, html);
    }
    // Every entry page is in: Pagefind writes the index while Astro renders tag pages and feeds.
    if (next === order.length && order.length > 0 && !writing) write(outDir);
  };
  const unsubscribe = onRenderedPage(({ pathname, html }) => {
    const file = pageFile(pathname, base);
    // Fallback pages carry no data-pagefind-body: their turn passes with nothing to index.
    const searchable = hasSearchBody(html);
    announcedOrder();
    if (!announced.has(file)) {
      // Lists, tag pages and the rest: none has searchable text, and one that had would be a template's mistake.
      if (searchable) unannounced.push(file);
      return;
    }
    waiting.set(file, searchable ? html : null);
    flush();
  });
  return {
    async finish(): Promise<number> {
      unsubscribe();
      try {
        flush();
        const missing = announcedOrder().slice(next);
        if (missing.length > 0) throw new Error(`Pages announced for the search index were not built: ${missing.slice(0, 5).join(', ')}`);
        if (unannounced.length > 0)
          throw new Error(
            `Pages with searchable text (data-pagefind-body) that no route announced to the search index: ${unannounced.slice(0, 5).join(', ')}`,
          );
      } catch (error) {
        await worker.terminate();
        throw error;
      }
      if (!writing) write(outDir);
      return answer;
    },
  };
}
