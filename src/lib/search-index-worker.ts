// A worker thread that talks to Pagefind for the search-index integration:
// Pagefind's Node API encodes every page it is sent (JSON, then base64) on
// the thread that calls it, which would cost the main thread, busy rendering
// pages, seconds on a large site. Loaded by Node itself (type stripping), not
// by Vite.
import { parentPort } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';

/** A page to index (`sourcePath` relative to the output folder), or the end: write the index into `outputPath`. */
export type SearchRequest = { type: 'add'; sourcePath: string; content: string } | { type: 'write'; outputPath: string };

/** The end's answer: pages indexed, or what went wrong. */
export type SearchAnswer = { pages: number } | { error: string };

const started = createIndex({}).then(({ index, errors }) => {
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
});
const adding: Promise<void>[] = [];

async function write(outputPath: string): Promise<number> {
  try {
    const index = await started;
    await Promise.all(adding);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return adding.length;
  } finally {
    await close();
  }
}

/**
 * Pages handed to Pagefind at once. The rest wait here as plain strings: the
 * API holds each page it is given as JSON in base64 until Pagefind reads it,
 * and when Pagefind falls behind (a first build, cards drawn on every core)
 * that backlog would hold the whole site several times over.
 */
const IN_FLIGHT = 16;
let inFlight = 0;
const queued: (() => void)[] = [];
const slot = () => (inFlight < IN_FLIGHT ? (inFlight++, Promise.resolve()) : new Promise<void>((resolve) => queued.push(() => (inFlight++, resolve()))));
const release = () => {
  inFlight--;
  queued.shift()?.();
};

parentPort!.on('message', (request: SearchRequest) => {
  if (request.type === 'add') {
    const { sourcePath, content } = request;
    const added = Promise.all([started, slot()]).then(([index]) =>
      index.addHTMLFile({ sourcePath, content }).then(
        (result) => {
          release();
          if (result.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${result.errors.join('; ')}`);
        },
        (error: unknown) => {
          release();
          throw error;
        },
      ),
    );
    // Reported with the answer to 'write'.
    added.catch(() => {});
    adding.push(added);
    return;
  }
  write(request.outputPath).then(
    (pages) => parentPort!.postMessage({ pages } satisfies SearchAnswer),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies SearchAnswer),
  );
});
