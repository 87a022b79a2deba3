/** Characters read one by one: Han, kana and Hangul. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** A run of letters or digits outside CJK scripts, with inner apostrophes and hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** English reading speed, in words per minute. */
export const WORDS_PER_MINUTE = 230;
/** Chinese reading speed, in characters per minute. */
export const CHARS_PER_MINUTE = 400;

/** What a reader faces in one text. */
export interface ReadingTime {
  /** Words outside CJK scripts. */
  words: number;
  /** CJK characters. */
  chars: number;
  /** Whole minutes, at least 1: words at {@link WORDS_PER_MINUTE} plus characters at {@link CHARS_PER_MINUTE}, rounded up. */
  minutes: number;
}

/**
 * Strips Markdown syntax that a reader does not read: fenced code, HTML tags,
 * link and image targets, MDX import/export lines.
 */
function toReadableText(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .replace(/^(import|export)\s[^\n]*$/gm, ' ')
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/\]\([^)\s]*(\s+"[^"]*")?\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ');
}

/**
 * Counts the words and CJK characters of a Markdown body and estimates the
 * minutes it takes to read. Mixed text counts both: `用 Go 写` is 2 characters
 * and 1 word. Fenced code blocks, URLs and HTML tags are not counted.
 * @param markdown the entry's body (without front matter)
 */
export function getReadingTime(markdown: string): ReadingTime {
  const text = toReadableText(markdown);
  const chars = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  const minutes = Math.max(1, Math.ceil(words / WORDS_PER_MINUTE + chars / CHARS_PER_MINUTE));
  return { words, chars, minutes };
}
