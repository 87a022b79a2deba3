import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEntryId, parseEntryPath, splitEntryId } from '@/lib/entry-id';
import {
  createIdRegistry,
  createLocaleFileRegistry,
  sortOutFiles,
  findImageProblems,
  findStrayContentFiles,
  readFrontMatter,
} from '@/lib/entry-loader';

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
  it('keeps dates and numbers as written, booleans as booleans', () => {
    expect(
      readFrontMatter('---\ntitle: 1.10\npubDate: 2025-02-30\ntags: [Go, 随笔, 0x10, 007]\ndraft: true\ntoc: null\n---\nBody'),
    ).toEqual({
      title: '1.10',
      pubDate: '2025-02-30',
      tags: ['Go', '随笔', '0x10', '007'],
      draft: true,
      toc: null,
    });
  });

  it('returns nothing for a file without front matter', () => {
    expect(readFrontMatter('# Just a heading')).toEqual({});
  });

  it('rejects front matter that is not a mapping', () => {
    expect(() => readFrontMatter('---\n- a\n- b\n---\n')).toThrow('front matter must be a mapping of keys to values');
  });
});

function makeTree(files: Record<string, string>): string {
  const base = mkdtempSync(join(tmpdir(), 'tree-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(base, path, '..'), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  return base;
}

describe('createIdRegistry across languages', () => {
  it('fails on two folders that give one slug, even in different languages', () => {
    const base = makeTree({ 'Hello/en.md': 'a', 'hello/zh.md': 'b' });
    const toId = createIdRegistry(base);
    expect(toId('Hello/en.md')).toBe('hello/en');
    expect(() => toId('hello/zh.md')).toThrow(
      `Two files give the same slug "hello" from two folders: ${join(base, 'Hello/en.md')} and ${join(base, 'hello/zh.md')}.`,
    );
  });

  it('pairs the two languages of one folder', () => {
    const base = makeTree({ 'a b/en.md': 'a', 'a b/zh.md': 'b' });
    const toId = createIdRegistry(base);
    expect([toId('a b/en.md'), toId('a b/zh.md')]).toEqual(['a-b/en', 'a-b/zh']);
  });
});

describe('findStrayContentFiles', () => {
  it('lists Markdown-looking files the loader would not read', () => {
    const base = makeTree({
      'ok/en.md': '',
      'ok/zh.mdx': '',
      'loud/en.MD': '',
      'long/en.markdown': '',
      '.hidden/en.md': '',
      'ok/cover.png': '',
    });
    expect(findStrayContentFiles(base)).toEqual(['.hidden/en.md', 'long/en.markdown', 'loud/en.MD']);
  });
});

describe('sortOutFiles', () => {
  const base = makeTree({
    'past/en.md': '---\ntitle: P\npubDate: 2026-03-01\n---\n',
    'soon/en.md': '---\ntitle: S\npubDate: 2026-03-01T10:00:01\n---\n',
    'soon/zh.md': '---\ntitle: S\npubDate: 2026-03-01T10:00:00\n---\n',
    'draft/en.md': '---\ntitle: D\npubDate: 2020-01-01\ndraft: true\n---\n',
    'broken/en.md': '---\ntitle: B\npubDate: 2026-02-30\n---\n',
    'yaml/en.md': '---\ntitle: [unclosed\ndraft: true\n---\n',
  });
  const buildTime = new Date(Date.UTC(2026, 2, 1, 10, 0, 0));

  it('leaves out drafts and files dated after the build time; keeps those dated at it and those that do not parse', () => {
    expect(sortOutFiles(base, { includeDrafts: false, publishedBy: buildTime })).toEqual({
      hidden: ['draft/en.md', 'soon/en.md'],
      readable: ['broken/en.md', 'past/en.md', 'soon/zh.md', 'yaml/en.md'],
    });
  });

  it('keeps drafts in dev and scheduled files when the future is shown', () => {
    expect(sortOutFiles(base, { includeDrafts: true, publishedBy: buildTime }).hidden).toEqual(['soon/en.md']);
    expect(sortOutFiles(base, { includeDrafts: false, publishedBy: undefined }).hidden).toEqual(['draft/en.md']);
    expect(sortOutFiles(base, { includeDrafts: true, publishedBy: undefined }).hidden).toEqual([]);
  });
});

describe('findImageProblems', () => {
  const base = makeTree({ 'a/en.md': '', 'a/there.png': '', 'a/a(1).png': '', 'a/100%.png': '', 'a/my pic.png': '' });
  const file = join(base, 'a/en.md');

  it('names a missing cover and missing images in the text', () => {
    expect(
      findImageProblems(
        file,
        { heroImage: './there.png' },
        '![ok](./there.png) ![no](./gone.png) ![bare](gone2.png) ![web](https://example.com/x.png) ![site](/x.png)',
      ),
    ).toEqual([
      'image "./gone.png" in the text does not exist beside the file',
      'image "gone2.png" in the text does not exist beside the file',
    ]);
    expect(findImageProblems(file, { heroImage: './nope.png' }, '')).toEqual(['heroImage: "./nope.png" does not exist beside the file']);
    expect(findImageProblems(file, { heroImage: 'nope.png' }, '')).toEqual(['heroImage: "nope.png" does not exist beside the file']);
  });

  it('ignores image syntax in code and comments', () => {
    const body = '```md\n![x](./nope.png)\n```\n\nInline `![y](./nope2.png)` code.\n\n<!-- ![z](./old.png) -->\n';
    expect(findImageProblems(file, {}, body)).toEqual([]);
  });

  it('finds files whose names have parentheses, spaces or a percent sign', () => {
    expect(findImageProblems(file, {}, '![a](./a(1).png) ![b](<./my pic.png>) ![c](./my%20pic.png) ![d](./100%.png)')).toEqual([]);
  });

  it('refuses media in raw HTML that name a file by a relative path, which the build neither processes nor copies', () => {
    // (found by the review: the page pointed at a file that was not in the site)
    const body = [
      'Text <img src="./there.png" alt="x"> and <IMG SRC=\'pic.png\'>.',
      '',
      '<video poster="./still.jpg"><source src="clip.mp4" type="video/mp4"></video>',
      '',
      '<picture><source srcset="./a.webp 1x, ./b.webp 2x"><img src="/site/ok.png"></picture>',
      '',
      '<img src="https://example.com/ok.png"> <img src="data:image/png;base64,AAAA">',
      '',
      '```html',
      '<img src="./in-code.png">',
      '```',
    ].join('\n');
    expect(findImageProblems(file, {}, body)).toEqual([
      '<img> in raw HTML names "./there.png", which the build does not copy: write it as ![…](./there.png), or put the file in public/ and use a /path',
      '<img> in raw HTML names "pic.png", which the build does not copy: write it as ![…](pic.png), or put the file in public/ and use a /path',
      '<video> in raw HTML names "./still.jpg", which the build does not copy: put the file in public/ and use a /path',
      '<source> in raw HTML names "clip.mp4", which the build does not copy: put the file in public/ and use a /path',
      '<source> in raw HTML names "./a.webp", which the build does not copy: put the file in public/ and use a /path',
      '<source> in raw HTML names "./b.webp", which the build does not copy: put the file in public/ and use a /path',
    ]);
  });

  it('refuses reference-style images, which the build does not process', () => {
    expect(findImageProblems(file, {}, '![x][ref]\n\n[ref]: ./there.png\n')).toEqual([
      'reference-style image "./there.png" is not processed by the build: write it inline, ![…](./there.png)',
    ]);
  });
});

describe('createLocaleFileRegistry', () => {
  it('takes the locale as the id and refuses anything else', () => {
    const base = makeTree({ 'en.md': '', 'en.mdx': '' });
    const toId = createLocaleFileRegistry(base);
    expect(toId('en.md')).toBe('en');
    expect(() => toId('en.mdx')).toThrow(
      `Two files give the same page "en": ${join(base, 'en.md')} and ${join(base, 'en.mdx')}. Keep one of them.`,
    );
    expect(() => toId('fr.md')).toThrow(
      `Content file "${join(base, 'fr.md')}" is not named by a locale: expected en.md or zh.md directly in ${base}. Rename it, or move it out of that folder.`,
    );
    expect(() => toId('old/en.md')).toThrow('is not named by a locale');
  });
});

describe('readFrontMatter with odd delimiters', () => {
  it('accepts trailing spaces after the dashes, a BOM and CRLF', () => {
    expect(readFrontMatter('\uFEFF--- \r\ntitle: T\r\n---  \r\nBody')).toEqual({ title: 'T' });
  });
});
