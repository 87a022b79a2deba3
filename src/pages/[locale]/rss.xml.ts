import type { APIRoute } from 'astro';
import type { Locale } from '@/i18n/locales';
import { createFeedResponse } from '@/lib/feed-items';
import { getLocalePaths } from '@/lib/routes';

export const getStaticPaths = getLocalePaths;

export const GET: APIRoute<{ locale: Locale }> = ({ props, site }) => createFeedResponse(props.locale, {}, site);
