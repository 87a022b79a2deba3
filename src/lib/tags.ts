import { slug as githubSlug } from 'github-slugger';
import type { Locale } from '@/i18n/locales';

/**
 * Characters that github-slugger would drop but that tell tags apart
 * (`C#` vs `C`, `C++` vs `C`, `.NET` vs `NET`, `a/b` vs `ab`): each becomes a
 * word of its own before slugging.
 */
const SIGNIFICANT_PUNCTUATION: Readonly<Record<string, string>> = {
  '#': 'sharp',
  '+': 'plus',
  '.': 'dot',
  '/': 'slash',
  '?': 'question',
  '&': 'and',
  '%': 'percent',
  '@': 'at',
  '*': 'star',
  '=': 'equals',
  '<': 'lt',
  '>': 'gt',
  '|': 'pipe',
  '~': 'tilde',
  $: 'dollar',
};

const PICTOGRAPH = /\p{Extended_Pictographic}/gu;

/**
 * Turns a tag as written into its URL slug. Case-insensitive (`LLM` and `llm`
 * give `llm`), spaces and hyphens are one (`Machine Learning` →
 * `machine-learning`), CJK stays readable (`人工智能`), and punctuation that
 * distinguishes tags becomes a word (`C#` → `c-sharp`, `a/b` → `a-slash-b`,
 * `.NET` → `dot-net`). Emoji become their code point (`🚀` → `u1f680`).
 * The result contains only Unicode letters, marks, digits, `-` and `_`, so it
 * is a safe path segment and file name everywhere.
 * @param name the tag as written in front matter
 * @returns a non-empty slug
 * @throws {Error} when the name is empty or only white space
 */
export function getTagSlug(name: string): string {
  let slug = tagSlugs.get(name);
  if (slug === undefined) {
    slug = computeTagSlug(name);
    tagSlugs.set(name, slug);
  }
  return slug;
}

/** Slugs already computed, by spelling: every page asks for the same few hundred tags. */
const tagSlugs = new Map<string, string>();

function computeTagSlug(name: string): string {
  const normalized = name.normalize('NFKC').trim();
  if (normalized === '') throw new Error('A tag cannot be empty.');
  let spelled = '';
  for (const char of normalized) {
    const word = SIGNIFICANT_PUNCTUATION[char];
    if (word !== undefined) spelled += ` ${word} `;
    else if (PICTOGRAPH.test(char)) spelled += ` u${char.codePointAt(0)!.toString(16)} `;
    else spelled += char;
    PICTOGRAPH.lastIndex = 0;
  }
  const slug = githubSlug(spelled.replace(/\s+/g, ' ').trim()).replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  if (slug !== '') return slug;
  // Only characters github-slugger drops (e.g. `!!!`): spell their code points.
  return [...normalized].map((c) => `u${c.codePointAt(0)!.toString(16)}`).join('-');
}

/** Per-locale display names for tags, keyed by tag slug (from `tags.yaml`). */
export type TagNames = Record<string, { [L in Locale]?: string | undefined }>;

/** One tag of the site with the entries that carry it. */
export interface Tag<T> {
  /** URL slug, the tag's identity in both locales. */
  slug: string;
  /** The spelling used most often in front matter (ties: the first in code-point order). */
  name: string;
  /** Every spelling seen, with how many entry versions used it. */
  spellings: Record<string, number>;
  /** The entries carrying the tag, in the order given to {@link buildTagIndex}. */
  entries: T[];
}

/**
 * Groups entries by tag slug, merging spellings that share a slug
 * (`LLM`, `llm` → one tag shown as the more frequent spelling).
 * @param entries entries in display order
 * @param getSpellings the tag names one entry carries (all its versions' tags;
 *   duplicates within one entry count once towards the entry, each toward spelling use)
 * @returns tags sorted by entry count (descending), then by slug
 */
export function buildTagIndex<T>(entries: readonly T[], getSpellings: (entry: T) => readonly string[]): Tag<T>[] {
  const bySlug = new Map<string, Tag<T>>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const spelling of getSpellings(entry)) {
      const slug = getTagSlug(spelling);
      let tag = bySlug.get(slug);
      if (!tag) {
        tag = { slug, name: spelling, spellings: {}, entries: [] };
        bySlug.set(slug, tag);
      }
      tag.spellings[spelling] = (tag.spellings[spelling] ?? 0) + 1;
      if (!seen.has(slug)) {
        seen.add(slug);
        tag.entries.push(entry);
      }
    }
  }
  const tags = [...bySlug.values()];
  for (const tag of tags) tag.name = pickSpelling(tag.spellings);
  return tags.sort((a, b) => b.entries.length - a.entries.length || compareCodePoints(a.slug, b.slug));
}

/**
 * Returns the name to show for a tag in a locale: the `tags.yaml` name for
 * that locale when there is one, else the most used spelling.
 * @param tag a tag from {@link buildTagIndex}
 * @param locale the page's locale
 * @param names display names from `tags.yaml`
 */
export function getTagName(tag: Pick<Tag<unknown>, 'slug' | 'name'>, locale: Locale, names: TagNames): string {
  return names[tag.slug]?.[locale] ?? tag.name;
}

/**
 * Relative weight of a tag for the tag cloud, on a 1–5 scale, growing with the
 * logarithm of its use so one dominant tag does not flatten the rest.
 * @param count entries carrying the tag (≥ 1)
 * @param max the largest count of any tag (≥ count)
 * @returns an integer from 1 to 5
 */
export function getTagWeight(count: number, max: number): number {
  if (max <= 1) return 1;
  return 1 + Math.round((4 * Math.log(count)) / Math.log(max));
}

function pickSpelling(spellings: Record<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of Object.entries(spellings)) {
    if (count > bestCount || (count === bestCount && compareCodePoints(spelling, best) < 0)) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

/** Locale-independent ordering, so output is the same on every machine. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
