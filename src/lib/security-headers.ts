import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The bodies of a page's inline classic and module scripts: every
 * `<script>` without `src` whose `type` is absent, `module` or a JavaScript
 * MIME type. Data blocks (`application/ld+json`) are left out: browsers do
 * not run them, and CSP does not apply to them (CSP Level 3, §4.2.3).
 * The site's own output is scanned, not arbitrary HTML: Astro writes
 * `<script …>` tags without comments or CDATA around them.
 * @param html a built page
 * @returns the script texts, exactly as between the tags
 */
export function findInlineScripts(html: string): string[] {
  const scripts: string[] = [];
  let from = 0;
  for (;;) {
    const open = html.indexOf('<script', from);
    if (open < 0) return scripts;
    const tagEnd = html.indexOf('>', open);
    const close = html.indexOf('</script>', tagEnd);
    if (tagEnd < 0 || close < 0) return scripts;
    const tag = html.slice(open, tagEnd + 1);
    const type = /\stype=["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    const runs = type === undefined || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
    if (runs && !/\ssrc=/i.test(tag)) scripts.push(html.slice(tagEnd + 1, close));
    from = close + '</script>'.length;
  }
}

/**
 * A CSP hash source for a script (CSP Level 3, §2.3.1 and §8.4): the
 * SHA-256 of its UTF-8 text, base64-encoded, quoted.
 * @param script the script's text
 * @returns e.g. `'sha256-3o0Q…='`
 */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The response headers of every file of the site. The Content-Security-Policy
 * allows scripts from the site itself and the given inline ones (by hash, no
 * `'unsafe-inline'`), plus WebAssembly for the search engine (Pagefind);
 * styles may be inline because code highlighting colours each token with a
 * `style` attribute. Nothing may frame the site, post forms elsewhere or
 * change the base URL.
 * @param hashes CSP hash sources of the inline scripts ({@link scriptHash})
 * @returns header name → value
 */
export function securityHeaders(hashes: Iterable<string>): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(hashes)].sort().join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
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
 * hashes of every inline script of every built page.
 * @returns the integration
 */
export function securityHeadersFile(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const hashes = new Set<string>();
        for (const page of globSync('**/*.html', { cwd: site })) {
          for (const script of findInlineScripts(readFileSync(join(site, page), 'utf8'))) hashes.add(scriptHash(script));
        }
        writeFileSync(join(site, '_headers'), formatHeadersFile(securityHeaders(hashes)));
        logger.info(`Wrote _headers: a Content-Security-Policy with ${hashes.size} inline script hashes.`);
      },
    },
  };
}
