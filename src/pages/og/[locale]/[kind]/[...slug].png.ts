import type { APIRoute } from 'astro';
import { getLang, locales, type Locale } from '@/i18n/locales';
import { paths } from '@/i18n/paths';
import { formatDate } from '@/lib/dates';
import type { EntryKind } from '@/lib/entries';
import { getEntryBySlug, getSiteContent, type SiteEntry } from '@/lib/posts';
import { getSocialCard, type CardContent } from '@/lib/social-card';
import { CARD_CACHE_DIR, getCardQueue } from '@/lib/social-cards';
import { site } from '@/site.config';

/** What the card of one language version shows. */
function cardOf(entry: SiteEntry, locale: Locale): CardContent {
  const version = entry.versions[locale]!;
  return {
    title: version.source.data.title,
    date: formatDate(version.pubDate, locale),
    siteName: site.text[locale].title,
    lang: getLang(locale),
  };
}

/**
 * One card per language version that exists (fallback pages use the
 * original's). In `astro build` the cards go to the social-cards integration
 * instead, which draws them on worker threads while pages render and writes
 * them at the same URLs; so the build lists no paths here. The dev server
 * draws a card when it is requested.
 */
export async function getStaticPaths() {
  const content = await getSiteContent();
  const versions = (['posts', 'ideas'] as const).flatMap((kind) =>
    content.entries[kind].flatMap((entry) => locales.filter((locale) => entry.versions[locale]).map((locale) => ({ kind, entry, locale }))),
  );
  const queue = getCardQueue();
  if (queue) {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    for (const { kind, entry, locale } of versions) queue.add(paths.socialCard(locale, kind, entry.slug).slice(base.length), cardOf(entry, locale));
    return [];
  }
  return versions.map(({ kind, entry, locale }) => ({ params: { locale, kind, slug: entry.slug }, props: { locale, kind, slug: entry.slug } }));
}

export const GET: APIRoute<{ locale: Locale; kind: EntryKind; slug: string }> = async ({ props }) => {
  const content = await getSiteContent();
  const png = await getSocialCard(cardOf(getEntryBySlug(content, props.kind, props.slug)!, props.locale), CARD_CACHE_DIR);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
