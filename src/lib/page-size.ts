import { site } from '@/site.config';

/** A paginated list: posts, ideas or one tag's entries. */
export type PagedList = keyof typeof site.pageSize;

/**
 * Entries per page of a list: `BLOG_PAGE_SIZE` (one size for every list) when
 * set, else `site.pageSize[list]`. The variable lets a build (or a test) page
 * differently without editing the settings.
 * @param list posts, ideas or tags
 * @param env the environment, normally `process.env`
 * @returns an integer ≥ 1
 * @throws {Error} when BLOG_PAGE_SIZE is set but not a whole number ≥ 1
 */
export function getPageSize(list: PagedList, env: Record<string, string | undefined> = process.env): number {
  const value = env['BLOG_PAGE_SIZE']?.trim();
  if (value === undefined || value === '') return site.pageSize[list];
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`BLOG_PAGE_SIZE must be a whole number of entries ≥ 1, got "${value}".`);
  return Number(value);
}
