import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { locales, type Locale } from '@/i18n/locales';
import { getBuildTime, isDevServer, shouldShowFuture } from '@/lib/build-info';
import { getContentRoot } from '@/lib/content-root';
import { deriveDescription } from '@/lib/description';
import { sortOutFiles } from '@/lib/entry-loader';
import { splitEntryId } from '@/lib/entry-id';
import { getLocalizedList, pairTranslations, type Entry, type EntryKind, type LocalizedEntry, type VersionInput } from '@/lib/entries';
import { getReadingTime, type ReadingTime } from '@/lib/reading-time';
import { buildSeries, getRelated } from '@/lib/series';
import { buildTagIndex, getTagSlug, type Tag, type TagNames } from '@/lib/tags';
import { site } from '@/site.config';

/** A content-layer entry of either entry collection. */
export type ContentEntry = CollectionEntry<'posts'> | CollectionEntry<'ideas'>;
/** A site entry backed by content-layer entries. */
export type SiteEntry = Entry<ContentEntry>;
/** A site entry as one locale lists it. */
export type ListedEntry = LocalizedEntry<ContentEntry>;
/** A tag whose entries are site entries. */
export type SiteTag = Tag<SiteEntry>;

/** Everything the pages, feeds and sitemap read, computed once per build. */
export interface SiteContent {
  entries: Record<EntryKind, SiteEntry[]>;
  /** Per locale: posts, ideas, and both merged, newest first. */
  lists: Record<Locale, Record<EntryKind | 'all', ListedEntry[]>>;
  /** Tags over posts and ideas, most used first. */
  tags: SiteTag[];
  /** Tag slug → tag. */
  tagsBySlug: Map<string, SiteTag>;
  /** Per-locale display names from `tags.yaml`, keyed by slug. */
  tagNames: TagNames;
  /** Series key → its posts, oldest first. */
  series: Map<string, SiteEntry[]>;
}

let cached: Promise<SiteContent> | undefined;

/**
 * Reads the collections once: drops drafts outside `astro dev` and entries
 * dated after the build time (unless shown on purpose, see shouldShowFuture), pairs
 * translations, sorts newest first and indexes tags. Every page, feed and the
 * sitemap go through this, so a draft or a scheduled entry cannot leak through one of them.
 * @throws {Error} from {@link pairTranslations} on a numeric slug
 */
export function getSiteContent(): Promise<SiteContent> {
  cached ??= loadSiteContent();
  return cached;
}

async function loadSiteContent(): Promise<SiteContent> {
  const includeDrafts = isDevServer();
  // The loader already leaves scheduled files out; filtering again here keeps one rule for every route.
  const publishedBy = shouldShowFuture(site.showFuture) ? undefined : getBuildTime();
  // A content root may lack ideas/ or tags.yaml, or have only drafts and scheduled
  // entries in a folder: that means none, so do not ask for (and warn about) an empty collection.
  const root = getContentRoot(process.env, process.cwd());
  const has = (path: string) => existsSync(join(root, path));
  const hasEntries = (folder: string) =>
    has(folder) && sortOutFiles(join(root, folder), { includeDrafts, publishedBy }).readable.length > 0;
  const [posts, ideas, tagFiles] = await Promise.all([
    hasEntries('posts') ? getCollection('posts') : [],
    hasEntries('ideas') ? getCollection('ideas') : [],
    has('tags.yaml') ? getCollection('tagNames') : [],
  ]);
  const entries: Record<EntryKind, SiteEntry[]> = {
    posts: pairTranslations('posts', posts.map(toVersion), includeDrafts, publishedBy),
    ideas: pairTranslations('ideas', ideas.map(toVersion), includeDrafts, publishedBy),
  };
  const lists = Object.fromEntries(
    locales.map((locale) => {
      const postList = getLocalizedList(entries.posts, locale);
      const ideaList = getLocalizedList(entries.ideas, locale);
      const all = [...postList, ...ideaList].sort(
        (a, b) => b.version.pubDate.getTime() - a.version.pubDate.getTime() || (a.entry.kind < b.entry.kind ? -1 : 1),
      );
      return [locale, { posts: postList, ideas: ideaList, all }];
    }),
  ) as SiteContent['lists'];
  const tags = buildTagIndex([...entries.posts, ...entries.ideas], (entry) => entry.tags);
  const tagNames: TagNames = {};
  const namedBy = new Map<string, string>();
  for (const file of tagFiles) {
    for (const [name, byLocale] of Object.entries(file.data)) {
      const slug = getTagSlug(name);
      const earlier = namedBy.get(slug);
      if (earlier !== undefined) {
        throw new Error(
          `${file.filePath ?? 'tags.yaml'}: the keys "${earlier}" and "${name}" name the same tag "${slug}"; keep one of them.`,
        );
      }
      namedBy.set(slug, name);
      tagNames[slug] = byLocale;
    }
  }
  const tagsBySlug = new Map(tags.map((tag) => [tag.slug, tag]));
  for (const [slug, key] of namedBy) {
    // Not an error: the only entries with that tag may be drafts. But a typo should not pass unseen.
    if (!tagsBySlug.has(slug)) console.warn(`[tags.yaml] "${key}" names no tag of a published entry (slug "${slug}").`);
  }
  const series = buildSeries(
    entries.posts,
    getSeriesKey,
    (entry) => entry.versions[entry.original]!.pubDate,
    (entry) => entry.slug,
  );
  return { entries, lists, tags, tagsBySlug, tagNames, series };
}

