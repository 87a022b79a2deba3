import type { APIRoute } from 'astro';
import { getLang, localeInfo, type Locale } from '@/i18n/locales';
import { paths } from '@/i18n/paths';
import { useTranslations } from '@/i18n/ui';
import { buildFeedStylesheet } from '@/lib/feed-style';
import { getLocalePaths } from '@/lib/routes';

export const getStaticPaths = getLocalePaths;

/** `/{locale}/rss.xsl`: the feeds' stylesheet, in the locale's words. */
export const GET: APIRoute<{ locale: Locale }> = ({ props }) => {
  const { t } = useTranslations(props.locale);
  const xsl = buildFeedStylesheet({
    lang: getLang(props.locale),
    note: t('feed.styleNote'),
    back: t('feed.styleBack'),
    dateStyle: localeInfo[props.locale].feedDateStyle,
    icon: paths.asset('/favicon.svg'),
  });
  return new Response(xsl, { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
};
