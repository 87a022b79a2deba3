import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEntryId, parseEntryPath, splitEntryId } from '@/lib/entry-id';
import { createIdRegistry, readFrontMatter } from '@/lib/entry-loader';

describe('parseEntryPath', () => {
  it.each([
    ['hello/en.md', { slug: 'hello', locale: 'en' }],
    ['2024/gc-notes/zh.mdx', { slug: '2024/gc-notes', locale: 'zh' }],
    ['Big Ideas/en.md', { slug: 'big-ideas', locale: 'en' }],
    ['笔记/zh.md', { slug: '笔记', locale: 'zh' }],
  ])('%s → %j', (path, location) => {
    expect(parseEntryPath(path)).toEqual(location);
  });

  it('rejects a file not named by a locale', () => {
    expect(() => parseEntryPath('hello/index.md')).toThrow(
      'Content file "hello/index.md" is not named by a locale: expected <slug>/<locale>.md or .mdx with <locale> one of en, zh.',
    );
  });

  it('rejects a file outside an entry folder', () => {
    expect(() => parseEntryPath('en.md')).toThrow('Content file "en.md" is not in an entry folder');
  });

  it('round-trips ids', () => {
    expect(buildEntryId({ slug: '2024/gc-notes', locale: 'zh' })).toBe('2024/gc-notes/zh');
    expect(splitEntryId('2024/gc-notes/zh')).toEqual({ slug: '2024/gc-notes', locale: 'zh' });
    expect(() => splitEntryId('gc-notes')).toThrow('"gc-notes" is not an entry id');
  });
});

describe('createIdRegistry', () => {
  it('fails on two files with one id, naming both', () => {
    const base = mkdtempSync(join(tmpdir(), 'ids-'));
    for (const folder of ['Hello', 'hello']) {
      mkdirSync(join(base, folder));
      writeFileSync(join(base, folder, 'en.md'), '---\ntitle: x\n---\n');
    }
    const toId = createIdRegistry(base);
    expect(toId('hello/en.md')).toBe('hello/en');
    expect(toId('hello/en.md')).toBe('hello/en');
    expect(() => toId('Hello/en.md')).toThrow(
      `Two files give the same entry "hello/en": ${join(base, 'Hello/en.md')} and ${join(base, 'hello/en.md')}.`,
    );
  });
});

describe('readFrontMatter', () => {
  it('keeps dates as written', () => {
    expect(readFrontMatter('---\ntitle: T\npubDate: 2025-02-30\ntags: [Go, 随笔]\n---\nBody')).toEqual({
      title: 'T',
      pubDate: '2025-02-30',
      tags: ['Go', '随笔'],
    });
  });

  it('returns nothing for a file without front matter', () => {
    expect(readFrontMatter('# Just a heading')).toEqual({});
  });

  it('rejects front matter that is not a mapping', () => {
    expect(() => readFrontMatter('---\n- a\n- b\n---\n')).toThrow('front matter must be a mapping of keys to values');
  });
});
