import type { HastPluginEntry } from 'satteri';
import type { TrailingSlash } from '@/lib/deploy';

/**
 * Rewrites one site-absolute URL written in an entry for the deploy: the base
 * path goes in front (`/en/posts/hello/` → `/blog/en/posts/hello/`), and a
 * page path (last segment without a file extension) gets the site's
 * trailing-slash policy. The query and the fragment are kept. Other URLs
 * (`https:`, `mailto:`, `//host`, `./relative`, `#fragment`) and URLs that
 * already start with the base are returned unchanged.
 * @param url the URL as written
 * @param base the base path, normalised (`/` or `/blog/`)
 * @param trailingSlash the policy
 * @returns the URL to publish
 */
export function rebaseUrl(url: string, base: string, trailingSlash: TrailingSlash): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  if (base !== '/' && (url.startsWith(base) || url === base.slice(0, -1))) return url;
  const cut = url.search(/[?#]/);
  let path = cut < 0 ? url : url.slice(0, cut);
  const rest = cut < 0 ? '' : url.slice(cut);
  const last = path.slice(path.lastIndexOf('/') + 1);
  const isPage = !last.includes('.');
  if (isPage && path !== '/') {
    if (trailingSlash === 'always' && !path.endsWith('/')) path += '/';
    if (trailingSlash === 'never') path = path.replace(/\/+$/, '');
  }
  return `${base.slice(0, -1)}${path}${rest}`;
}

/**
 * A Sätteri hast plugin applying {@link rebaseUrl} to the links (`a href`)
 * and images (`img src`) written in entries, so an author can link
 * `/en/posts/hello/` and the link works under any base path and policy.
 * Links inside raw HTML or MDX JSX are not rewritten.
 * @param base the base path, normalised (`/` or `/blog/`)
 * @param trailingSlash the policy
 */
export function rebaseContentLinks(base: string, trailingSlash: TrailingSlash): HastPluginEntry {
  return () => ({
    name: 'rebase-content-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const attribute = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties[attribute];
        if (typeof value !== 'string') return;
        const rebased = rebaseUrl(value, base, trailingSlash);
        if (rebased !== value) ctx.setProperty(node, attribute, rebased);
      },
    },
  });
}
