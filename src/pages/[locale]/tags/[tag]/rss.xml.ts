import type { APIRoute } from 'astro';
import type { Locale } from '@/i18n/locales';
import { createFeedResponse } from '@/lib/feed-items';
import { getTagFeedPaths } from '@/lib/routes';

export const getStaticPaths = getTagFeedPaths;

export const GET: APIRoute<{ locale: Locale; tagSlug: string }> = ({ props, site }) =>
  createFeedResponse(props.locale, { tagSlug: props.tagSlug }, site);
