import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { entrySchema } from '@/lib/schemas';

// The content layer's image() resolves files; here a path string stands in for it.
const schema = entrySchema((() => z.string()) as never);

function messages(input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('entrySchema', () => {
  it('fills defaults', () => {
    const data = schema.parse({ title: ' Hello ', pubDate: '2026-02-19' });
    expect(data).toEqual({
      title: 'Hello',
      pubDate: new Date('2026-02-19T00:00:00Z'),
      tags: [],
      draft: false,
      aiGenerated: false,
      toc: false,
    });
  });

  it('names an unknown key and lists the allowed ones', () => {
    expect(messages({ title: 'T', pubDate: '2026-01-01', tittle: 'x' })).toEqual([
      'tittle: unknown key; allowed keys are: title, description, pubDate, updatedDate, tags, draft, aiGenerated, toc, heroImage, series; correct its spelling or remove it',
    ]);
  });

  it('reports an unknown key together with the other problems', () => {
    expect(messages({ tittle: 'x', pubDate: '2026-01-01' })).toEqual([
      'title: is required: every entry needs a title; add one, e.g. title: "My first post"',
      'tittle: unknown key; allowed keys are: title, description, pubDate, updatedDate, tags, draft, aiGenerated, toc, heroImage, series; correct its spelling or remove it',
    ]);
  });

  it('drops nothing it knows and keeps no unknown key in the data', () => {
    const data = schema.parse({ title: 'T', pubDate: '2026-01-01', toc: true });
    expect(Object.keys(data).sort()).toEqual(['aiGenerated', 'draft', 'pubDate', 'tags', 'title', 'toc']);
  });

  it('says a missing title is required', () => {
    expect(messages({ pubDate: '2026-01-01' })).toEqual([
      'title: is required: every entry needs a title; add one, e.g. title: "My first post"',
    ]);
  });

  it('rejects an empty title', () => {
    expect(messages({ title: '  ', pubDate: '2026-01-01' })).toEqual(['title: must not be empty']);
  });

  it('says what date format is expected', () => {
    expect(messages({ title: 'T', pubDate: '2026-02-30' })).toEqual([
      'pubDate: "2026-02-30" is not a real date and time (check the month, the day and the hour)',
    ]);
    expect(messages({ title: 'T', pubDate: '19.02.2026' })).toEqual([
      'pubDate: "19.02.2026" is not a date written YYYY-MM-DD (2026-02-19) or an ISO 8601 timestamp (2026-02-19T08:30:00+08:00)',
    ]);
    expect(messages({ title: 'T' })).toEqual([
      'pubDate: is required: expected a date written YYYY-MM-DD (2026-02-19) or an ISO 8601 timestamp (2026-02-19T08:30:00+08:00)',
    ]);
  });

  it('takes numbers as text, for titles and tags YAML reads as numbers', () => {
    const data = schema.parse({ title: 2024, pubDate: '2024-01-01', tags: [2024, 'Go'] });
    expect([data.title, data.tags]).toEqual(['2024', ['2024', 'Go']]);
  });

  it('accepts an update later on the day of publication', () => {
    expect(messages({ title: 'T', pubDate: '2025-02-10T10:00:00+08:00', updatedDate: '2025-02-10' })).toEqual([]);
  });

  it('refuses an update dated before the publication', () => {
    expect(messages({ title: 'T', pubDate: '2025-12-31', updatedDate: '2025-06-01' })).toEqual([
      'updatedDate: is before pubDate: an update cannot come before the publication; set it on or after pubDate, or remove it',
    ]);
  });

  it('wants tags as a list and flags as booleans', () => {
    expect(messages({ title: 'T', pubDate: '2026-01-01', tags: 'go', draft: 'yes' })).toEqual([
      'tags: expected a list, e.g. [Go, 随笔]',
      'draft: expected true or false',
    ]);
  });
});
