import { defaultLocale, locales, type Locale } from '@/i18n/locales';
import { compareCodePoints } from '@/lib/tags';

/** The two kinds of entry the site publishes. */
export type EntryKind = 'posts' | 'ideas';

/** What the model needs of one language version (one file). */
export interface VersionInput<T> {
  slug: string;
  locale: Locale;
  /** Path of the source file, for error messages. */
  filePath: string;
  pubDate: Date;
  draft: boolean;
  tags: readonly string[];
  /** The raw content-layer entry, passed through untouched. */
  source: T;
}

/** One entry (a folder): its language versions that are published. */
export interface Entry<T> {
  kind: EntryKind;
  slug: string;
  versions: Partial<Record<Locale, VersionInput<T>>>;
  /** The language the entry was first written in: the earliest version (ties: the default locale first). */
  original: Locale;
  /** Every tag spelling of every version. */
  tags: string[];
}

/** An entry as one locale shows it. */
export interface LocalizedEntry<T> {
  entry: Entry<T>;
  /** The version shown: the locale's own, or the original when it has none. */
  version: VersionInput<T>;
  /** The locale whose list this is. */
  locale: Locale;
  /** True when the entry has no version in `locale` and shows another language. */
  isFallback: boolean;
}

/**
 * Tells whether a version is published in this build: drafts only in dev, and
 * versions dated after the build time only when `publishedBy` is undefined.
 * @param version a version's `draft` flag and `pubDate`
 * @param includeDrafts true under `astro dev`
 * @param publishedBy the build time (see getBuildTime), or undefined to keep versions dated later
 */
export function isPublished(version: { draft: boolean; pubDate: Date }, includeDrafts: boolean, publishedBy?: Date): boolean {
  return (includeDrafts || !version.draft) && (publishedBy === undefined || version.pubDate.getTime() <= publishedBy.getTime());
}

/**
 * Pairs language versions into entries by slug, dropping drafts (unless
 * `includeDrafts`) and versions dated after `publishedBy`. An entry whose
 * every version is dropped disappears.
 * @param kind posts or ideas
 * @param versions every file of the collection
 * @param includeDrafts keep drafts (dev server)
 * @param publishedBy the build time, or undefined to keep versions dated later
 * @returns entries in slug order
 * @throws {Error} when a slug is only digits (it would clash with list page N), naming the file
 */
export function pairTranslations<T>(
  kind: EntryKind,
  versions: readonly VersionInput<T>[],
  includeDrafts: boolean,
  publishedBy?: Date,
): Entry<T>[] {
  const bySlug = new Map<string, Entry<T>>();
  for (const version of versions) {
    if (/^\d+$/.test(version.slug)) {
      throw new Error(
        `${version.filePath}: the folder name "${version.slug}" is only digits, which clashes with list page ${version.slug}. Rename the folder (e.g. "${version.slug}-notes").`,
      );
    }
    if (!isPublished(version, includeDrafts, publishedBy)) continue;
    let entry = bySlug.get(version.slug);
    if (!entry) {
      entry = { kind, slug: version.slug, versions: {}, original: version.locale, tags: [] };
      bySlug.set(version.slug, entry);
    }
    entry.versions[version.locale] = version;
    entry.tags.push(...version.tags);
  }
  const entries = [...bySlug.values()].sort((a, b) => compareCodePoints(a.slug, b.slug));
  for (const entry of entries) entry.original = getOriginalLocale(entry);
  return entries;
}

function getOriginalLocale<T>(entry: Entry<T>): Locale {
  let best: VersionInput<T> | undefined;
  for (const locale of [defaultLocale, ...locales.filter((l) => l !== defaultLocale)]) {
    const version = entry.versions[locale];
    if (version && (!best || version.pubDate < best.pubDate)) best = version;
  }
  if (!best) throw new Error(`Entry "${entry.slug}" has no version.`);
  return best.locale;
}

/**
 * Shows an entry in a locale: its own version, else the original language.
 * @param entry a paired entry
 * @param locale the page's locale
 */
