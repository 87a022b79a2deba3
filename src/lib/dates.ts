import { getLang, type Locale } from '@/i18n/locales';

/**
 * Every date is shown in UTC. A date written `2026-02-19` is parsed as UTC
 * midnight (YAML 1.1 timestamp rules), so showing it in UTC gives back the day
 * as written on any build machine, whatever its `TZ`.
 */
export const DISPLAY_TIME_ZONE = 'UTC';

/**
 * Formats a date for a locale as a long calendar day:
 * `19 February 2026` (en) or `2026年2月19日` (zh).
 * @param date the instant; its UTC calendar day is shown
 * @param locale a locale key
 * @returns the formatted day, independent of the machine's time zone
 */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : getLang(locale), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(date);
}

/**
 * Returns the UTC calendar day as ISO 8601 (`2026-02-19`), for `<time datetime>`.
 * @param date the instant
 */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Returns the UTC year of a date, for grouping lists by year.
 * @param date the instant
 */
export function getYear(date: Date): number {
  return date.getUTCFullYear();
}

/**
 * Parses a front-matter date: `YYYY-MM-DD` (as UTC midnight) or an ISO 8601
 * timestamp with a time zone (RFC 3339 §5.6). YAML may already have turned an
 * unquoted value into a `Date`; that is accepted as is.
 * @param value a string or a Date from the YAML parser
 * @returns the Date, or `undefined` when the value is not a valid date
 */
export function parseDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) {
    const [, y, m, d] = day.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    // Reject days that roll over (2026-02-30).
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
