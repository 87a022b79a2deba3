import type { APIRoute } from 'astro';
import { paths, toAbsoluteUrl } from '@/i18n/paths';
import { site } from '@/site.config';

/**
 * `robots.txt` (RFC 9309): everything may be crawled; the sitemap's address
 * (sitemaps.org protocol, "Informing search engine crawlers").
 */
export const GET: APIRoute = ({ site: configured }) => {
  const sitemap = toAbsoluteUrl(`${paths.root()}sitemap-index.xml`, configured ?? site.url);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
