import { site } from '../site.config';

/** The trailing-slash policy of page URLs (see `SiteConfig.trailingSlash`). */
export type TrailingSlash = 'always' | 'never';

/**
 * The base path the site is served under: `site.base`, or the environment
 * variable `BASE_PATH` when set. Normalised to start and end with one slash
 * (`blog` → `/blog/`; `` and `/` → `/`).
 * @param env the environment, normally `process.env`
 * @returns the base path, `/` or `/segment/…/`
 * @throws {Error} when it holds `?`, `#`, `..` or a scheme (`https://`): a base is a path, not a URL
 */
export function resolveBase(env: Record<string, string | undefined> = process.env): string {
  const raw = env['BASE_PATH'] ?? site.base;
  if (/[?#]|\.\.|:\/\//.test(raw)) throw new Error(`The base path "${raw}" must be a plain path such as /blog/ (BASE_PATH or base in src/site.config.ts).`);
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
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
