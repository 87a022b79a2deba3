import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getBuildTime, getBuildYear, shouldShowFuture } from '@/lib/build-info';
import { getPageSize } from '@/lib/page-size';
import { site } from '@/site.config';
import { getContentRoot } from '@/lib/content-root';

describe('getBuildYear', () => {
  it('reads SOURCE_DATE_EPOCH in UTC', () => {
    expect(getBuildYear({ SOURCE_DATE_EPOCH: '1767225599' })).toBe(2025);
    expect(getBuildYear({ SOURCE_DATE_EPOCH: '1767225600' })).toBe(2026);
  });

  it('rejects a malformed SOURCE_DATE_EPOCH', () => {
    expect(() => getBuildYear({ SOURCE_DATE_EPOCH: 'soon' })).toThrow('SOURCE_DATE_EPOCH must be whole seconds since 1970, got "soon".');
  });
});

describe('getBuildTime', () => {
  it('reads SOURCE_DATE_EPOCH as seconds', () => {
    expect(getBuildTime({ SOURCE_DATE_EPOCH: '1907744400' }).toISOString()).toBe('2030-06-15T09:00:00.000Z');
  });

  it('is now without it', () => {
    const before = Date.now();
    const time = getBuildTime({}).getTime();
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(Date.now());
  });

  it('rejects a malformed SOURCE_DATE_EPOCH', () => {
    expect(() => getBuildTime({ SOURCE_DATE_EPOCH: '-5' })).toThrow('SOURCE_DATE_EPOCH must be whole seconds since 1970, got "-5".');
  });
});

describe('shouldShowFuture', () => {
  it('follows BLOG_SHOW_FUTURE, else the setting', () => {
    expect(shouldShowFuture(false, {})).toBe(false);
    expect(shouldShowFuture(true, {})).toBe(true);
    expect(shouldShowFuture(false, { BLOG_SHOW_FUTURE: '1' })).toBe(true);
    expect(shouldShowFuture(true, { BLOG_SHOW_FUTURE: 'false' })).toBe(false);
    expect(() => shouldShowFuture(false, { BLOG_SHOW_FUTURE: 'yes' })).toThrow('BLOG_SHOW_FUTURE must be 1, 0, true or false, got "yes".');
  });
});

describe('getPageSize', () => {
  it('is the setting unless BLOG_PAGE_SIZE is set', () => {
    expect(getPageSize('ideas', {})).toBe(site.pageSize.ideas);
    expect(getPageSize('posts', { BLOG_PAGE_SIZE: '3' })).toBe(3);
    expect(getPageSize('tags', { BLOG_PAGE_SIZE: '3' })).toBe(3);
  });

  it('rejects a size that is not a whole number of at least 1', () => {
    for (const value of ['0', '2.5', 'ten']) {
      expect(() => getPageSize('posts', { BLOG_PAGE_SIZE: value })).toThrow(
        `BLOG_PAGE_SIZE must be a whole number of entries ≥ 1, got "${value}".`,
      );
    }
  });
});

describe('getContentRoot', () => {
  it('defaults to src/content', () => {
    const project = mkdtempSync(join(tmpdir(), 'proj-'));
    expect(() => getContentRoot({}, project)).toThrow(`Content root "${join(project, 'src/content')}" is not a folder.`);
  });

  it('resolves BLOG_CONTENT_DIR relative to the project, or absolute', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    expect(getContentRoot({ BLOG_CONTENT_DIR: dir }, '/somewhere')).toBe(dir);
    mkdirSync(join(dir, 'site-content'));
    expect(getContentRoot({ BLOG_CONTENT_DIR: 'site-content' }, dir)).toBe(join(dir, 'site-content'));
  });
});
