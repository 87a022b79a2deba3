import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultLocale, localeInfo, locales } from './src/i18n/locales';
import { setAstroCommand } from './src/lib/build-info';
import { mdxErrorHints } from './src/lib/mdx-errors';
import { isMarkedNoindex } from './src/lib/noindex';
import { markdownPipeline, pipelineSourceFiles } from './src/lib/markdown-pipeline';
import { localizedNotFoundFiles } from './src/lib/not-found-files';
import { searchIndex } from './src/lib/search-index';
import { previewHeaders, securityHeadersFile } from './src/lib/security-headers';
import { CARD_CACHE_DIR, socialCards } from './src/lib/social-cards';
import { resolveBase, resolveTrailingSlash } from './src/lib/deploy';
import { site } from './src/site.config';

const base = resolveBase();
const trailingSlash = resolveTrailingSlash();
const contentDir = process.env['BLOG_CONTENT_DIR'];
/**
 * Astro's content cache keeps rendered Markdown and does not notice a change to
 * the Markdown pipeline (plugins, code themes, dependency versions). Its folder
 * is therefore named by a hash of everything that shapes the rendering, so such
 * a change starts from an empty cache on its own. Another content root gets a
 * folder of its own too, so builds of fixtures never reuse or clobber the main one.
 */
const pipelineFiles = [
  new URL('astro.config.ts', import.meta.url),
  new URL('package-lock.json', import.meta.url),
  new URL('src/lib/markdown-workers.ts', import.meta.url),
  ...pipelineSourceFiles(),
];
const pipelineHash = createHash('sha256');
for (const file of pipelineFiles) pipelineHash.update(readFileSync(file));
// Links inside entries are rewritten for the base path and the slash policy.
pipelineHash.update(`${base}\0${trailingSlash}`);
const pipeline = pipelineHash.digest('hex').slice(0, 12);
const cacheDir = contentDir
  ? `./node_modules/.astro/roots/${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 16)}-${pipeline}`
  : `./node_modules/.astro/site-${pipeline}`;

/**
 * The folder `astro preview` serves (`--outDir` or `dist/`): its `_headers`
 * become the preview's response headers, so tests run under the host's policy.
 */
const outDirFlag = process.argv.indexOf('--outDir');
const servedDir = outDirFlag > 0 ? pathToFileURL(`${resolve(process.argv[outDirFlag + 1]!)}/`) : new URL('./dist/', import.meta.url);

/** Tells the content layer and the page code which command runs (drafts show in `astro dev` only). */
const commandProbe: AstroIntegration = {
  name: 'command-probe',
  hooks: {
    'astro:config:setup': ({ command }) => setAstroCommand(command),
  },
};

/**
 * Pages marked `noindex` (untranslated fallbacks, 404s, the root redirect) stay
 * out of the sitemap, so its hreflang alternates only pair versions that exist.
 * The pages report themselves as they render (src/lib/noindex.ts).
 * @param url absolute URL of a built page
 * @throws {Error} when no page reported (every build has noindex 404 pages, so
 *   the sitemap would otherwise list pages it must not)
 */
function isIndexable(url: string): boolean {
  const marked = isMarkedNoindex(new URL(url).pathname);
  if (marked === undefined)
    throw new Error('No page reported whether it is noindex: the sitemap cannot leave out fallbacks and 404 pages.');
  return !marked;
}

export default defineConfig({
  site: process.env['SITE_URL'] ?? site.url,
  base,
  cacheDir,
  trailingSlash,
  server: ({ command }) => (command === 'preview' ? { headers: previewHeaders(servedDir) } : {}),
  // Pages render while earlier ones are written to disk: with one at a time the
  // main thread waits on file writes for a third of the build.
  build: { format: trailingSlash === 'always' ? 'directory' : 'file', concurrency: 8 },
  prerenderConflictBehavior: 'error',
  // Images in entries get srcset and sizes for the text column; the site's CSS does the styling.
  image: { layout: 'constrained', responsiveStyles: false },
  markdown: markdownPipeline(base, trailingSlash),
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    commandProbe,
    mdx(),
    mdxErrorHints(),
    sitemap({
      filter: isIndexable,
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(locales.map((l) => [l, localeInfo[l].lang])),
      },
    }),
    socialCards({ cacheDir: CARD_CACHE_DIR }),
    securityHeadersFile(),
    localizedNotFoundFiles(),
    // Last: Pagefind has been indexing since the pages were written, and the
    // hooks above run meanwhile; this one waits for it to finish.
    searchIndex(),
  ],
});
