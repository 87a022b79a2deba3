import type { AstroIntegration } from 'astro';
import { mkdirSync } from 'node:fs';
import { copyFile, link, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cardCacheFile, isCompletePng, type CardContent } from './social-card-key.ts';
import type { CardAnswer, CardRequest } from './social-card-worker.ts';

/**
 * Where drawn cards are kept between builds, relative to the project root:
 * `node_modules/.cache/social-cards`, or the environment variable
 * `SOCIAL_CARD_CACHE_DIR` (the benchmark keeps its cards apart with it).
 */
export const CARD_CACHE_DIR = process.env['SOCIAL_CARD_CACHE_DIR'] ?? 'node_modules/.cache/social-cards';

/** Where a build's cards are queued; present only while `astro build` runs. */
export interface CardQueue {
  /**
   * Queues one card (returns at once). It is drawn on a worker thread, or
   * taken from the cache, while pages render, and written at `file` when the
   * build is done.
   * @param file the card's path inside the output folder, e.g. `og/en/posts/hello.png`
   * @param card what the card shows
   */
  add(file: string, card: CardContent): void;
}

const QUEUE = Symbol.for('bilingual-blog.social-cards');

/** The running build's card queue, or undefined outside `astro build` (the dev server draws cards on request). */
export function getCardQueue(): CardQueue | undefined {
  return (globalThis as { [QUEUE]?: CardQueue })[QUEUE];
}

/** Cards a worker holds at once: enough to keep it busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * Draws the social cards of a build on worker threads (one per core but one,
 * which the main thread needs), so they are drawn while the main thread
 * renders pages, and writes them into the
 * output folder at `astro:build:done`. Cards already in the cache (keyed by
 * their content) are copied, not drawn. The card route queues the cards
 * through {@link getCardQueue} when Astro asks for its paths.
 * @param options `cacheDir`: the card cache, relative to the project root
 * @returns the integration
 * @throws {Error} at `astro:build:done`, naming the card, when one could not be drawn
 */
export function socialCards(options: { cacheDir: string }): AstroIntegration {
  let root: URL;
  let writing: Promise<{ cards: number; drawn: number }> | undefined;
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:start': () => {
        const cacheDir = fileURLToPath(new URL(options.cacheDir, root));
        const workerFile = new URL('./social-card-worker.ts', import.meta.url);
        const workers: Worker[] = [];
        const busy = new Map<Worker, number>();
        const waiting: CardRequest[] = [];
        const answers = new Map<number, { resolve: (file: string) => void; reject: (error: Error) => void; file: string }>();
        const done: Promise<{ from: string; to: string; card: CardContent }>[] = [];

        const dispatch = () => {
          for (const worker of workers) {
            while (busy.get(worker)! < IN_FLIGHT_PER_WORKER && waiting.length > 0) {
              worker.postMessage(waiting.shift()!);
              busy.set(worker, busy.get(worker)! + 1);
              worker.ref();
            }
          }
        };
        const start = () => {
          // Each worker holds its own parsed CJK fonts (~200 MB): one per core besides the main thread's kept a first
          // build of 2,000 posts under 2 GB (2,316 MiB with one per core) at about the same time.
          for (let i = 0; i < Math.max(1, availableParallelism() - 1); i++) {
            const worker = new Worker(workerFile, { workerData: { cacheDir } });
            busy.set(worker, 0);
            worker.on('message', (answer: CardAnswer) => {
              busy.set(worker, busy.get(worker)! - 1);
              // An idle worker must not hold the process open: a build that fails before astro:build:generated
              // (Astro's JS API does not exit the process) would hang on it.
              if (busy.get(worker) === 0) worker.unref();
              const pending = answers.get(answer.id)!;
              answers.delete(answer.id);
              if ('error' in answer) pending.reject(new Error(`Could not draw the social card ${pending.file}: ${answer.error}`));
              else pending.resolve(answer.file);
              dispatch();
            });
            worker.on('error', (error) => {
              for (const pending of answers.values()) pending.reject(error);
              answers.clear();
            });
            // Held open by dispatch() only while it owes a card.
            worker.unref();
            workers.push(worker);
          }
        };

        let drawn = 0;
        const queue: CardQueue & { finish(outDir: URL): Promise<{ cards: number; drawn: number }> } = {
          add(file, card) {
            const cached = cardCacheFile(card, cacheDir);
            if (isCompletePng(cached)) {
              done.push(Promise.resolve({ from: cached, to: file, card }));
              return;
            }
            if (workers.length === 0) start();
            drawn++;
            const id = done.length;
            const copied = new Promise<string>((resolve, reject) => answers.set(id, { resolve, reject, file })).then((from) => ({
              from,
              to: file,
              card,
            }));
            // Failures are reported at the end, by finish(); until then they are not unhandled.
            copied.catch(() => {});
            done.push(copied);
            waiting.push({ id, card });
            dispatch();
          },
          async finish(outDir) {
            try {
              const cards = await Promise.all(done);
              const targets = cards.map(({ from, to, card }) => ({ from, card, target: fileURLToPath(new URL(to, outDir)) }));
              for (const folder of new Set(targets.map(({ target }) => dirname(target)))) mkdirSync(folder, { recursive: true });
              // Hard links: a card is written once, in the cache, not again for every
              // build (a copy where the output folder is on another file system).
              // On libuv's thread pool, while the main thread goes on with the build.
              // A card that left the cache meanwhile (cache cleared during the build)
              // is drawn again here.
              await Promise.all(
                targets.map(async ({ from, card, target }) => {
                  await rm(target, { force: true });
                  try {
                    await link(from, target);
                  } catch {
                    try {
                      await copyFile(from, target);
                    } catch {
                      const { cacheSocialCard } = await import('./social-card.ts');
                      await copyFile(await cacheSocialCard(card, cacheDir), target);
                    }
                  }
                }),
              );
              return { cards: cards.length, drawn };
            } finally {
              await Promise.all(workers.map((worker) => worker.terminate()));
            }
          },
        };
        (globalThis as { [QUEUE]?: CardQueue })[QUEUE] = queue;
      },
      // Every page has been rendered, so every card has been queued: the
      // cards are written while Astro finishes the build.
      'astro:build:generated': ({ dir }) => {
        const queue = getCardQueue() as (CardQueue & { finish(outDir: URL): Promise<{ cards: number; drawn: number }> }) | undefined;
        delete (globalThis as { [QUEUE]?: CardQueue })[QUEUE];
        writing = queue?.finish(dir);
        // Awaited (and its failure reported) in astro:build:done.
        writing?.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!writing) return;
        const { cards, drawn } = await writing;
        logger.info(`Wrote ${cards} social cards: ${drawn} drawn, ${cards - drawn} from the cache.`);
      },
    },
  };
}
