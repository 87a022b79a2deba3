import { defineMiddleware } from 'astro:middleware';
import { hasPageListeners, reportRenderedPage } from '@/lib/rendered-pages';

/**
 * In `astro build`, hands every rendered HTML page to the integrations that
 * listen (src/lib/rendered-pages.ts): the search index and the CSP hashes
 * read pages while Astro renders the rest. Elsewhere (dev, nobody listening)
 * it passes the response through untouched.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!hasPageListeners() || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  reportRenderedPage({ pathname: context.url.pathname, html });
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
