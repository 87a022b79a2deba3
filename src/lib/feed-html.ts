import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FeedHtmlAnswer, FeedHtmlRequest } from './feed-html-worker.ts';

/** Prepares an entry's HTML for feeds: what {@link toFeedHtml} does, on a worker thread. */
export type FeedHtmlPreparer = (html: string, pageUrl: string) => Promise<string>;

const PREPARER = Symbol.for('bilingual-blog.feed-html');

/**
 * The running build's feed-HTML preparer, or undefined outside `astro build`
 * (the dev server and the tests prepare feed HTML in place). The feed routes
 * run in the build's bundle, the integration in the config's module graph:
 * they meet on `globalThis`.
 */
export function getFeedHtmlPreparer(): FeedHtmlPreparer | undefined {
  return (globalThis as { [PREPARER]?: FeedHtmlPreparer })[PREPARER];
}

/** Entries sent to a worker in one message: one message per entry would cost the main thread a thread wake-up each. */
const BATCH = 32;

/**
 * Prepares the HTML of feed items (src/lib/feed.ts `toFeedHtml`: absolute
 * URLs, sanitize-html) on worker threads during `astro build`, one per core
 * but one, so a site's thousands of feed items are sanitised while the main
 * thread renders pages. Requests made in one turn of the event loop go out
 * together, in batches.
 * @returns the integration
 * @throws {Error} from the preparer's promise when a worker dies or sanitize-html throws
 */
export function feedHtmlWorkers(): AstroIntegration {
  let stop = async () => {};
  return {
    name: 'feed-html',
    hooks: {
      'astro:build:start': () => {
        const workers: Worker[] = [];
        const waiting: FeedHtmlRequest = [];
        const answers = new Map<number, { resolve: (html: string) => void; reject: (error: Error) => void }>();
        let nextId = 0;
        let nextWorker = 0;
        let broken: Error | undefined;
        let flushing = false;
        const fail = (error: Error) => {
          broken = new Error(`A feed worker failed: ${error.message}`);
          for (const waiter of answers.values()) waiter.reject(broken);
          answers.clear();
        };
        const start = () => {
          for (let i = 0; i < Math.max(1, availableParallelism() - 1); i++) {
            const worker = new Worker(new URL('./feed-html-worker.ts', import.meta.url));
            worker.on('message', (batch: FeedHtmlAnswer) => {
              for (const answer of batch) {
                const waiter = answers.get(answer.id);
                answers.delete(answer.id);
                if ('error' in answer) waiter?.reject(Object.assign(new Error(answer.error.message), answer.error));
                else waiter?.resolve(answer.html);
              }
              if (answers.size === 0) idle();
            });
            worker.on('error', fail);
            workers.push(worker);
          }
        };
        // Workers hold the process open only while they owe answers: a build that fails before
        // astro:build:generated (Astro's JS API does not exit the process) must not hang on idle workers.
        // (unref() is undone by adding a 'message' listener, so it is called after, each time.)
        const idle = () => workers.forEach((worker) => worker.unref());
        const flush = () => {
          flushing = false;
          if (workers.length === 0) start();
          for (const worker of workers) worker.ref();
          while (waiting.length > 0) workers[nextWorker++ % workers.length]!.postMessage(waiting.splice(0, BATCH));
        };
        const prepare: FeedHtmlPreparer = (html, pageUrl) => {
          if (broken) return Promise.reject(broken);
          const id = nextId++;
          return new Promise((resolve, reject) => {
            answers.set(id, { resolve, reject });
            waiting.push({ id, html, pageUrl });
            if (!flushing) {
              flushing = true;
              setImmediate(flush);
            }
          });
        };
        (globalThis as { [PREPARER]?: FeedHtmlPreparer })[PREPARER] = prepare;
        stop = async () => {
          delete (globalThis as { [PREPARER]?: FeedHtmlPreparer })[PREPARER];
          await Promise.all(workers.splice(0).map((worker) => worker.terminate()));
        };
      },
      // Every feed has been written by now.
      'astro:build:generated': () => stop(),
    },
  };
}
