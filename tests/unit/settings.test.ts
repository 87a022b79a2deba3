import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getBuildYear } from '@/lib/build-info';
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
