import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAttributes, startTags } from '@/lib/html-attributes';
import { onRenderedPage } from '@/lib/rendered-pages';

/**
 * JavaScript MIME type essences (WHATWG MIME Sniffing §4.6): a `<script>`
 * whose `type` is one of these, `module`, empty or absent is run.
 */
const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
  'module',
  '',
]);

/**
 * A start tag `<script …>` (any case; attribute values may hold `>`), its
 * text, and the end tag `</script` followed by white space, `/` or `>`
 * (HTML Living Standard §13.2.5: script data end tag).
 */
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script[\s/>]/gi;

/**
 * The texts of a page's inline scripts that a browser runs: every `<script>`
 * without `src` whose `type` is a JavaScript MIME type, `module`, empty or
 * absent. Data blocks (`application/ld+json`) are left out: browsers do not
 * run them, and CSP does not apply to them.
 * @param html a built page
 * @returns the script texts, exactly as between the tags
 */
export function findInlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = parseAttributes(match[1]!);
    if ('src' in attributes) continue;
    if (JAVASCRIPT_TYPES.has((attributes['type'] ?? '').trim().toLowerCase())) scripts.push(match[2]!);
  }
  return scripts;
}

/** Origins of other sites a page loads images, audio/video and frames from. */
export interface ExternalSources {
  img: string[];
  media: string[];
  frame: string[];
}

const EMBEDDING = startTags(['img', 'source', 'video', 'audio', 'track', 'iframe', 'embed']);

/**
 * The origins (`https://host[:port]`) of the images, media and frames a page
 * embeds from other sites, as an author may write in an entry
 * (`![chart](https://…)`, `<iframe src="https://…">`), so the policy can allow
 * exactly those and nothing else.
 * @param html a built page
 * @returns origins per CSP directive, without duplicates
 */
export function findExternalSources(html: string): ExternalSources {
  const found = { img: new Set<string>(), media: new Set<string>(), frame: new Set<string>() };
  for (const match of html.matchAll(EMBEDDING)) {
    const tag = match[1]!.toLowerCase();
    const attributes = parseAttributes(match[2]!);
    const urls = [attributes['src'], attributes['poster'], ...(attributes['srcset'] ?? '').split(',').map((c) => c.trim().split(/\s+/)[0])];
    for (const url of urls) {
      if (!url || !/^https?:\/\//i.test(url)) continue;
      let origin: string;
      try {
        origin = new URL(url).origin;
      } catch {
        continue;
      }
      if (tag === 'iframe' || tag === 'embed') found.frame.add(origin);
      else if (tag === 'img' || (tag === 'video' && url === attributes['poster'])) found.img.add(origin);
      else if (tag === 'source') {
        // A <source> serves a <picture> or a <video>/<audio>: allow it for both.
        found.img.add(origin);
        found.media.add(origin);
      } else found.media.add(origin);
    }
  }
  return { img: [...found.img], media: [...found.media], frame: [...found.frame] };
}

/**
 * A CSP hash source for a script (CSP Level 3, §2.3.1 and §8.4): the
 * SHA-256 of its UTF-8 text, base64-encoded, quoted.
 * @param script the script's text
 * @returns e.g. `'sha256-3o0Q…='`
 */
export function scriptHash(script: string): string {
  // The HTML parser turns CR LF and lone CR into LF before the browser hashes
  // the text (HTML Living Standard §13.2.3.5, preprocessing the input stream).
  const text = script.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The response headers of every file of the site. The Content-Security-Policy
 * allows scripts from the site itself and the given inline ones (by hash, no
 * `'unsafe-inline'`), plus WebAssembly for the search engine (Pagefind);
 * styles may be inline because code highlighting colours each token with a
 * `style` attribute. Nothing may frame the site, post forms elsewhere or
 * change the base URL. Images, media and frames from other sites are allowed
 * from exactly the origins the entries embed ({@link findExternalSources}).
 * @param hashes CSP hash sources of the inline scripts ({@link scriptHash})
 * @param external origins the pages embed from
 * @returns header name → value
 */
export function securityHeaders(
  hashes: Iterable<string>,
  external: ExternalSources = { img: [], media: [], frame: [] },
): Record<string, string> {
  const list = (sources: Iterable<string>) => [...new Set(sources)].sort().join(' ');
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${list(hashes)}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${list(external.img)}`.trim(),
    `media-src 'self' ${list(external.media)}`.trim(),
    `frame-src 'self' ${list(external.frame)}`.trim(),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

/**
 * A `_headers` file (the format of Netlify and Cloudflare Pages): one path
 * pattern, `/*`, then its headers indented by two spaces.
 * @param headers header name → value
 */
export function formatHeadersFile(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`;
}

/**
 * Reads the headers for `/*` back from a `_headers` file.
 * @param text the file
 * @returns header name → value (empty when the file has no `/*` block)
 */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (!line.startsWith(' ') && line.trim() !== '') inBlock = line.trim() === '/*';
    else if (inBlock && line.includes(':')) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

/**
 * The headers `astro preview` should send: those of the built site's
 * `_headers`, so the end-to-end tests run under the policy the host applies.
 * @param outDir the output folder
 * @returns header name → value, or an empty object before the first build
 */
export function previewHeaders(outDir: URL): Record<string, string> {
  const file = new URL('_headers', outDir);
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : {};
}

/**
 * Writes `_headers` into the output folder at `astro:build:done`, with the
 * hashes of every inline script of every built page, read as they render or
 * as they are copied from the last build (src/lib/rendered-pages.ts).
 * @returns the integration
 */
export function securityHeadersFile(): AstroIntegration {
  let hashes = new Set<string>();
  let external: ExternalSources = { img: [], media: [], frame: [] };
  let pages = 0;
  let unsubscribe = () => {};
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:start': () => {
        hashes = new Set();
        external = { img: [], media: [], frame: [] };
        pages = 0;
        unsubscribe = onRenderedPage(({ html }) => {
          pages++;
          for (const script of findInlineScripts(html)) hashes.add(scriptHash(script));
          const sources = findExternalSources(html);
          for (const directive of ['img', 'media', 'frame'] as const) external[directive].push(...sources[directive]);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        unsubscribe();
        writeFileSync(join(fileURLToPath(dir), '_headers'), formatHeadersFile(securityHeaders(hashes, external)));
        const origins = new Set([...external.img, ...external.media, ...external.frame]).size;
        logger.info(
          `Wrote _headers: a Content-Security-Policy with ${hashes.size} inline script hashes and ${origins} embedded origins, from ${pages} pages.`,
        );
      },
    },
  };
}
