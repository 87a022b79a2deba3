import { describe, expect, it } from 'vitest';
import { buildTagIndex, getTagName, getTagSlug, getTagWeight } from '@/lib/tags';

describe('getTagSlug', () => {
  it.each([
    ['LLM', 'llm'],
    ['llm', 'llm'],
    ['Machine Learning', 'machine-learning'],
    ['machine-learning', 'machine-learning'],
    ['  Go  ', 'go'],
    ['人工智能', '人工智能'],
    ['随笔', '随笔'],
    ['C#', 'c-sharp'],
    ['C++', 'c-plus-plus'],
    ['.NET', 'dot-net'],
    ['node.js', 'node-dot-js'],
    ['a/b', 'a-slash-b'],
    ['a?b', 'a-question-b'],
    ['a b', 'a-b'],
    ['100%', '100-percent'],
    ['🚀', 'u1f680'],
    ['Ｇｏ', 'go'],
  ])('%j → %j', (name, slug) => {
    expect(getTagSlug(name)).toBe(slug);
  });

  it('gives distinct slugs to tags that differ only by #, /, ?, . or a space', () => {
    const names = ['C', 'C#', 'C++', 'ab', 'a/b', 'a?b', 'a.b', 'a b', 'NET', '.NET'];
    const slugs = names.map(getTagSlug);
    expect(new Set(slugs).size).toBe(names.length);
  });

  it('rejects an empty tag', () => {
    expect(() => getTagSlug('   ')).toThrow('A tag cannot be empty.');
  });
});

describe('buildTagIndex', () => {
  const entries = [
    { id: 'a', tags: ['LLM', 'Go'] },
    { id: 'b', tags: ['llm', 'llm'] },
    { id: 'c', tags: ['llm', '人工智能'] },
    { id: 'd', tags: [] },
  ];
  const tags = buildTagIndex(entries, (e) => e.tags);

  it('merges spellings that share a slug and counts each entry once', () => {
    expect(tags.map((t) => [t.slug, t.entries.map((e) => e.id)])).toEqual([
      ['llm', ['a', 'b', 'c']],
      ['go', ['a']],
      ['人工智能', ['c']],
    ]);
  });

  it('shows the most used spelling', () => {
    expect(tags[0]!.name).toBe('llm');
    expect(tags[0]!.spellings).toEqual({ LLM: 1, llm: 3 });
  });

  it('breaks spelling ties by code point order', () => {
    const [tag] = buildTagIndex([{ tags: ['go'] }, { tags: ['Go'] }], (e) => e.tags);
    expect(tag!.name).toBe('Go');
  });

  it('uses the per-locale display name from tags.yaml when there is one', () => {
    const names = { llm: { zh: '大语言模型' } };
    expect(getTagName(tags[0]!, 'zh', names)).toBe('大语言模型');
    expect(getTagName(tags[0]!, 'en', names)).toBe('llm');
  });
});

describe('getTagWeight', () => {
  it('maps counts to 1–5 on a log scale', () => {
    expect([1, 2, 4, 8, 16].map((n) => getTagWeight(n, 16))).toEqual([1, 2, 3, 4, 5]);
    expect(getTagWeight(1, 1)).toBe(1);
  });
});
