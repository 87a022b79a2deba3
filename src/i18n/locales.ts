/**
 * The one module that knows which locales exist. The URL key (`zh`) and the
 * BCP 47 language tag (`zh-CN`, RFC 5646) are different things: the key is a
 * path segment and a content file name, the tag goes into `<html lang>`,
 * `hreflang`, `Intl` and the feeds' `<language>`.
 */
export const locales = ['en', 'zh'] as const;

/** A URL key of a locale: the first path segment and the content file name. */
export type Locale = (typeof locales)[number];

/** The locale for `x-default`, the root redirect's fallback and the 404 page. */
export const defaultLocale: Locale = 'en';

/** What the site needs to know about one locale. */
export interface LocaleInfo {
  /** BCP 47 tag (RFC 5646), e.g. `zh-CN`. */
  lang: string;
  /** The language's own name, for the switcher. */
  label: string;
  /** A short badge marking entries shown in this language under the other locale. */
  badge: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
  /** Open Graph locale (`language_TERRITORY`, Open Graph protocol §Optional metadata). */
  ogLocale: string;
  /** How the feeds' browser page writes days (see lib/feed-style.ts). */
  feedDateStyle: 'dmy' | 'zh';
}

/** Locale key → its language tag, label and direction. */
export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { lang: 'en', label: 'English', badge: 'EN', dir: 'ltr', ogLocale: 'en_US', feedDateStyle: 'dmy' },
  zh: { lang: 'zh-CN', label: '中文', badge: '中', dir: 'ltr', ogLocale: 'zh_CN', feedDateStyle: 'zh' },
};

/**
 * Tells whether a string is a locale key.
 * @param value any string, e.g. a path segment or a file's base name
 * @returns true for `en` and `zh`
 */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/**
 * Returns the other locales than the given one, in the configured order.
 * @param locale the current locale
 */
export function getOtherLocales(locale: Locale): Locale[] {
  return locales.filter((l) => l !== locale);
}

/**
 * Returns the BCP 47 tag of a locale (`zh` → `zh-CN`).
 * @param locale a locale key
 */
export function getLang(locale: Locale): string {
  return localeInfo[locale].lang;
}
