import { escape } from 'html-escaper';

/** The words the feed page shows, in the feed's language. */
export interface FeedStyleText {
  /** BCP 47 tag for the page's `lang`. */
  lang: string;
  /** Explains what the reader is looking at and what to do with the address. */
  note: string;
  /** Link text back to the site. */
  back: string;
  /** How days are written: `19 Feb 2026` (`dmy`) or `2026年2月19日` (`zh`). */
  dateStyle: 'dmy' | 'zh';
  /** The site's icon (with the base path), so the browser does not ask for `/favicon.ico` at the server's root. */
  icon: string;
}

/**
 * XPath 1.0 that turns an item's RFC 822 `pubDate` (`Thu, 19 Feb 2026 00:00:00 GMT`)
 * into the day as the site writes it in that language.
 */
function dayExpression(style: FeedStyleText['dateStyle']): string {
  if (style === 'dmy') return 'substring(pubDate, 6, 11)';
  const month = "string-length(substring-before('JanFebMarAprMayJunJulAugSepOctNovDec', substring(pubDate, 9, 3))) div 3 + 1";
  return `concat(substring(pubDate, 13, 4), '年', ${month}, '月', number(substring(pubDate, 6, 2)), '日')`;
}

/**
 * An XSLT 1.0 stylesheet (W3C XSLT 1.0) that turns an RSS 2.0 feed into a
 * readable page when it is opened in a browser: the channel's title and
 * description, a note on how to subscribe, and each item's title, link and
 * day. All text of its own is XML-escaped.
 * @param text the page's words in the feed's language
 * @returns the stylesheet's XML
 */
export function buildFeedStylesheet(text: FeedStyleText): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="html" encoding="UTF-8" indent="yes"/>
<xsl:template match="/">
<html lang="${escape(text.lang)}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title><xsl:value-of select="/rss/channel/title"/></title>
<link rel="icon" type="image/svg+xml" href="${escape(text.icon)}"/>
<style>
body{margin:0;font:1.0625rem/1.7 system-ui,-apple-system,'Segoe UI','PingFang SC','Noto Sans CJK SC',sans-serif;background:#fdfcfa;color:#1f2328}
main{max-width:44rem;margin:0 auto;padding:2rem 1.25rem}
.note{padding:.75rem 1rem;border-radius:8px;background:#e8eef6}
a{color:#2f5d94}
li{margin:.4rem 0}
time{color:#5c6370;font-size:.9rem;margin-left:.5rem}
@media (prefers-color-scheme:dark){body{background:#16181c;color:#e6e6e6}.note{background:#223246}a{color:#8db4e8}time{color:#a0a6b0}}
</style>
</head>
<body>
<main>
<p class="note">${escape(text.note)}</p>
<h1><xsl:value-of select="/rss/channel/title"/></h1>
<p><xsl:value-of select="/rss/channel/description"/></p>
<p><a><xsl:attribute name="href"><xsl:value-of select="/rss/channel/link"/></xsl:attribute>${escape(text.back)}</a></p>
<ul>
<xsl:for-each select="/rss/channel/item">
<li><a><xsl:attribute name="href"><xsl:value-of select="link"/></xsl:attribute><xsl:value-of select="title"/></a><time><xsl:value-of select="${dayExpression(text.dateStyle)}"/></time></li>
</xsl:for-each>
</ul>
</main>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
`;
}
