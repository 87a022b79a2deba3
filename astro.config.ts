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
import { feedHtmlWorkers } from './src/lib/feed-html';
import { incrementalBuildGuard } from './src/lib/incremental-guard';
import { isMarkedNoindex, noindexRegistry } from './src/lib/noindex';
import { renderedPages } from './src/lib/rendered-pages';
import { markdownPipeline, pipelineSourceFiles, sourceClosure } from './src/lib/markdown-pipeline';
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
 * Astro's content cache keeps rendered Markdown and validated front matter and
 * does not notice a change to the Markdown pipeline (plugins, code themes,
 * dependency versions) or to the modules the content config runs (loader,
 * schemas; Astro hashes content.config.ts's own text only). Its folder
 * is therefore named by a hash of everything that shapes the rendering, so such
 * a change starts from an empty cache on its own. Another content root gets a
 * folder of its own too, so builds of fixtures never reuse or clobber the main one.
 */
const pipelineFiles = [
  new URL('astro.config.ts', import.meta.url),
  new URL('package-lock.json', import.meta.url),
  // The Markdown pipeline, and the content config with everything it runs (loader, schemas, settings).
  ...pipelineSourceFiles(),
  ...sourceClosure(new URL('src/content.config.ts', import.meta.url)),
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
const isPreviewCommand = process.argv.slice(2).includes('preview');
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
 * Each page's own robots meta is read as it renders or is copied from the last
 * build (src/lib/noindex.ts).
 * @param url absolute URL of a built page
 * @throws {Error} for a page the registry has not seen (the sitemap would
 *   otherwise guess)
 */
function isIndexable(url: string): boolean {
  const marked = isMarkedNoindex(new URL(url).pathname);
  if (marked === undefined)
    throw new Error(`The sitemap lists ${url}, a page this build neither rendered nor copied: cannot tell whether it is noindex.`);
  return !marked;
}

export default defineConfig({
  site: process.env['SITE_URL'] ?? site.url,
  base,
  cacheDir,
  trailingSlash,
  // Astro evaluates this for `astro build` too, with command 'preview' (it passes 'dev' or 'preview'); the
  // headers belong to `astro preview` alone, or a build would carry the last build's CSP in its config (which
  // Astro compares between builds to decide whether to clear the content cache).
  server: ({ command }) => (command === 'preview' && isPreviewCommand ? { headers: previewHeaders(servedDir) } : {}),
  // Pages render while earlier ones are written to disk: with one at a time the
  // main thread waits on file writes for a third of the build.
  build: { format: trailingSlash === 'always' ? 'directory' : 'file', concurrency: 8 },
  prerenderConflictBehavior: 'error',
  // Entry, list, tag and tag-feed pages carry a cacheKey (src/lib/page-keys.ts): a rebuild renders only the
  // pages whose content changed and copies the others from the last build (node_modules/.astro/…/dist).
  experimental: { incrementalBuild: true },
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
    // Before the integrations that read pages: it hands them the pages copied from the last build.
    renderedPages(),
    noindexRegistry(),
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
    // Feed items' HTML is sanitised on a worker thread while pages render.
    feedHtmlWorkers(),
    securityHeadersFile(),
    localizedNotFoundFiles(),
    // Pagefind has been indexing since the pages were written, and the hooks
    // above run meanwhile; this one waits for it to finish.
    searchIndex(),
    // Last: a build counts as finished for the incremental cache only when every hook above succeeded.
    incrementalBuildGuard(),
  ],
});
