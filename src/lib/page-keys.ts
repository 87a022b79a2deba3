import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { locales, type Locale } from '@/i18n/locales';
import { getBuildYear } from '@/lib/build-info';
import { clampPage, countEntries, getLocalizedList, getNeighbours, indexOfSlug, paginate, type EntryKind } from '@/lib/entries';
import { getPageSize } from '@/lib/page-size';
import {
  getEntryTags,
  getRelatedEntries,
  getSeriesKey,
  type ContentEntry,
  type ListedEntry,
  type SiteContent,
  type SiteEntry,
  type SiteTag,
} from '@/lib/posts';
import { getSeriesPlace } from '@/lib/series';
import { getTagName } from '@/lib/tags';
import { site } from '@/site.config';

/*
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page
 * whose `cacheKey` and template code are unchanged since the last build is
 * copied from Astro's cache instead of rendered. A key must therefore change
 * whenever anything the page shows changes. Each key below is built from the
 * same helpers the page renders with, over everything it reads: the entries
 * it shows (each by a digest of all its versions' front matter, source and
 * rendered HTML), the tags' display names, its pagination and counts, and the
 * settings every page shows (site text, page sizes, the footer's year).
 * Template code, dictionaries, Astro's config and the lockfile are Astro's
 * side of the check (its dependency hash and config hash). Two things a
 * page shows are not in an entry's data: the images its body embeds (their
 * bytes are hashed here) and, for MDX, the components it imports (Astro does
 * not track those reliably for content outside the project or for feeds): a
 * page that shows an MDX entry's content has no key and is always rendered.
 * tests/build/incremental.test.ts proves it: after each kind of edit, an
 * incremental build writes exactly the files of a clean build.
 */

/** SHA-256 (hex) of a JSON value; Dates become ISO strings, as JSON writes them. */
function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

const fileDigests = new Map<string, string>();

/** SHA-256 of a file's bytes, once per build; `missing` when it cannot be read. */
function fileDigest(path: string): string {
  let digest = fileDigests.get(path);
  if (digest === undefined) {
    try {
      digest = createHash('sha256').update(readFileSync(path)).digest('hex');
    } catch {
      digest = 'missing';
    }
    fileDigests.set(path, digest);
  }
  return digest;
}

const versionDigests = new WeakMap<ContentEntry, string>();

/**
 * A digest of one language version: its file's source, parsed front matter,
 * rendered HTML and metadata, and the bytes of the local images its body
 * embeds (the HTML names them by path only, and Astro's optimised copies
 * change with their content).
 */
