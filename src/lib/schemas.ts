import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { parseDate, toIsoDay } from '@/lib/dates';

const DATE_HINT = 'a date written YYYY-MM-DD (2026-02-19) or an ISO 8601 timestamp (2026-02-19T08:30:00+08:00)';

/**
 * A front-matter date: `YYYY-MM-DD` or an RFC 3339 timestamp, turned into a
 * `Date`. A missing or unparsable value fails with a message that says what is
 * expected.
 */
export function dateField() {
  return z
    .union([z.date(), z.string()], {
      error: (issue) => (issue.input === undefined ? `is required: expected ${DATE_HINT}` : `expected ${DATE_HINT}`),
    })
    .transform((value, ctx) => {
      const date = parseDate(value);
      if (date === undefined) {
        const text = String(value);
        const message = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}|$)/.test(text.trim())
          ? `"${text}" is not a real date and time (check the month, the day and the hour)`
          : `"${text}" is not ${DATE_HINT}`;
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return date;
    });
}

/**
 * Plain text; a number is taken as its text (`title: 2024` is the title "2024"),
 * since YAML reads unquoted digits as numbers. Trimmed, never empty.
 * @param required the message when the key is missing (omit for optional fields)
 * @param empty the message for an empty or blank value
 */
function text(required: string | undefined, empty = 'must not be empty') {
  return z
    .union([z.string(), z.number()], {
      error: (issue) => (issue.input === undefined && required ? required : 'expected text'),
    })
    .transform((value) => String(value).trim())
    .pipe(z.string().min(1, empty));
}

/** A flag that defaults to false; any non-boolean (`"yes"`) is an error. */
function flag() {
  return z.boolean({ error: 'expected true or false' }).default(false);
}

/**
 * Builds an object that rejects unknown keys: each unknown key (a typo such
 * as `tittle:` or `tag:`) is reported under its own name with the list of
 * allowed keys, and known keys are parsed as usual.
 */
function strictFrontMatter<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape);
  const allowed = known.join(', ');
  return z
    .looseObject(shape)
    .superRefine(
      (data, ctx) => {
        for (const key of Object.keys(data)) {
          if (!known.includes(key))
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: `unknown key; allowed keys are: ${allowed}; correct its spelling or remove it`,
            });
        }
      },
      // Run even when a known field failed, so one build reports every problem of the file.
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    )
    .transform((data) => Object.fromEntries(Object.entries(data).filter(([key]) => known.includes(key))) as z.output<z.ZodObject<Shape>>);
}

/**
 * The entry fields that do not need the image helper, made once: Astro builds
 * the schema once per entry (its `image()` helper is bound to the file), and
 * making every field anew each time cost a tenth of the content sync.
 */
const entryFields = {
  /** Title, non-empty, plain text. */
  title: text('is required: every entry needs a title; add one, e.g. title: "My first post"'),
  /** One or two sentences for meta tags, lists and feeds; derived from the body when absent. */
  description: text(undefined, 'must not be empty when given').optional(),
  /** Publication date (and time), as written. */
  pubDate: dateField(),
  /** Day of the last meaningful update. */
  updatedDate: dateField().optional(),
  /** Tags as written; spellings with the same slug are one tag. */
  tags: z.array(text(undefined, 'a tag must not be empty'), { error: 'expected a list, e.g. [Go, 随笔]' }).default([]),
  /** `true` keeps the entry out of the built site (shown by `astro dev` only). */
  draft: flag(),
  /** `true` shows a notice that a language model wrote the text. */
  aiGenerated: flag(),
  /** `true` shows a table of contents built from the `##`/`###` headings. */
  toc: flag(),
};
const seriesField = {
  /** Name of a series of posts this one belongs to, in this file's language; the original language's name identifies the series. */
  series: text(undefined, 'must not be empty when given').optional(),
};

/**
 * Front matter of a post or an idea (one language version of an entry).
 * Field names follow Astro's blog starter.
 * @param image the content layer's `image()` helper, resolving paths relative to the entry file
 */
export function entrySchema(image: ImageFunction) {
  return strictFrontMatter({
    ...entryFields,
    /** Cover image, a path relative to the entry file (`./cover.png`). */
    heroImage: image().optional(),
    ...seriesField,
  }).superRefine((data, ctx) => {
    // Compared by day: an update later on the day of publication is fine.
    if (data.updatedDate && toIsoDay(data.updatedDate) < toIsoDay(data.pubDate)) {
      ctx.addIssue({
        code: 'custom',
        path: ['updatedDate'],
        message: 'is before pubDate: an update cannot come before the publication; set it on or after pubDate, or remove it',
      });
    }
  });
}

/** Front matter of the bio page (`bio/<locale>.md`). */
export const bioSchema = strictFrontMatter({
  /** Page title. */
  title: text('is required: the bio needs a title; add one, e.g. title: "About me"'),
  /** Meta description. */
  description: text(undefined).optional(),
  /** Last update, shown under the text. */
  updatedDate: dateField().optional(),
});

/**
 * `tags.yaml`: tag (as written, or its slug) → display name per locale.
 * ```yaml
 * llm: { en: LLM, zh: 大语言模型 }
 * ```
 */
export const tagNamesSchema = z.record(
  z.string(),
  z.strictObject({ en: z.string().trim().min(1).optional(), zh: z.string().trim().min(1).optional() }),
);

/** Front matter of a post or idea after parsing. */
export type EntryData = z.output<ReturnType<typeof entrySchema>>;
