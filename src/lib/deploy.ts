import { site } from '../site.config';

/** The trailing-slash policy of page URLs (see `SiteConfig.trailingSlash`). */
export type TrailingSlash = 'always' | 'never';

/**
 * The base path the site is served under: `site.base`, or the environment
 * variable `BASE_PATH` when set. Normalised to start and end with one slash
 * (`blog` → `/blog/`; `` and `/` → `/`).
 * @param env the environment, normally `process.env`
 * @returns the base path, `/` or `/segment/…/`
 * @throws {Error} when a segment holds anything but RFC 3986 unreserved
 *   characters (letters A–Z, digits, `-`, `.`, `_`, `~`), or is `.` or `..`: a
 *   base is a plain path, not a URL (Astro's preview and its routing do not
 *   handle percent-encoded or non-ASCII bases)
 */
export function resolveBase(env: Record<string, string | undefined> = process.env): string {
  const raw = env['BASE_PATH'] ?? site.base;
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  const segments = trimmed === '' ? [] : trimmed.split(/\/+/);
  if (segments.some((segment) => !/^[A-Za-z0-9._~-]+$/.test(segment) || segment === '.' || segment === '..')) {
    throw new Error(
      `The base path "${raw}" must be a plain path of letters A–Z, digits, "-", ".", "_" and "~", such as /blog/ (BASE_PATH or base in src/site.config.ts).`,
    );
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/**
 * The trailing-slash policy: `site.trailingSlash`, or the environment
 * variable `TRAILING_SLASH` (`always` or `never`) when set.
 * @param env the environment, normally `process.env`
 * @throws {Error} on any other value, naming the setting and the allowed values
 */
export function resolveTrailingSlash(env: Record<string, string | undefined> = process.env): TrailingSlash {
  const value = env['TRAILING_SLASH'] ?? site.trailingSlash;
  if (value !== 'always' && value !== 'never') {
    throw new Error(`TRAILING_SLASH / trailingSlash in src/site.config.ts is "${value}": expected "always" or "never".`);
  }
  return value;
}