function toVersion(source: ContentEntry): VersionInput<ContentEntry> {
  const { slug, locale } = splitEntryId(source.id);
  return {
    slug,
    locale,
    filePath: source.filePath ?? source.id,
    pubDate: source.data.pubDate,
    draft: source.data.draft,
    tags: source.data.tags,
    source,
  };
}

/**
 * The series an entry belongs to: the slug of its original version's `series`
 * name, so both languages of a series (named in each language) are one series.
 * @param entry a site entry
 * @returns the key, or undefined when it is in no series
 */
export function getSeriesKey(entry: SiteEntry): string | undefined {
  const name = entry.versions[entry.original]?.source.data.series;
  return name === undefined ? undefined : getTagSlug(name);
}

/**
 * Up to three entries of the same kind that share the most tags with this one.
 * @param content the site content
 * @param entry the entry being read
 */
export function getRelatedEntries(content: SiteContent, entry: SiteEntry): SiteEntry[] {
  let related = relatedEntries.get(entry);
  if (related === undefined) {
    // Only entries that share a tag can be related: gather them from the tag
    // index instead of scanning the whole collection for every page.
    const candidates = new Set<SiteEntry>();
    for (const name of entry.tags)
      for (const other of content.tagsBySlug.get(getTagSlug(name))?.entries ?? []) if (other.kind === entry.kind) candidates.add(other);
    related = getRelated(
      entry,
      [...candidates],
      (e) => e.tags.map(getTagSlug),
      (e) => e.versions[e.original]!.pubDate,
      (e) => e.slug,
    );
    relatedEntries.set(entry, related);
  }
  return related;
}

/**
 * The entry of a kind with this slug, in constant time after the first call.
 * @param content the site content
 * @param kind posts or ideas
 * @param slug the entry's slug
 * @returns the entry, or undefined when there is none
 */
export function getEntryBySlug(content: SiteContent, kind: EntryKind, slug: string): SiteEntry | undefined {
  let bySlug = entriesBySlug.get(content.entries[kind]);
  if (bySlug === undefined) {
    bySlug = new Map(content.entries[kind].map((entry) => [entry.slug, entry]));
    entriesBySlug.set(content.entries[kind], bySlug);
  }
  return bySlug.get(slug);
}

const entriesBySlug = new WeakMap<SiteEntry[], Map<string, SiteEntry>>();

/** Related entries, computed once per entry (both locales' pages ask). */
const relatedEntries = new WeakMap<SiteEntry, SiteEntry[]>();

const descriptions = new WeakMap<ContentEntry, string>();
const readingTimes = new WeakMap<ContentEntry, ReadingTime>();

/**
 * The entry's description: its front matter's, else derived from the body's
 * first paragraph, else its title (memoized per entry).
 * @param source a content-layer entry
 */
export function getDescription(source: ContentEntry): string {
  let text = descriptions.get(source);
  if (text === undefined) {
    text = source.data.description || deriveDescription(source.body ?? '', source.filePath?.endsWith('.mdx')) || source.data.title;
    descriptions.set(source, text);
  }
  return text;
}

/**
 * Words, CJK characters and minutes of an entry's body (memoized per entry).
 * @param source a content-layer entry
 */
export function getEntryReadingTime(source: ContentEntry): ReadingTime {
  let value = readingTimes.get(source);
  if (value === undefined) {
    value = getReadingTime(source.body ?? '');
    readingTimes.set(source, value);
  }
  return value;
}

/**
 * The tags of one entry, resolved to the site's tags (merged spellings), in
 * the order the entry's versions list them.
 * @param content the site content
 * @param entry an entry
 */
export function getEntryTags(content: SiteContent, entry: SiteEntry): SiteTag[] {
  const slugs = [...new Set(entry.tags.map(getTagSlug))];
  return slugs.map((slug) => content.tagsBySlug.get(slug)).filter((tag): tag is SiteTag => tag !== undefined);
}
