import type { EntryKind } from '@/lib/entries';
import type { Locale } from '@/i18n/locales';
import { resolveTrailingSlash, type TrailingSlash } from '@/lib/deploy';

/**
 * Every URL of the site is built here, so the base path and the
 * trailing-slash policy (`always`: `/en/posts/`; `never`: `/en/posts`; set by
 * `trailingSlash` in src/site.config.ts) are applied in one place. The
 * examples below are for `always`.
 * Path segments are percent-encoded (RFC 3986 §2.1), so a tag such as
 * `人工智能` gives `/zh/tags/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/`, which
 * browsers show as `/zh/tags/人工智能/`.
 */
export interface Paths {
  /** `/en/` */
  home(locale: Locale): string;
  /** `/en/posts/`, `/en/posts/2/` */
  list(kind: EntryKind, locale: Locale, page?: number): string;
  /** `/en/posts/2024/gc-notes/` */
  entry(kind: EntryKind, locale: Locale, slug: string): string;
  /** `/en/tags/` */
  tags(locale: Locale): string;
  /** `/en/tags/go/`, `/en/tags/go/2/` */
  tag(locale: Locale, tagSlug: string, page?: number): string;
  /** `/en/bio/` */
  bio(locale: Locale): string;
  /** `/zh/404/`: a locale's not-found page. */
  notFound(locale: Locale): string;
  /** `/en/rss.xml` (all entries), `/en/posts/rss.xml` */
  feed(locale: Locale, kind?: EntryKind): string;
  /** `/en/tags/go/rss.xml` */
  tagFeed(locale: Locale, tagSlug: string): string;
  /** `/en/rss.xsl`: the stylesheet a browser applies to the locale's feeds. */
  feedStyle(locale: Locale): string;
  /** `/og/en/posts/2024/gc-notes.png`: an entry version's social card. */
  socialCard(locale: Locale, kind: EntryKind, slug: string): string;
  /** A file under `public/`: `/avatar.svg` → `/blog/avatar.svg` under a base. */
  asset(path: string): string;
  /**
   * The page URL of a request path as Astro reports it (`Astro.url.pathname`,
   * which under `never` is the written file: `/en/posts/x.html`): `.html` and
   * `index` dropped, the slash policy applied.
   */
  page(pathname: string): string;
  /** The base folder, always ending with `/` whatever the policy (a prefix, and where the language redirect lives): `/` or `/blog/`. */
  root(): string;
}

/**
 * Makes the path builders for a base path and a trailing-slash policy.
 * @param base the deploy base (`/` or `/blog` or `/blog/`), as in Astro's `base`
 * @param trailingSlash `always` (page URLs end with `/`) or `never` (they do
 *   not, except the bare root `/`)
 */
export function createPaths(base: string, trailingSlash: TrailingSlash = 'always'): Paths {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  // Pages ask for the same few thousand paths again and again (every list links every entry).
  const built = new Map<string, string>();
  const dir = (...segments: string[]): string => {
    const key = segments.join('\0');
    let path = built.get(key);
    if (path === undefined) {
      path = `${prefix}/${segments
        .flatMap((s) => s.split('/'))
        .filter(Boolean)
        .map(encodeURIComponent)
        .join('/')}/`.replace(/\/{2,}/g, '/');
      if (trailingSlash === 'never' && path !== '/') path = path.slice(0, -1);
      built.set(key, path);
    }
    return path;
  };
  const file = (...segments: string[]): string => (trailingSlash === 'never' ? dir(...segments) : dir(...segments).replace(/\/$/, ''));
  const pageSuffix = (page: number | undefined): string[] => (page && page > 1 ? [String(page)] : []);
  return {
    home: (locale) => dir(locale),
    list: (kind, locale, page) => dir(locale, kind, ...pageSuffix(page)),
    entry: (kind, locale, slug) => dir(locale, kind, slug),
    tags: (locale) => dir(locale, 'tags'),
    tag: (locale, tagSlug, page) => dir(locale, 'tags', tagSlug, ...pageSuffix(page)),
    bio: (locale) => dir(locale, 'bio'),
    notFound: (locale) => dir(locale, '404'),
    feed: (locale, kind) => file(locale, ...(kind ? [kind] : []), 'rss.xml'),
    tagFeed: (locale, tagSlug) => file(locale, 'tags', tagSlug, 'rss.xml'),
    feedStyle: (locale) => file(locale, 'rss.xsl'),
    socialCard: (locale, kind, slug) => `${file('og', locale, kind, slug)}.png`,
    asset: (path) => file(path),
    root: () => `${prefix}/`,
    page: (pathname) => {
      const path = pathname.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
      if (trailingSlash === 'always') return path.endsWith('/') ? path : `${path}/`;
      return path === '/' ? path : path.replace(/\/+$/, '');
    },
  };
}

/** Path builders for this build's base (`import.meta.env.BASE_URL`). */
export const paths: Paths = createPaths(import.meta.env.BASE_URL ?? '/', resolveTrailingSlash());

/**
 * Makes a site path absolute (for feeds, canonical links, Open Graph).
 * @param path a path that starts with `/` (already carrying the base)
 * @param site the origin, e.g. `https://blog.example.com`
 */
export function toAbsoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
