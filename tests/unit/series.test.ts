import { describe, expect, it } from 'vitest';
import { buildSeries, getRelated, getSeriesPlace } from '@/lib/series';

interface Item {
  id: string;
  series?: string;
  day: string;
  tags: string[];
}

const items: Item[] = [
  { id: 'c', series: 'go', day: '2024-01-01', tags: ['go', 'perf'] },
  { id: 'a', series: 'go', day: '2020-01-01', tags: ['go'] },
  { id: 'b', series: 'go', day: '2022-01-01', tags: ['go', 'tools'] },
  { id: 'solo', series: 'alone', day: '2021-01-01', tags: ['rust'] },
  { id: 'x', day: '2025-01-01', tags: ['go', 'perf', 'tools'] },
  { id: 'y', day: '2019-01-01', tags: ['perf'] },
];
const date = (i: Item) => new Date(`${i.day}T00:00:00Z`);
const series = buildSeries(
  items,
  (i) => i.series,
  date,
  (i) => i.id,
);

describe('series', () => {
  it('orders a series oldest first and tells each entry its place', () => {
    expect(series.get('go')!.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    const place = getSeriesPlace(series, 'go', items[2]!);
    expect([place?.index, place?.members.length]).toEqual([2, 3]);
  });

  it('does not call a series of one a series', () => {
    expect(getSeriesPlace(series, 'alone', items[3]!)).toBeUndefined();
    expect(getSeriesPlace(series, undefined, items[4]!)).toBeUndefined();
  });
});

describe('getRelated', () => {
  it('picks up to three by shared tags, then newest', () => {
    expect(
      getRelated(
        items[0]!,
        items,
        (i) => i.tags,
        date,
        (i) => i.id,
      ).map((i) => i.id),
    ).toEqual(['x', 'b', 'a']);
  });

  it('returns nothing when no tag is shared', () => {
    expect(
      getRelated(
        items[3]!,
        items,
        (i) => i.tags,
        date,
        (i) => i.id,
      ),
    ).toEqual([]);
  });
});
