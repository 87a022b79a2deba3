import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast, mdxToMdast } from 'satteri';

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
  // Sätteri, the parser that renders the page (with the same features, so
  // `$$…$$` and `:::note` are blocks, not paragraphs), reads a whole post in
  // well under a tenth of a millisecond.
  const options = { features: { math: true, directive: true }, position: false };
  if (!isMdx) return firstParagraphText(markdownToMdast(body, options) as Root, false) ?? '';
  try {
    return firstParagraphText(mdxToMdast(body, options) as Root, false, true, mdxText) ?? '';
  } catch {
    // Not valid MDX: the build reports the file itself. Meanwhile, read it as Markdown.
  }
  // micromark, with JSX and expressions removed as text: parse a short prefix
  // first, and a longer one only when the short one holds no finished paragraph.
  for (const size of [500, 1500, 6000, Infinity]) {
    const prefix = body.slice(0, size);
    const complete = prefix.length === body.length;
    const text = firstParagraphText(fromMarkdown(prefix), true, complete);
    if (text !== undefined) return text;
    if (complete) break;
  }
  return '';
}

/** MDX node types that are code, not text. */
const MDX_CODE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html']);

/** The text of an MDX paragraph: JSX elements give their children's text, expressions and ESM nothing. */
function mdxText(node: RootContent): string {
  if (MDX_CODE.has(node.type)) return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(mdxText).join('');
  return '';
}

/**
 * The first paragraph with text, as a description; undefined when the tree
 * (of a cut prefix) ends before one is known to be finished.
 */
function firstParagraphText(
  tree: Root,
  isMdx: boolean,
  complete = true,
  toText: (node: RootContent) => string = (node) => toString(node, { includeHtml: false }),
): string | undefined {
  const children = tree.children as RootContent[];
  for (const [index, node] of children.entries()) {
    if (node.type !== 'paragraph') continue;
    // The last block of a cut prefix may be unfinished (or a setext heading's first line).
    if (!complete && index === children.length - 1) return undefined;
    const text = paragraphText(toText(node), isMdx);
    if (text !== '') return truncate(text, DESCRIPTION_LENGTH);
  }
  return complete ? '' : undefined;
}

function paragraphText(raw: string, isMdx: boolean): string {
  let text = raw;
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
  return isMdx && /^(import|export)\s/.test(text) ? '' : text;
}

/**
 * Word segmenter shared by every call (creating one is costly). Its locale is
 * fixed to `en`, whose word boundaries are Unicode UAX #29's defaults with no
 * tailoring (CJK text is still cut by ICU's dictionary). Left undefined (or
 * `und`, which ICU resolves the same way) it would follow the build machine's
 * `LANG`/`LC_ALL`, and two machines could cut the same description differently.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Cuts text to at most `max` characters (code points) at a word boundary
 * (Intl.Segmenter, so CJK text may be cut between any two words), adding `…`.
 * @param text plain text
 * @param max maximum length in code points, ellipsis included
 */
export function truncate(text: string, max: number): string {
  if ([...text].length <= max) return text;
  let out = '';
  let length = 0;
  for (const { segment } of segmenter.segment(text)) {
    const segmentLength = [...segment].length;
    if (length + segmentLength > max - 1) break;
    out += segment;
    length += segmentLength;
  }
  return `${out.trimEnd().replace(/[\s,.;:，。；：、]+$/u, '')}…`;
}