function versionDigest(source: ContentEntry): string {
  let digest = versionDigests.get(source);
  if (digest === undefined) {
    const folder = dirname(resolve(source.filePath ?? '.'));
    const images = ((source.rendered?.metadata?.['imagePaths'] as string[] | undefined) ?? [])
      .filter((path) => !/^[a-z][a-z\d+.-]*:/i.test(path))
      // Astro gives the paths decoded already (`./100%.png`); a query or fragment is not part of the file name.
      .map((path) => [path, fileDigest(resolve(folder, path.replace(/[?#].*$/, '')))]);
    digest = hash([source.id, source.filePath, source.digest, source.data, source.rendered?.html, source.rendered?.metadata, images]);
    versionDigests.set(source, digest);
  }
  return digest;
}

/** Whether an entry has an MDX version (its content depends on the components it imports). */
const hasMdx = (entry: SiteEntry) => Object.values(entry.versions).some((version) => version?.filePath.endsWith('.mdx'));

const entryDigests = new WeakMap<SiteEntry, string>();

/**
 * A digest of an entry: every published version (see versionDigest), which
 * one is the original, and its tags. It changes when any version's file,
 * front matter or rendering changes, or a version appears or goes.
 * @param entry a site entry
 * @returns 64 hex characters
 */
export function entryDigest(entry: SiteEntry): string {
  let digest = entryDigests.get(entry);
  if (digest === undefined) {
    const versions = locales.map((locale) => {
      const version = entry.versions[locale];
      return version ? [locale, versionDigest(version.source)] : [locale, null];
    });
    digest = hash([entry.kind, entry.slug, entry.original, entry.tags, versions]);
    entryDigests.set(entry, digest);
  }
  return digest;
}

/** A listed entry: the entry, and which version the list shows. */
const listed = (item: ListedEntry | undefined) => (item ? [entryDigest(item.entry), item.version.locale, item.isFallback] : null);

/** A tag as pages show it: its slug and its name in every locale. */
const tagSummary = (content: SiteContent, tag: SiteTag) => [tag.slug, locales.map((locale) => getTagName(tag, locale, content.tagNames))];

const settingsDigests = new WeakMap<SiteContent, string>();

/** What every page shows besides its own content: the site's settings and text, page sizes, the footer's year. */
function settingsDigest(content: SiteContent): string {
  let digest = settingsDigests.get(content);
  if (digest === undefined) {
    digest = hash([site, getPageSize('posts'), getPageSize('ideas'), getPageSize('tags'), getBuildYear()]);
    settingsDigests.set(content, digest);
  }
  return digest;
}

/**
 * The key of an entry's page in one locale: the entry, its neighbours in the
 * list, its tags, its series and the related entries the page links to.
 * @param content the site content
 * @param locale the page's locale
 * @param kind posts or ideas
 * @param slug the entry's slug
 * @returns 64 hex characters, or undefined (no key: always rendered) for an MDX entry
 */
export function entryPageKey(content: SiteContent, locale: Locale, kind: EntryKind, slug: string): string | undefined {
  const list = content.lists[locale][kind];
  const item = list[indexOfSlug(list, slug)];
  if (!item) return hash(['missing', locale, kind, slug]);
  if (hasMdx(item.entry)) return undefined;
  const { newer, older } = getNeighbours(list, slug);
  const series = getSeriesPlace(content.series, getSeriesKey(item.entry), item.entry);
  return hash([
    'entry',
    settingsDigest(content),
    locale,
    listed(item),
    listed(newer),
    listed(older),
    getEntryTags(content, item.entry).map((tag) => tagSummary(content, tag)),
    series ? [series.index, series.members.map(entryDigest)] : null,
    getRelatedEntries(content, item.entry).map(entryDigest),
  ]);
}

/**
 * The key of a page of the posts or ideas list: the entries on it (ideas show
 * their tags), the number of pages and the counts, and the page the language
 * switcher leads to (it depends on the other locale's number of pages).
 * @param content the site content
 * @param locale the page's locale
 * @param kind posts or ideas
 * @param pageNumber 1-based
 * @returns 64 hex characters, or undefined when the page shows an MDX idea whole
 */
export function listPageKey(content: SiteContent, locale: Locale, kind: EntryKind, pageNumber: number): string | undefined {
  const size = getPageSize(kind);
  const pages = paginate(content.lists[locale][kind], size);
  const page = pages[pageNumber - 1];
  const items = page?.items ?? [];
  // The ideas list shows each idea whole.
  if (kind === 'ideas' && items.some((item) => hasMdx(item.entry))) return undefined;
  return hash([
    'list',
    settingsDigest(content),
    locale,
    kind,
    pageNumber,
    pages.length,
    countEntries(content.lists[locale][kind]),
    locales.map((l) => clampPage(pageNumber, paginate(content.lists[l][kind], size).length)),
    items.map((item) => [listed(item), getEntryTags(content, item.entry).map((tag) => tagSummary(content, tag))]),
  ]);
}

/**
 * The key of a page of a tag: the tag's names and number of entries, the
 * entries on the page, and the number of pages.
 * @param content the site content
 * @param locale the page's locale
 * @param tagSlug the tag
 * @param pageNumber 1-based
 * @returns 64 hex characters
 */
export function tagPageKey(content: SiteContent, locale: Locale, tagSlug: string, pageNumber: number): string {
  const tag = content.tagsBySlug.get(tagSlug);
  if (!tag) return hash(['missing tag', locale, tagSlug]);
  const pages = paginate(getLocalizedList(tag.entries, locale), getPageSize('tags'));
  return hash([
    'tag',
    settingsDigest(content),
    locale,
    tagSummary(content, tag),
    tag.entries.length,
    pageNumber,
    pages.length,
    (pages[pageNumber - 1]?.items ?? []).map((item) => [
      listed(item),
      getEntryTags(content, item.entry).map((t) => tagSummary(content, t)),
    ]),
  ]);
}

/**
 * The key of a tag's feed: the tag's names and every entry with the tag (the
 * feed carries the newest ones in full).
 * @param content the site content
 * @param locale the feed's locale
 * @param tagSlug the tag
 * @returns 64 hex characters, or undefined when the feed carries an MDX entry
 */
export function tagFeedKey(content: SiteContent, locale: Locale, tagSlug: string): string | undefined {
  const tag = content.tagsBySlug.get(tagSlug);
  if (!tag) return hash(['missing tag', locale, tagSlug]);
  if (tag.entries.some(hasMdx)) return undefined;
  return hash([
    'tag feed',
    settingsDigest(content),
    locale,
    tagSummary(content, tag),
    getLocalizedList(tag.entries, locale).map((item) => [
      listed(item),
      getEntryTags(content, item.entry).map((t) => tagSummary(content, t)),
    ]),
  ]);
}
