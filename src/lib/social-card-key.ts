import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
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

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** An empty IEND chunk: length 0, type `IEND`, its CRC (PNG specification, 3rd ed., §11.2.5). */
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/**
 * Whether a cached card is a whole PNG: it starts with the PNG signature and
 * ends with the IEND chunk (PNG specification, 3rd ed., §5.2 and §11.2.5). A
 * truncated or emptied cache file is drawn again instead of published.
 * @param file path of the cached card
 * @returns false when it is missing, cut short or not a PNG
 */
export function isCompletePng(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const { size } = fstatSync(fd);
    if (size < PNG_SIGNATURE.length + PNG_END.length) return false;
    const head = Buffer.alloc(PNG_SIGNATURE.length);
    const tail = Buffer.alloc(PNG_END.length);
    readSync(fd, head, 0, head.length, 0);
    readSync(fd, tail, 0, tail.length, size - tail.length);
    return head.equals(PNG_SIGNATURE) && tail.equals(PNG_END);
  } finally {
    closeSync(fd);
  }
}
