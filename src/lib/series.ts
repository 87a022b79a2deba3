import { compareCodePoints } from '@/lib/tags';

/** One entry's place in its series. */
export interface SeriesPlace<T> {
  /** 1-based position, oldest first. */
  index: number;
  /** Entries in the series, oldest first. */
  members: T[];
}

/**
 * Groups entries into series by key and orders each series oldest first
 * (ties: by id), so "part 2 of 4" means the second one published.
 * @param entries all entries
 * @param getKey the entry's series key, or undefined when it is in none
 * @param getDate its publication date
 * @param getId a stable id for ties
 * @returns series key → members, oldest first
 */
export function buildSeries<T>(
  entries: readonly T[],
  getKey: (entry: T) => string | undefined,
  getDate: (entry: T) => Date,
  getId: (entry: T) => string,
): Map<string, T[]> {
  const series = new Map<string, T[]>();
  for (const entry of entries) {
    const key = getKey(entry);
    if (key === undefined) continue;
    series.set(key, [...(series.get(key) ?? []), entry]);
  }
  for (const members of series.values()) {
    members.sort((a, b) => getDate(a).getTime() - getDate(b).getTime() || compareCodePoints(getId(a), getId(b)));
  }
  return series;
}

/**
 * Where an entry stands in its series.
 * @returns its place, or undefined when the entry is alone (a series of one is no series)
 */
export function getSeriesPlace<T>(series: Map<string, T[]>, key: string | undefined, entry: T): SeriesPlace<T> | undefined {
  if (key === undefined) return undefined;
  const members = series.get(key) ?? [];
  const index = members.indexOf(entry);
  return members.length > 1 && index >= 0 ? { index: index + 1, members } : undefined;
}

/**
 * Up to `limit` entries that share the most tags with `entry` (at least one),
 * most shared first, then newest, then by id.
 * @param entry the entry being read
 * @param candidates entries to choose from (the entry itself is skipped)
 * @param getTags an entry's tag slugs
 * @param getDate its publication date
 * @param getId a stable id for ties
 * @param limit how many at most (default 3)
 */
export function getRelated<T>(
  entry: T,
  candidates: readonly T[],
  getTags: (entry: T) => readonly string[],
  getDate: (entry: T) => Date,
  getId: (entry: T) => string,
  limit = 3,
): T[] {
  const own = new Set(getTags(entry));
  return candidates
    .filter((other) => other !== entry)
    .map((other) => ({ other, shared: new Set(getTags(other).filter((tag) => own.has(tag))).size }))
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared || getDate(b.other).getTime() - getDate(a.other).getTime() || compareCodePoints(getId(a.other), getId(b.other)),
    )
    .slice(0, limit)
    .map(({ other }) => other);
}
