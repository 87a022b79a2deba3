import { locales, type Locale } from '@/i18n/locales';
import { paginate, type EntryKind } from '@/lib/entries';
import { getSiteContent } from '@/lib/posts';
import { getPageSize } from '@/lib/page-size';
import { entryPageKey, listPageKey, tagFeedKey, tagPageKey } from '@/lib/page-keys';
import { announceSearchPages } from '@/lib/search-order';
import { paths } from '@/i18n/paths';

/**
 * Shared `getStaticPaths` helpers: each route kind yields both locales from
 * one page file. Props stay small (keys, not entries): pages look the data up
 * in the build-wide cache of `getSiteContent()`. Each path carries a
 * `cacheKey` (src/lib/page-keys.ts): Astro's incremental build copies a page
 * from its last build instead of rendering it while the key holds.
 */

/** `[locale]` routes: one path per locale. */
export function getLocalePaths() {
  return locales.map((locale) => ({ params: { locale }, props: { locale } }));
}

/** Props of a `[locale]/<kind>/[...slug]` page: a list page or an entry. */
export type EntryRouteProps =
  { view: 'list'; locale: Locale; kind: EntryKind; page: number } | { view: 'entry'; locale: Locale; kind: EntryKind; slug: string };

/**
 * Paths of `[locale]/<kind>/[...slug]`: list pages (`/en/posts/`, `/en/posts/2/`)
 * and every entry under both locales (its own version or the fallback).
 * @param kind posts or ideas
 */
export async function getEntryRoutePaths(kind: EntryKind) {
  const content = await getSiteContent();
  const size = getPageSize(kind);
  // The search index takes entry pages in this order (see announceSearchPages).
  announceSearchPages(locales.flatMap((locale) => content.entries[kind].map((entry) => paths.entry(kind, locale, entry.slug))));
  return locales.flatMap((locale) => {
    const lists = paginate(content.lists[locale][kind], size).map((page) => ({
      params: { locale, slug: page.number === 1 ? undefined : String(page.number) },
      props: { view: 'list', locale, kind, page: page.number } satisfies EntryRouteProps,
      cacheKey: listPageKey(content, locale, kind, page.number),
    }));
    const entries = content.entries[kind].map((entry) => ({
      params: { locale, slug: entry.slug },
      props: { view: 'entry', locale, kind, slug: entry.slug } satisfies EntryRouteProps,
      cacheKey: entryPageKey(content, locale, kind, entry.slug),
    }));
    return [...lists, ...entries];
  });
}

/** Paths of `[locale]/tags/[tag]/rss.xml`: one feed per tag and locale. */
export async function getTagFeedPaths() {
  const content = await getSiteContent();
  return locales.flatMap((locale) =>
    content.tags.map((tag) => ({
      params: { locale, tag: tag.slug },
      props: { locale, tagSlug: tag.slug },
      cacheKey: tagFeedKey(content, locale, tag.slug),
    })),
  );
}

/** Paths of `[locale]/tags/[tag]/[...page]`: every page of every tag, both locales. */
export async function getTagRoutePaths() {
  const content = await getSiteContent();
  return locales.flatMap((locale) =>
    content.tags.flatMap((tag) =>
      paginate(tag.entries, getPageSize('tags')).map((page) => ({
        params: { locale, tag: tag.slug, page: page.number === 1 ? undefined : String(page.number) },
        props: { locale, tagSlug: tag.slug, page: page.number },
        cacheKey: tagPageKey(content, locale, tag.slug, page.number),
      })),
    ),
  );
}
