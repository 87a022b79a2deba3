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
  let format = dayFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : getLang(locale), {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: DISPLAY_TIME_ZONE,
    });
    dayFormats.set(locale, format);
  }
  return format.format(date);
}

/** One formatter per locale: creating an `Intl.DateTimeFormat` costs far more than using one. */
const dayFormats = new Map<Locale, Intl.DateTimeFormat>();

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
 * Parses a front-matter date as written: `YYYY-MM-DD`, or an ISO 8601 / RFC 3339
 * timestamp `YYYY-MM-DDTHH:MM[:SS[.sss]]` with an optional zone (`Z`, `+08:00`).
 * The author's date and time are kept as written and the zone is not applied,
 * so `2026-02-19T00:30:00+08:00` is shown and ordered as 19 February 2026,
 * 00:30 on every machine. The result is that wall-clock time as a UTC `Date`.
 * Every field is range-checked: `2025-02-30` and `T24:00` are rejected.
 * @param value the text from the front matter (or a Date, taken as is)
 * @returns the Date, or `undefined` when the value is not a real date
 */
export function parseDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|[+-](\d{2})(?::?(\d{2}))?)?)?$/i.exec(
    value.trim(),
  );
  if (!match) return undefined;
  const [y, mo, d, h = 0, mi = 0, s = 0] = match.slice(1, 7).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const ms = match[7] ? Number(match[7].slice(0, 3).padEnd(3, '0')) : 0;
  const [offsetH, offsetM] = [match[8], match[9]].map(Number);
  if (h! > 23 || mi! > 59 || s! > 59 || (match[8] !== undefined && (offsetH! > 23 || offsetM! > 59))) return undefined;
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h, mi, s, ms));
  // Reject days and months that roll over (2026-02-30, 2026-13-01).
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo! - 1 && date.getUTCDate() === d ? date : undefined;
}
