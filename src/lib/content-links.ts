import type { HastPluginEntry, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import type { TrailingSlash } from './deploy.ts';

/**
 * Rewrites one site-absolute URL written in an entry for the deploy: the base
 * path goes in front (`/en/posts/hello/` → `/blog/en/posts/hello/`), and a
 * page path (last segment without a file extension) gets the site's
 * trailing-slash policy. The query and the fragment are kept. Other URLs
 * (`https:`, `mailto:`, `//host`, `./relative`, `#fragment`) and URLs that
 * already start with the base are returned unchanged.
 * @param url the URL as written
 * @param base the base path, normalised (`/` or `/blog/`)
 * @param trailingSlash the policy
 * @returns the URL to publish
 */
export function rebaseUrl(url: string, base: string, trailingSlash: TrailingSlash): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const cut = url.search(/[?#]/);
  let path = cut < 0 ? url : url.slice(0, cut);
  const rest = cut < 0 ? '' : url.slice(cut);
  // Written with the base already (the parser may have percent-encoded it): keep it, once.
  const baseDir = base.slice(0, -1);
  if (base !== '/' && (safeDecode(path) === baseDir || safeDecode(path).startsWith(base))) path = path.slice(encodedLength(path, baseDir));
  // The site root: `/blog/`, or `/blog` when page URLs have no trailing slash.
  if (path === '' || path === '/') return `${trailingSlash === 'never' && base !== '/' ? baseDir : base}${rest}`;
  const last = path.slice(path.lastIndexOf('/') + 1);
  const isPage = !last.includes('.');
  if (isPage) {
    if (trailingSlash === 'always' && !path.endsWith('/')) path += '/';
    if (trailingSlash === 'never') path = path.replace(/\/+$/, '');
  }
  return `${baseDir}${path}${rest}`;
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** How many characters of `path` (maybe percent-encoded) spell the decoded prefix `prefix`. */
function encodedLength(path: string, prefix: string): number {
  for (let end = prefix.length; end <= path.length; end++) if (safeDecode(path.slice(0, end)) === prefix) return end;
  return prefix.length;
}

/** `href="…"`, `src='…'`, `poster=…` in a piece of raw HTML. */
const URL_ATTRIBUTE = /(\s(?:href|src|poster)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * Applies {@link rebaseUrl} to the `href`, `src` and `poster` attributes in a
 * piece of raw HTML written in an entry.
 * @param html the raw HTML
 * @param base the base path, normalised
 * @param trailingSlash the policy
 */
export function rebaseHtml(html: string, base: string, trailingSlash: TrailingSlash): string {
  return html.replace(URL_ATTRIBUTE, (whole, name: string, double?: string, single?: string, bare?: string) => {
    const value = double ?? single ?? bare ?? '';
    const rebased = rebaseUrl(value, base, trailingSlash);
    if (rebased === value) return whole;
    return double !== undefined ? `${name}"${rebased}"` : single !== undefined ? `${name}'${rebased}'` : `${name}${rebased}`;
  });
}

/**
 * A Sätteri hast plugin applying {@link rebaseUrl} to the links and images
 * written in entries: Markdown links and images, `<a href>`, `<img src>` and
 * the like in raw HTML, and `<a>`/`<img>` MDX elements with a literal
 * `href`/`src`. So an author can link `/en/posts/hello/` and the link works
 * under any base path and policy.
 * @param base the base path, normalised (`/` or `/blog/`)
 * @param trailingSlash the policy
 */
export function rebaseContentLinks(base: string, trailingSlash: TrailingSlash): HastPluginEntry {
  const jsx = {
    filter: ['a', 'img'],
    visit(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext) {
      let changed = false;
      const attributes = node.attributes.map((attribute) => {
        if (attribute.type !== 'mdxJsxAttribute' || !['href', 'src'].includes(attribute.name) || typeof attribute.value !== 'string') return attribute;
        const rebased = rebaseUrl(attribute.value, base, trailingSlash);
        if (rebased === attribute.value) return attribute;
        changed = true;
        return { ...attribute, value: rebased };
      });
      if (changed) ctx.replaceNode(node, { ...node, attributes } as MdxJsxFlowElementHast);
    },
  };
  return () => ({
    name: 'rebase-content-links',
    element: {
      filter: ['a', 'img', 'source', 'video', 'audio'],
      visit(node, ctx) {
        for (const attribute of ['href', 'src', 'poster']) {
          const value = node.properties[attribute];
          if (typeof value !== 'string') continue;
          const rebased = rebaseUrl(value, base, trailingSlash);
          if (rebased !== value) ctx.setProperty(node, attribute, rebased);
        }
      },
    },
    raw(node, ctx) {
      const rebased = rebaseHtml(node.value, base, trailingSlash);
      if (rebased !== node.value) ctx.replaceNode(node, { type: 'raw', value: rebased });
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
  });
}
