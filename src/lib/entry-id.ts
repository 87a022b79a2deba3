import { slug as githubSlug } from 'github-slugger';
import { isLocale, locales, type Locale } from '@/i18n/locales';

/** Where one language version of an entry lives. */
export interface EntryLocation {
  /** The folder path under the collection root, slugified per segment: `2024/gc-notes`. */
  slug: string;
  /** The file's base name, a locale key. */
  locale: Locale;
}

/**
 * Reads the slug and locale from a content file's path relative to its
 * collection root: `2024/GC Notes/zh.md` → `{ slug: '2024/gc-notes', locale: 'zh' }`.
 * Each folder name goes through github-slugger (lowercase, spaces → `-`, CJK kept).
 * @param relativePath POSIX path under the collection root, with extension
 * @throws {Error} when the file is not named by a locale (`index.md`) or sits
 *   directly in the collection root, naming the file and the expected layout
 */
export function parseEntryPath(relativePath: string): EntryLocation {
  const parts = relativePath.split('/');
  const file = parts.pop() ?? '';
  const base = file.replace(/\.(md|mdx)$/i, '');
  const expected = `expected <slug>/<locale>.md or .mdx with <locale> one of ${locales.join(', ')}`;
  if (!isLocale(base)) {
    throw new Error(`Content file "${relativePath}" is not named by a locale: ${expected}.`);
  }
  if (parts.length === 0) {
    throw new Error(`Content file "${relativePath}" is not in an entry folder: ${expected}.`);
  }
  const slug = parts.map((segment) => githubSlug(segment)).join('/');
  if (slug.split('/').some((segment) => segment === '')) {
    throw new Error(`Content file "${relativePath}" has a folder name with no letters or digits: ${expected}.`);
  }
  return { slug, locale: base };
}

/**
 * The content-layer id of one language version: `<slug>/<locale>`.
 * @param location slug and locale
 */
export function buildEntryId({ slug, locale }: EntryLocation): string {
  return `${slug}/${locale}`;
}

/**
 * Splits an id made by {@link buildEntryId} back into slug and locale.
 * @throws {Error} when the id does not end in `/<locale>`
 */
export function splitEntryId(id: string): EntryLocation {
  const cut = id.lastIndexOf('/');
  const locale = id.slice(cut + 1);
  if (cut <= 0 || !isLocale(locale)) throw new Error(`"${id}" is not an entry id (<slug>/<locale>).`);
  return { slug: id.slice(0, cut), locale };
}
