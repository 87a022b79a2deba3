import { describe, expect, it } from 'vitest';
import { getFileLocale, localizeFootnotes } from '@/lib/footnotes';

describe('getFileLocale', () => {
  it('reads the locale from the file name', () => {
    expect(getFileLocale(new URL('file:///site/posts/2024/gc-notes/zh.md'))).toBe('zh');
    expect(getFileLocale(new URL('file:///site/posts/a/en.mdx'))).toBe('en');
    expect(getFileLocale(new URL('file:///site/posts/a/index.md'))).toBeUndefined();
    expect(getFileLocale(undefined)).toBeUndefined();
  });
});

describe('localizeFootnotes', () => {
  const factory = localizeFootnotes as (ctx: { fileURL: URL | undefined; source: string }) => { name: string } | null;

  it('runs only on files with footnotes', () => {
    expect(factory({ fileURL: new URL('file:///p/zh.md'), source: 'No notes here.' })).toBeNull();
    expect(factory({ fileURL: new URL('file:///p/zh.md'), source: 'A note.[^1]\n\n[^1]: Text.' })?.name).toBe('localize-footnotes');
  });
});
