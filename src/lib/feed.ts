import sanitizeHtml from 'sanitize-html';

/**
 * Prepares an entry's rendered HTML for a feed reader: every relative URL in
 * `href`, `src` and `poster` made absolute against the entry's URL (RSS 2.0
 * readers have no base URL; RSS Best Practices Profile §"Relative links"),
 * scripts, styles, forms and event handlers removed (sanitize-html), so the
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
    ],
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
