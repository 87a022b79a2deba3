import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** What a social card shows. */
export interface CardContent {
  title: string;
  /** The day as the page shows it, already formatted for the locale. */
  date: string;
  siteName: string;
  /** BCP 47 tag of the title's language, for line breaking. */
  lang: string;
}

/**
 * Bumped when the card's design changes, so cached cards are drawn again.
 * Part of every cache key.
 */
const DESIGN_VERSION = 2;

/**
 * Where a card is kept in the cache: named by a SHA-256 of its content and
 * the design version, so a changed title or design gets a new file.
 * (Kept apart from the drawing code so the build can look a card up without
 * loading the drawing libraries.)
 * @param card what the card shows
 * @param cacheDir the cache folder
 * @returns `<cacheDir>/<64 hex digits>.png`
 */
export function cardCacheFile(card: CardContent, cacheDir: string): string {
  const key = createHash('sha256')
    .update(JSON.stringify([DESIGN_VERSION, card]))
    .digest('hex');
  return join(cacheDir, `${key}.png`);
}
