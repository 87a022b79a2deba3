/**
 * One attribute of a start tag's inside: a name, and a value in double
 * quotes, single quotes or none (HTML Living Standard §13.1.2.3, attributes).
 */
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/**
 * The start tags of the given elements in a piece of HTML, in any case, with
 * attribute values that may hold `>`: `match[1]` is the tag name as written,
 * `match[2]` the inside to hand to {@link parseAttributes}.
 * @param names element names, e.g. `['img', 'video']`
 * @returns a global regular expression
 */
export function startTags(names: readonly string[]): RegExp {
  return new RegExp(`<(${names.join('|')})\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi');
}

/**
 * The attributes of a start tag's inside (`a="1" b` → `{ a: '1', b: '' }`),
 * names lower-cased; the first of a repeated name wins, as in HTML.
 * @param inside the text between the tag name and `>`
 * @returns attribute name → value (empty for an attribute without a value)
 */
export function parseAttributes(inside: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of inside.matchAll(ATTRIBUTE)) attributes[match[1]!.toLowerCase()] ??= match[2] ?? match[3] ?? match[4] ?? '';
  return attributes;
}
