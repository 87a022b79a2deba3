// A worker thread that draws social cards into the card cache, so cards are
// drawn on the machine's other cores while the main thread renders pages.
// Started by the social-cards integration; loaded by Node itself (type
// stripping), not by Vite, hence the relative import with its extension.
import { parentPort, workerData } from 'node:worker_threads';
import { cacheSocialCard, type CardContent } from './social-card.ts';

/** A request: draw (or find in the cache) the card `card`; `id` comes back in the answer. */
export interface CardRequest {
  id: number;
  card: CardContent;
}

/** An answer: the cached PNG's path, or the error's message. */
export type CardAnswer = { id: number; file: string } | { id: number; error: string };

const { cacheDir } = workerData as { cacheDir: string };

parentPort!.on('message', (request: CardRequest) => {
  cacheSocialCard(request.card, cacheDir).then(
    (file) => parentPort!.postMessage({ id: request.id, file } satisfies CardAnswer),
    (error: unknown) => parentPort!.postMessage({ id: request.id, error: String(error) } satisfies CardAnswer),
  );
});
