import sanitizeHtml from 'sanitize-html';

/**
 * The presentation elements of MathML Core (W3C MathML Core §3, "Presentation
 * markup"), plus `menclose` from MathML 3, which KaTeX writes for `\cancel`
 * and `\boxed`; `annotation` and `annotation-xml` are left out on purpose.
 */
const MATHML_ELEMENTS = [
  'math',
  'semantics',
  'maction',
  'merror',
  'menclose',
  'mfrac',
  'mi',
  'mmultiscripts',
  'mn',
  'mo',
  'mover',
  'mpadded',
  'mphantom',
  'mprescripts',
  'mroot',
  'mrow',
  'ms',
  'mspace',
  'msqrt',
  'mstyle',
  'msub',
  'msubsup',
  'msup',
  'mtable',
  'mtd',
  'mtext',
  'mtr',
  'munder',
  'munderover',
  'none',
];

/** MathML attributes that shape how a formula looks (MathML Core §2.1.3 and the elements' own attributes). */
const MATHML_ATTRIBUTES = [
  'display',
  'displaystyle',
  'scriptlevel',
  'mathvariant',
  'stretchy',
  'fence',
  'separator',
  'form',
  'lspace',
  'rspace',
  'largeop',
  'movablelimits',
  'symmetric',
  'minsize',
  'maxsize',
  'accent',
  'accentunder',
  'linethickness',
  'notation',
  'width',
  'height',
  'depth',
  'voffset',
  'columnalign',
  'rowalign',
  'columnspacing',
  'rowspacing',
  'columnlines',
  'rowlines',
  'columnspan',
  'rowspan',
];

/** The tags whose text sanitize-html removes with them by default (its `nonTextTags`, which an option replaces). */
const NON_TEXT_TAGS = ['script', 'style', 'textarea', 'option', 'xmp'];

/**
 * Prepares an entry's rendered HTML for a feed reader: every relative URL in
 * `href`, `src` and `poster` made absolute against the entry's URL (RSS 2.0
 * readers have no base URL; RSS Best Practices Profile §"Relative links"),
 * scripts, styles, forms and event handlers removed (sanitize-html), math
 * kept as MathML without its TeX source, so the
 * `<content:encoded>` of the feed is safe to show as is.
 * @param html the entry's rendered HTML
 * @param pageUrl the absolute URL of the entry's page
 * @returns HTML with absolute URLs and only presentational markup
 */
export function toFeedHtml(html: string, pageUrl: string): string {
  const absolute = (url: string | undefined): string | undefined => {
    if (url === undefined) return undefined;
    try {
      return new URL(url, pageUrl).href;
    } catch {
      return undefined;
    }
  };
  return sanitizeHtml(html, {
    allowedTags: [
      ...sanitizeHtml.defaults.allowedTags,
      'img',
      'picture',
      'source',
      'figure',
      'figcaption',
      'del',
      'ins',
      'sup',
      'sub',
      'section',
      'details',
      'summary',
      'input',
      'video',
      'audio',
      ...MATHML_ELEMENTS,
    ],
    // Math keeps its MathML (readers render it as the page does); the TeX source KaTeX leaves in <annotation> goes
    // with its text, or a reader would show each formula twice.
    nonTextTags: [...NON_TEXT_TAGS, 'annotation', 'annotation-xml'],
    allowedAttributes: {
      '*': ['id', 'lang', 'dir', 'title'],
      a: ['href', 'name', 'target', 'rel'],
      img: ['src', 'alt', 'width', 'height', 'loading'],
      source: ['src', 'type', 'media'],
      video: ['src', 'poster', 'controls', 'width', 'height'],
      audio: ['src', 'controls'],
      input: ['type', 'checked', 'disabled'],
      th: ['align', 'colspan', 'rowspan'],
      td: ['align', 'colspan', 'rowspan'],
      ol: ['start'],
      ...Object.fromEntries(MATHML_ELEMENTS.map((name) => [name, MATHML_ATTRIBUTES])),
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: withUrl(attribs, 'href', absolute) }),
      img: (tagName, attribs) => ({ tagName, attribs: withUrl(attribs, 'src', absolute) }),
      source: (tagName, attribs) => ({ tagName, attribs: withUrl(attribs, 'src', absolute) }),
      video: (tagName, attribs) => ({ tagName, attribs: withUrl(withUrl(attribs, 'src', absolute), 'poster', absolute) }),
      audio: (tagName, attribs) => ({ tagName, attribs: withUrl(attribs, 'src', absolute) }),
    },
  });
}

function withUrl(
  attribs: Record<string, string>,
  name: string,
  absolute: (url: string | undefined) => string | undefined,
): Record<string, string> {
  if (!(name in attribs)) return attribs;
  const { [name]: value, ...rest } = attribs;
  const url = absolute(value);
  return url === undefined ? rest : { ...rest, [name]: url };
}

/** Characters XML 1.0 forbids (§2.2 Char): C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF. */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Removes the characters that XML 1.0 does not allow (XML 1.0 §2.2, production
 * [2] Char), which no escaping can carry: a stray control character in a title
 * would otherwise make the whole feed unreadable to every reader.
 * @param text any text
 * @returns the text without those characters
 */
export function toXmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}
