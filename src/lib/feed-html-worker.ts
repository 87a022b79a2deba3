// A worker thread that prepares entries' HTML for feeds (src/lib/feed.ts,
// sanitize-html) for the feed-html integration (src/lib/feed-html.ts), while
// the main thread renders pages. Loaded by Node itself (type stripping), not
// by Vite, hence the relative import with its extension.
import { parentPort } from 'node:worker_threads';
import { toFeedHtml } from './feed.ts';

/** A batch of entries to prepare: `html` rendered, `pageUrl` the entry's absolute URL. */
export type FeedHtmlRequest = { id: number; html: string; pageUrl: string }[];

/** The batch's answers, in its order: the feed HTML, or the error (its name, message and stack, for the build's report). */
export type FeedHtmlAnswer = (
  { id: number; html: string } | { id: number; error: { name: string; message: string; stack?: string | undefined } }
)[];

parentPort!.on('message', (batch: FeedHtmlRequest) => {
  parentPort!.postMessage(
    batch.map(({ id, html, pageUrl }) => {
      try {
        return { id, html: toFeedHtml(html, pageUrl) };
      } catch (error) {
        return {
          id,
          error:
            error instanceof Error
              ? { name: error.name, message: error.message, stack: error.stack }
              : { name: 'Error', message: String(error) },
        };
      }
    }) satisfies FeedHtmlAnswer,
  );
});
