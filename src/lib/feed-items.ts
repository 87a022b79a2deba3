import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getLang, locales, type Locale } from '@/i18n/locales';
import { useTranslations } from '@/i18n/ui';
import { resolveTrailingSlash } from '@/lib/deploy';
import { getLocalizedList, type EntryKind } from '@/lib/entries';
import { site as settings } from '@/site.config';
import { paths, toAbsoluteUrl } from '@/i18n/paths';
import { toFeedHtml, toXmlText } from '@/lib/feed';
import { getFeedHtmlPreparer } from '@/lib/feed-html';
import { getDescription, getEntryTags, getSiteContent, type ContentEntry, type ListedEntry, type SiteContent } from '@/lib/posts';
import { getTagName } from '@/lib/tags';

let container: Promise<AstroContainer> | undefined;

const renderedHtml = new WeakMap<ContentEntry, Promise<string>>();

/** An entry's HTML, rendered once per build however many feeds carry it. */
function renderEntryHtml(source: ContentEntry): Promise<string> {
  let html = renderedHtml.get(source);
  if (!html) {
    html = getContainer().then(async (renderer) => renderer.renderToString((await render(source)).Content));
    renderedHtml.set(source, html);
  }
  return html;
}

function getContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

/**
 * Turns listed entries into RSS items with their full rendered content.
 * @param items entries of one locale, newest first (already cut to the feed size)
 * @param locale the feed's locale (links stay in it; fallbacks link to the locale's fallback page)
 * @param content the site content (for tag names)
 * @param site the site's origin
 * @returns items with absolute links, `<category>` per tag and `content:encoded` HTML
 */
export async function buildFeedItems(items: ListedEntry[], locale: Locale, content: SiteContent, site: URL): Promise<RSSFeedItem[]> {
  return Promise.all(
    items.map((item) => {
      // A version appears in up to a dozen feeds of a locale (all, its kind, each
      // of its tags): its item is built once per locale.
      let perLocale = feedItems.get(item.version.source);
      if (perLocale === undefined) {
        perLocale = new Map();
        feedItems.set(item.version.source, perLocale);
      }
      let built = perLocale.get(locale);
      if (built === undefined) {
        built = buildFeedItem(item, locale, content, site);
        perLocale.set(locale, built);
      }
      return built;
    }),
  );
}

/** Feed items by content entry and feed locale. */
const feedItems = new WeakMap<ContentEntry, Map<Locale, Promise<RSSFeedItem>>>();

async function buildFeedItem(item: ListedEntry, locale: Locale, content: SiteContent, site: URL): Promise<RSSFeedItem> {
  const link = toAbsoluteUrl(paths.entry(item.entry.kind, locale, item.entry.slug), site);
  const rendered = await renderEntryHtml(item.version.source);
  // An untranslated entry keeps its own language inside the other locale's feed.
  const html = item.isFallback ? `<div lang="${getLang(item.version.locale)}">${rendered}</div>` : rendered;
  // In `astro build`, sanitised on a worker thread (src/lib/feed-html.ts) while pages render.
  const prepare = getFeedHtmlPreparer();
  const feedHtml = prepare ? await prepare(html, link) : toFeedHtml(html, link);
  return {
    title: toXmlText(item.version.source.data.title),
    link,
    pubDate: item.version.pubDate,
    description: toXmlText(getDescription(item.version.source)),
    content: toXmlText(feedHtml),
    categories: getEntryTags(content, item.entry).map((tag) => toXmlText(getTagName(tag, locale, content.tagNames))),
  } satisfies RSSFeedItem;
}

let started: SiteContent | undefined;

/**
 * Starts building the items of every feed of the site, once per build, when
 * the first feed renders: their HTML is then sanitised on a worker thread
 * while Astro renders the other pages, instead of when each feed's turn
 * comes (most feeds, the tags', come last, when little else is left to render).
 */
function startAllFeedItems(content: SiteContent, site: URL): void {
  if (started === content) return;
  started = content;
  const scopes: FeedScope[] = [{}, { kind: 'posts' }, { kind: 'ideas' }, ...[...content.tagsBySlug.keys()].map((tagSlug) => ({ tagSlug }))];
  for (const locale of locales) {
    for (const scope of scopes) {
      // Failures surface where each feed awaits its items.
      buildFeedItems(feedEntries(content, locale, scope), locale, content, site).catch(() => {});
    }
  }
}

/**
 * The entries one feed carries: the newest `site.feedSize` of the locale's
 * list for the scope.
 * @throws {Error} when the scope's tag does not exist
 */
function feedEntries(content: SiteContent, locale: Locale, scope: FeedScope): ListedEntry[] {
  let list: ListedEntry[];
  if (scope.tagSlug !== undefined) {
    const tag = content.tagsBySlug.get(scope.tagSlug);
    if (!tag) throw new Error(`No tag "${scope.tagSlug}".`);
    list = getLocalizedList(tag.entries, locale);
  } else list = content.lists[locale][scope.kind ?? 'all'];
  return list.slice(0, settings.feedSize);
}

/** What one feed is about. */
export type FeedScope = { kind?: EntryKind | undefined; tagSlug?: undefined } | { kind?: undefined; tagSlug: string };

/**
 * Builds one RSS 2.0 feed response (RSS 2.0 specification, rssboard.org):
 * the newest `site.feedSize` public entries of a locale, of both kinds, of one
 * kind, or carrying one tag.
 * @param locale the feed's locale
 * @param scope `{}` for everything, `{ kind }` for posts or ideas, `{ tagSlug }` for a tag
 * @param siteUrl the site's origin (`context.site`)
 * @throws {Error} when the site URL is not configured, or the tag does not exist
 */
export async function createFeedResponse(locale: Locale, scope: FeedScope, siteUrl: URL | undefined): Promise<Response> {
  if (!siteUrl) throw new Error('Feeds need `site` in astro.config.ts (or SITE_URL) to make absolute links.');
  const content = await getSiteContent();
  if (getFeedHtmlPreparer()) startAllFeedItems(content, siteUrl);
  const text = settings.text[locale];
  const { t } = useTranslations(locale);
  const entries = feedEntries(content, locale, scope);
  let title: string;
  let channelPath: string;
  let selfPath: string;
  if (scope.tagSlug !== undefined) {
    const tag = content.tagsBySlug.get(scope.tagSlug)!;
    title = t('feed.tag', { site: text.title, tag: getTagName(tag, locale, content.tagNames) });
    channelPath = paths.tag(locale, tag.slug);
    selfPath = paths.tagFeed(locale, tag.slug);
  } else {
    const kind = scope.kind;
    title = t(kind === 'posts' ? 'feed.posts' : kind === 'ideas' ? 'feed.ideas' : 'feed.all', { site: text.title });
    channelPath = kind ? paths.list(kind, locale) : paths.home(locale);
    selfPath = paths.feed(locale, kind);
  }
  return rss({
    title: toXmlText(title),
    description: text.tagline,
    site: toAbsoluteUrl(channelPath, siteUrl),
    items: await buildFeedItems(entries, locale, content, siteUrl),
    // atom:link rel="self" lets readers and validators know the feed's own address (RSS Advisory Board best practice).
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${getLang(locale)}</language>` +
      `<atom:link href="${toAbsoluteUrl(selfPath, siteUrl)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: resolveTrailingSlash() === 'always',
    // Opened in a browser, the feed shows as a readable page in its language.
    stylesheet: paths.feedStyle(locale),
  });
}
