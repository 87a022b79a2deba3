import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { check, LinkState } from 'linkinator';
import { globSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SaxesParser } from 'saxes';
import { projectRoot } from './build';

/** What linkinator found over a built site. */
export interface LinkReport {
  /** Site paths of the HTML pages the check started from (every `.html` file in the folder). */
  pages: string[];
  /** Distinct same-site paths (decoded) requested and answered 200 (pages, images, scripts, stylesheets, feeds…). */
  ok: string[];
  /** Links to other hosts and other schemes (`mailto:`): listed, never fetched. */
  skipped: string[];
  /** Every broken link or `#fragment`, as `page → URL (status or reason)`. */
  broken: string[];
}

/**
 * Asks the system for a free TCP port on 127.0.0.1.
 * @returns the port number
 */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('No port'))));
    });
  });
}

/**
 * Checks every link of a built site with linkinator: it serves the folder on
 * 127.0.0.1 (a static server of its own, as a host serves `a/` from
 * `a/index.html`), starts from every HTML file, follows same-site links and
 * requests every `<a href>`, `<link href>` (stylesheets, icons, feeds, canonical
 * and hreflang alternates), `<img src>`/`srcset`, `<script src>`, CSS `url()`
 * and `<meta>` URL, and checks that each `#fragment` names an element id on the
 * target page (same page or another). Absolute links to the site's own origin
 * are checked against the folder too; other hosts and schemes are not fetched.
 * @param dist the build output folder (absolute)
 * @param origin the site's public origin, e.g. `https://blog.example.com`
 * @param start site-relative globs of the pages to start from (default: every HTML file)
 * @returns what was checked and what is broken
 */
export async function checkLinks(dist: string, origin: string, start = ['**/*.html']): Promise<LinkReport> {
  const port = await freePort();
  const local = `http://127.0.0.1:${port}`;
  const own = new RegExp(`^(${local.replace(/[.:/]/g, '\\$&')}|${origin.replace(/[.:/]/g, '\\$&')})(/|$)`);
  const result = await check({
    path: start,
    serverRoot: dist,
    port,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 16,
    timeout: 30_000,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${origin.replace(/[.:/]/g, '\\$&')}`), replacement: local }],
    linksToSkip: async (url: string) => !own.test(url),
  });
  // Site paths as the files are named: the server root stripped, percent-encoding (RFC 3986 §2.1) undone.
  const sitePath = (url: string) => decodeURI(url.startsWith(local) ? url.slice(local.length) : url.startsWith('/') ? url : `/${url}`);
  return {
    pages: globSync(start, { cwd: dist })
      .map((file) => `/${file}`)
      .sort(),
    ok: [...new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => sitePath(link.url)))].sort(),
    skipped: [...new Set(result.links.filter((link) => link.state === LinkState.SKIPPED).map((link) => link.url))].sort(),
    broken: result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map(
        (link) =>
          `${sitePath(link.parent ?? '')} → ${sitePath(link.url)} (${link.status || link.failureDetails?.map((d) => (d instanceof Error ? d.message : String(d))).join('; ')})`,
      )
      .sort(),
  };
}

/** One html-validate finding, located. */
export interface HtmlProblem {
  /** The file, relative to the build folder. */
  file: string;
  /** `line:column ruleId message [selector]`. */
  message: string;
}

/**
 * Validates every HTML file of a built site with html-validate and the
 * project's rule set (`.htmlvalidate.mjs`: `html-validate:recommended` and
 * `html-validate:document`, with the changes justified there).
 * @param dist the build output folder (absolute)
 * @returns the files validated (relative paths, sorted) and every error or warning found
 */
export async function validateHtml(dist: string): Promise<{ files: string[]; problems: HtmlProblem[] }> {
  const config = (await import(pathToFileURL(join(projectRoot, '.htmlvalidate.mjs')).href)) as { default: ConfigData };
  const validator = new HtmlValidate(config.default);
  const files = globSync('**/*.html', { cwd: dist }).sort();
  const problems: HtmlProblem[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
    for (const result of report.results) {
      problems.push(
        ...result.messages.map((m: Message) => ({ file, message: `${m.line}:${m.column} ${m.ruleId} ${m.message} [${m.selector ?? ''}]` })),
      );
    }
  }
  return { files, problems };
}

/**
 * Checks that a document is well-formed XML 1.0 with well-formed namespaces
 * (W3C XML 1.0 §2.1, Namespaces in XML 1.0), using saxes, a strict
 * non-validating parser. fast-xml-parser, which the tests use to read values,
 * is lenient and does not check this.
 * @param xml the document's text
 * @returns the parser's error messages (with line and column); empty when well-formed
 */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}