export function localizeEntry<T>(entry: Entry<T>, locale: Locale): LocalizedEntry<T> {
  const own = entry.versions[locale];
  if (own) return { entry, version: own, locale, isFallback: false };
  return { entry, version: entry.versions[entry.original]!, locale, isFallback: true };
}

/**
 * The list of a locale: every entry, in its own language where it has one,
 * newest first (ties: slug order), so both locales list the same entries.
 * @param entries paired entries
 * @param locale the list's locale
 */
export function getLocalizedList<T>(entries: readonly Entry<T>[], locale: Locale): LocalizedEntry<T>[] {
  return entries
    .map((entry) => localizeEntry(entry, locale))
    .sort((a, b) => b.version.pubDate.getTime() - a.version.pubDate.getTime() || compareCodePoints(a.entry.slug, b.entry.slug));
}

/** Counts for the author card and list headers. */
export interface EntryCounts {
  /** Entries listed (every entry, in any language). */
  total: number;
  /** Of those, how many are shown in another language (no translation yet). */
  untranslated: number;
}

/**
 * Counts the entries of a locale's list and how many of them fall back to another language.
 * @param list a locale's list from {@link getLocalizedList}
 */
export function countEntries<T>(list: readonly LocalizedEntry<T>[]): EntryCounts {
  return { total: list.length, untranslated: list.filter((item) => item.isFallback).length };
}

/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Number of pages, at least 1 (an empty list has one empty page). */
  total: number;
  items: T[];
}

/**
 * Cuts a list into pages.
 * @param items the whole list
 * @param size items per page, an integer ≥ 1
 * @returns at least one page
 * @throws {RangeError} when size is not a positive integer
 */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Page size must be a positive integer, got ${size}.`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ number: i + 1, total, items: items.slice(i * size, (i + 1) * size) }));
}

/**
 * The page a reader lands on when switching language from page `page`:
 * the same number, or the other list's last page when it is shorter.
 * @param page current 1-based page
 * @param otherTotal page count of the other locale's list
 */
export function clampPage(page: number, otherTotal: number): number {
  return Math.min(Math.max(1, page), Math.max(1, otherTotal));
}

/** Entries grouped under a year heading. */
export interface YearGroup<T> {
  year: number;
  items: T[];
}

/**
 * Groups an already sorted list by year, keeping the order.
 * @param items sorted list
 * @param getDate the date an item is filed under
 */
export function groupByYear<T>(items: readonly T[], getDate: (item: T) => Date): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const item of items) {
    const year = getDate(item).getUTCFullYear();
    const last = groups.at(-1);
    if (last?.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

/**
 * Neighbours of an item in a list, for "older"/"newer" links.
 * @param list a locale's list, newest first
 * @param slug the current entry's slug
 */
export function getNeighbours<T>(
  list: readonly LocalizedEntry<T>[],
  slug: string,
): { newer?: LocalizedEntry<T>; older?: LocalizedEntry<T> } {
  const index = indexOfSlug(list, slug);
  if (index < 0) return {};
  const newer = list[index - 1];
  const older = list[index + 1];
  return { ...(newer ? { newer } : {}), ...(older ? { older } : {}) };
}

/** Slug → position, per list, built on first use (pages ask once per entry). */
const slugPositions = new WeakMap<readonly LocalizedEntry<unknown>[], Map<string, number>>();

/**
 * Where the entry with `slug` stands in a list, in constant time after the
 * first call for that list (the list must not change afterwards).
 * @param list a locale's list
 * @param slug an entry slug
 * @returns its 0-based index, or -1 when absent
 */
export function indexOfSlug<T>(list: readonly LocalizedEntry<T>[], slug: string): number {
  let positions = slugPositions.get(list);
  if (positions === undefined) {
    positions = new Map(list.map((item, index) => [item.entry.slug, index]));
    slugPositions.set(list, positions);
  }
  return positions.get(slug) ?? -1;
}
