import { describe, expect, it } from 'vitest';
import {
  clampPage,
  countEntries,
  getLocalizedList,
  getNeighbours,
  indexOfSlug,
  groupByYear,
  localizeEntry,
  paginate,
  pairTranslations,
  type VersionInput,
} from '@/lib/entries';
import type { Locale } from '@/i18n/locales';

function version(slug: string, locale: Locale, day: string, extra: Partial<VersionInput<string>> = {}): VersionInput<string> {
  return {
    slug,
    locale,
    filePath: `posts/${slug}/${locale}.md`,
    pubDate: new Date(`${day}T00:00:00Z`),
    draft: false,
    tags: [],
    source: `${slug}/${locale}`,
    ...extra,
  };
}

const versions = [
  version('both', 'en', '2025-03-01', { tags: ['Go'] }),
  version('both', 'zh', '2025-03-01', { tags: ['go'] }),
  version('en-only', 'en', '2024-05-05'),
  version('zh-only', 'zh', '2026-01-02'),
  version('zh-first', 'zh', '2023-01-01'),
  version('zh-first', 'en', '2023-02-01'),
  version('draft', 'en', '2026-06-01', { draft: true }),
  version('half-draft', 'en', '2022-01-01', { draft: true }),
  version('half-draft', 'zh', '2022-01-01'),
];

describe('pairTranslations', () => {
  const entries = pairTranslations('posts', versions, false);

  it('pairs the files of one folder and drops drafts', () => {
    expect(entries.map((e) => [e.slug, Object.keys(e.versions).sort()])).toEqual([
      ['both', ['en', 'zh']],
      ['en-only', ['en']],
      ['half-draft', ['zh']],
      ['zh-first', ['en', 'zh']],
      ['zh-only', ['zh']],
    ]);
  });

  it('drops versions dated after the build time, keeping those dated at it', () => {
    const buildTime = new Date('2025-03-01T00:00:00Z');
    expect(pairTranslations('posts', versions, false, buildTime).map((e) => [e.slug, Object.keys(e.versions).sort()])).toEqual([
      ['both', ['en', 'zh']],
      ['en-only', ['en']],
      ['half-draft', ['zh']],
      ['zh-first', ['en', 'zh']],
    ]);
    expect(pairTranslations('posts', versions, false, new Date('2025-02-28T23:59:59Z')).map((e) => e.slug)).not.toContain('both');
  });

  it('keeps drafts in dev', () => {
    expect(pairTranslations('posts', versions, true).map((e) => e.slug)).toContain('draft');
  });

  it('takes the earliest version as the original, the default locale on a tie', () => {
    expect(Object.fromEntries(entries.map((e) => [e.slug, e.original]))).toEqual({
      both: 'en',
      'en-only': 'en',
      'half-draft': 'zh',
      'zh-first': 'zh',
      'zh-only': 'zh',
    });
  });

  it('collects every version’s tags', () => {
    expect(entries[0]!.tags).toEqual(['Go', 'go']);
  });

  it('rejects a slug that is only digits, naming the file', () => {
    expect(() => pairTranslations('posts', [version('2', 'en', '2025-01-01')], false)).toThrow(
      'posts/2/en.md: the folder name "2" is only digits, which clashes with list page 2.',
    );
  });
});

describe('localized lists', () => {
  const entries = pairTranslations('posts', versions, false);

  it('falls back to the original language when a locale has no version', () => {
    const item = localizeEntry(
      entries.find((e) => e.slug === 'en-only')!,
      'zh',
    );
    expect([item.isFallback, item.version.locale, item.locale]).toEqual([true, 'en', 'zh']);
    const own = localizeEntry(
      entries.find((e) => e.slug === 'both')!,
      'zh',
    );
    expect([own.isFallback, own.version.locale]).toEqual([false, 'zh']);
  });

  it('lists every entry under both locales, newest first', () => {
    expect(getLocalizedList(entries, 'en').map((i) => i.entry.slug)).toEqual(['zh-only', 'both', 'en-only', 'zh-first', 'half-draft']);
    expect(getLocalizedList(entries, 'zh').map((i) => i.entry.slug)).toEqual(['zh-only', 'both', 'en-only', 'zh-first', 'half-draft']);
  });

  it('counts entries and the untranslated ones per locale', () => {
    expect(countEntries(getLocalizedList(entries, 'en'))).toEqual({ total: 5, untranslated: 2 });
    expect(countEntries(getLocalizedList(entries, 'zh'))).toEqual({ total: 5, untranslated: 1 });
  });

  it('finds the newer and older neighbours', () => {
    const list = getLocalizedList(entries, 'en');
    const { newer, older } = getNeighbours(list, 'both');
    expect([newer?.entry.slug, older?.entry.slug]).toEqual(['zh-only', 'en-only']);
    expect(getNeighbours(list, 'zh-only').newer).toBeUndefined();
  });

  it('gives the position of a slug in a list, and -1 for a missing one', () => {
    const list = getLocalizedList(entries, 'en');
    expect(list.map((item) => indexOfSlug(list, item.entry.slug))).toEqual([0, 1, 2, 3, 4]);
    expect(indexOfSlug(list, 'no-such-entry')).toBe(-1);
  });
});

describe('paginate', () => {
  it('cuts 6 entries at 3 per page into exactly 2 pages', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6], 3);
    expect(pages.map((p) => [p.number, p.total, p.items])).toEqual([
      [1, 2, [1, 2, 3]],
      [2, 2, [4, 5, 6]],
    ]);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, total: 1, items: [] }]);
  });

  it('rejects a page size below 1', () => {
    expect(() => paginate([1], 0)).toThrow('Page size must be a positive integer, got 0.');
  });

  it('clamps a page number to the other list’s page count', () => {
    expect([clampPage(3, 5), clampPage(3, 2), clampPage(1, 0)]).toEqual([3, 2, 1]);
  });
});

describe('groupByYear', () => {
  it('groups a sorted list by UTC year, keeping the order', () => {
    const dates = ['2026-01-01T00:00:00Z', '2025-12-31T23:59:59Z', '2025-01-01T00:00:00Z'].map((d) => new Date(d));
    expect(groupByYear(dates, (d) => d).map((g) => [g.year, g.items.length])).toEqual([
      [2026, 1],
      [2025, 2],
    ]);
  });
});
