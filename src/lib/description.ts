import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** Longest derived description, in characters (about two lines of a search result). */
export const DESCRIPTION_LENGTH = 160;

/**
 * Derives a plain-text description from a Markdown body: the first paragraph
 * with text, its Markdown and inline HTML removed (and, for MDX, its `{…}`
 * expressions), cut at {@link DESCRIPTION_LENGTH} characters on a word (or CJK
 * character) boundary with an ellipsis.
 * @param body Markdown or MDX source without front matter
 * @param isMdx true for `.mdx` bodies
 * @returns the description, or an empty string when the body has no paragraph of text
 */
export function deriveDescription(body: string, isMdx = false): string {
  // The first paragraph is near the top; parsing a bounded prefix keeps this cheap for long posts.
  const tree: Root = fromMarkdown(body.slice(0, 6000));
  for (const node of tree.children as RootContent[]) {
    if (node.type !== 'paragraph') continue;
    let text = toString(node, { includeHtml: false });
    // micromark does not know JSX: remove expressions, innermost braces first, then tags.
    if (isMdx) {
      let previous;
      do {
        previous = text;
        text = text.replace(/\{[^{}]*\}/g, ' ');
      } while (text !== previous);
      text = text.replace(/<\/?[A-Za-z][^<>]*>/g, ' ');
    }
    text = text.replace(/\s+/g, ' ').trim();
    // In MDX, a paragraph of `import`/`export` lines is code, not text.
    if (text !== '' && !(isMdx && /^(import|export)\s/.test(text))) return truncate(text, DESCRIPTION_LENGTH);
  }
  return '';
}

/**
 * Cuts text to at most `max` characters (code points) at a word boundary
 * (Intl.Segmenter, so CJK text may be cut between any two words), adding `…`.
 * @param text plain text
 * @param max maximum length in code points, ellipsis included
 */
export function truncate(text: string, max: number): string {
  if ([...text].length <= max) return text;
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if ([...out].length + [...segment].length > max - 1) break;
    out += segment;
  }
  return `${out.trimEnd().replace(/[\s,.;:，。；：、]+$/u, '')}…`;
}
