import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getLang, type Locale } from '@/i18n/locales';
import { useTranslations } from '@/i18n/ui';
import type { EntryKind } from '@/lib/entries';
import { site as settings } from '@/site.config';
import { paths, toAbsoluteUrl } from '@/i18n/paths';
import { toFeedHtml, toXmlText } from '@/lib/feed';
import { getDescription, getEntryTags, getSiteContent, type ListedEntry, type SiteContent } from '@/lib/posts';
import { getTagName } from '@/lib/tags';

let container: Promise<AstroContainer> | undefined;

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
  const renderer = await getContainer();
  return Promise.all(
    items.map(async (item) => {
      const link = toAbsoluteUrl(paths.entry(item.entry.kind, locale, item.entry.slug), site);
      const { Content } = await render(item.version.source);
      const html = await renderer.renderToString(Content);
      return {
        title: toXmlText(item.version.source.data.title),
        link,
        pubDate: item.version.pubDate,
        description: toXmlText(getDescription(item.version.source)),
        // An untranslated entry keeps its own language inside the other locale's feed.
        content: toXmlText(toFeedHtml(item.isFallback ? `<div lang="${getLang(item.version.locale)}">${html}</div>` : html, link)),
        categories: getEntryTags(content, item.entry).map((tag) => toXmlText(getTagName(tag, locale, content.tagNames))),
      } satisfies RSSFeedItem;
    }),
  );
}

/**
 * Builds one RSS 2.0 feed response (RSS 2.0 specification, rssboard.org):
 * the newest `site.feedSize` public entries of a locale, posts and ideas or one kind.
 * @param locale the feed's locale
 * @param kind `posts`, `ideas`, or undefined for both
 * @param siteUrl the site's origin (`context.site`)
 * @throws {Error} when the site URL is not configured
 */
export async function createFeedResponse(locale: Locale, kind: EntryKind | undefined, siteUrl: URL | undefined): Promise<Response> {
  if (!siteUrl) throw new Error('Feeds need `site` in astro.config.ts (or SITE_URL) to make absolute links.');
  const content = await getSiteContent();
  const text = settings.text[locale];
  const { t } = useTranslations(locale);
  const list = content.lists[locale][kind ?? 'all'].slice(0, settings.feedSize);
  const key = kind === 'posts' ? 'feed.posts' : kind === 'ideas' ? 'feed.ideas' : 'feed.all';
  return rss({
    title: t(key, { site: text.title }),
    description: text.tagline,
    site: toAbsoluteUrl(kind ? paths.list(kind, locale) : paths.home(locale), siteUrl),
    items: await buildFeedItems(list, locale, content, siteUrl),
    // atom:link rel="self" lets readers and validators know the feed's own address (RSS Advisory Board best practice).
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${getLang(locale)}</language>` +
      `<atom:link href="${toAbsoluteUrl(paths.feed(locale, kind), siteUrl)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
}
