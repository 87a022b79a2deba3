import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, parseDate, toIsoDay } from '@/lib/dates';

const originalTz = process.env['TZ'];
afterEach(() => {
  if (originalTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalTz;
});

describe.each([
  ['America/Los_Angeles', 480],
  ['Asia/Shanghai', -480],
])('in time zone %s', (zone, offset) => {
  it('shows a date written 2026-02-19 as that day in both locales', () => {
    process.env['TZ'] = zone;
    // Proves the zone took effect: January has no daylight saving in either zone.
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offset);
    const date = parseDate('2026-02-19')!;
    expect(formatDate(date, 'en')).toBe('19 February 2026');
    expect(formatDate(date, 'zh')).toBe('2026年2月19日');
    expect(toIsoDay(date)).toBe('2026-02-19');
  });
});

describe('parseDate', () => {
  it('reads YYYY-MM-DD as UTC midnight', () => {
    expect(parseDate('2026-02-19')?.toISOString()).toBe('2026-02-19T00:00:00.000Z');
  });

  it('keeps the date and time of a timestamp as written, whatever its zone', () => {
    expect(parseDate('2025-06-01T09:30:00Z')?.toISOString()).toBe('2025-06-01T09:30:00.000Z');
    expect(parseDate('2026-02-19T00:30:00+08:00')?.toISOString()).toBe('2026-02-19T00:30:00.000Z');
    expect(parseDate('2026-01-01T00:15:00+0800')?.toISOString()).toBe('2026-01-01T00:15:00.000Z');
    expect(parseDate('2025-06-01T09:30')?.toISOString()).toBe('2025-06-01T09:30:00.000Z');
    expect(parseDate('2025-02-10T10:00:00+08')?.toISOString()).toBe('2025-02-10T10:00:00.000Z');
    expect(parseDate('2025-06-01 09:30:15.5-07:00')?.toISOString()).toBe('2025-06-01T09:30:15.500Z');
    expect(formatDate(parseDate('2026-02-19T00:30:00+08:00')!, 'zh')).toBe('2026年2月19日');
  });

  it.each([
    '2025-02-30',
    '2025-13-01',
    '2025-1-5',
    '19/02/2026',
    'yesterday',
    '',
    '2025-02-30T10:00:00Z',
    '2025-01-05T24:00:00Z',
    '2025-01-05T10:60Z',
    '2025-01-05T10:00+25:00',
  ])('rejects %j', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it('accepts a Date and rejects an invalid one', () => {
    expect(parseDate(new Date('2020-01-01T00:00:00Z'))?.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(parseDate(new Date('nope'))).toBeUndefined();
  });
});
