import { getLang, type Locale } from '../locales.ts';
import { en, type Dictionary, type UiKey } from './en.ts';
import { zh } from './zh.ts';

export type { UiKey } from './en.ts';

const dictionaries: Record<Locale, Dictionary> = { en, zh };

/** Values for `{name}` placeholders. */
export type Vars = Record<string, string | number>;

/** A key that has CLDR plural forms: `posts.count` for `posts.count.one`/`.other`. */
export type PluralKey = UiKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/** Translation functions bound to one locale. */
export interface Translator {
  /** The locale these functions speak. */
  locale: Locale;
  /**
   * Looks up a UI string and fills its `{name}` placeholders.
   * @param key a dictionary key
   * @param vars placeholder values; numbers are formatted for the locale
   * @returns the finished string; an unknown placeholder is left as written
   */
  t: (key: UiKey, vars?: Vars) => string;
  /**
   * Picks the plural form for `count` (Intl.PluralRules, CLDR categories
   * `one`/`other`) and fills `{count}` and the other placeholders.
   * @param key the key without its `.one`/`.other` suffix
   * @param count a non-negative integer
   */
  plural: (key: PluralKey, count: number, vars?: Vars) => string;
}

/**
 * Fills `{name}` placeholders in a template.
 * @param template text with `{name}` placeholders
 * @param vars values; numbers go through `Intl.NumberFormat` for `lang`
 * @param lang BCP 47 tag used to format numbers
 * @returns the text with every known placeholder replaced
 */
export function fillTemplate(template: string, vars: Vars, lang: string): string {
  if (!template.includes('{')) return template;
  let numbers = numberFormats.get(lang);
  if (numbers === undefined) {
    numbers = new Intl.NumberFormat(lang);
    numberFormats.set(lang, numbers);
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** Number formats by language tag, made once: creating one costs far more than using it. */
const numberFormats = new Map<string, Intl.NumberFormat>();
/** Translators by locale, made once per build. */
const translators = new Map<Locale, Translator>();

/**
 * Returns the translation functions for one locale (the same object on
 * every call for a locale).
 * @param locale a locale key
 */
export function useTranslations(locale: Locale): Translator {
  let translator = translators.get(locale);
  if (translator === undefined) {
    translator = makeTranslator(locale);
    translators.set(locale, translator);
  }
  return translator;
}

function makeTranslator(locale: Locale): Translator {
  const dict = dictionaries[locale];
  const lang = getLang(locale);
  const rules = new Intl.PluralRules(lang);
  const t = (key: UiKey, vars: Vars = {}): string => fillTemplate(dict[key], vars, lang);
  const plural = (key: PluralKey, count: number, vars: Vars = {}): string => {
    const form = rules.select(count) === 'one' ? 'one' : 'other';
    return t(`${key}.${form}` as UiKey, { ...vars, count });
  };
  return { locale, t, plural };
}
