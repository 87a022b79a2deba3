import type { APIRoute } from 'astro';
import { getLang, locales, type Locale } from '@/i18n/locales';
import { formatDate } from '@/lib/dates';
import type { EntryKind } from '@/lib/entries';
import { getEntryBySlug, getSiteContent } from '@/lib/posts';
import { getSocialCard } from '@/lib/social-card';
import { site } from '@/site.config';

/** One card per language version that exists (fallback pages use the original's). */
export async function getStaticPaths() {
  const content = await getSiteContent();
  return (['posts', 'ideas'] as const).flatMap((kind) =>
    content.entries[kind].flatMap((entry) =>
      locales
        .filter((locale) => entry.versions[locale])
        .map((locale) => ({ params: { locale, kind, slug: entry.slug }, props: { locale, kind, slug: entry.slug } })),
    ),
  );
}

/** Cards are cached across builds here, keyed by their content. */
const CACHE_DIR = 'node_modules/.cache/social-cards';

export const GET: APIRoute<{ locale: Locale; kind: EntryKind; slug: string }> = async ({ props }) => {
  const content = await getSiteContent();
  const version = getEntryBySlug(content, props.kind, props.slug)!.versions[props.locale]!;
  const png = await getSocialCard(
    {
      title: version.source.data.title,
      date: formatDate(version.pubDate, props.locale),
      siteName: site.text[props.locale].title,
      lang: getLang(props.locale),
    },
    CACHE_DIR,
  );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
