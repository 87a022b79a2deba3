/** What a `BlogPosting` needs to know about an entry. */
export interface BlogPostingInput {
  /** Absolute URL of the canonical page. */
  url: string;
  title: string;
  description: string;
  /** BCP 47 tag of the text's language (RFC 5646). */
  lang: string;
  published: Date;
  modified?: Date | undefined;
  author: { name: string; email: string; url: string };
  tags: string[];
  /** Absolute URL of the cover image, if any. */
  image?: string | undefined;
}

/**
 * Builds schema.org `BlogPosting` structured data (schema.org/BlogPosting;
 * Google Search Central, "Article structured data").
 * @returns a JSON-LD object ready for {@link serializeJsonLd}
 */
export function buildBlogPosting(input: BlogPostingInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: input.title,
    description: input.description,
    inLanguage: input.lang,
    datePublished: input.published.toISOString(),
    dateModified: (input.modified ?? input.published).toISOString(),
    author: { '@type': 'Person', name: input.author.name, email: input.author.email, url: input.author.url },
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    ...(input.tags.length > 0 ? { keywords: input.tags.join(', ') } : {}),
    ...(input.image ? { image: input.image } : {}),
  };
}

/**
 * Serializes JSON-LD for an inline `<script type="application/ld+json">`:
 * `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026` so a title containing
 * `</script>` cannot close the element (HTML Living Standard §4.12.1.3,
 * restrictions for contents of script elements), and U+2028/U+2029 are
 * escaped for older JavaScript parsers. The result parses back to the same value.
 * @param data any JSON-serializable value
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
