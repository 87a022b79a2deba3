import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index over the finished site (`astro:build:done`),
 * one index per `<html lang>`, from the parts of pages marked
 * `data-pagefind-body` (entries in their own language only: fallback pages,
 * lists and drafts are not indexed). Pagefind segments Chinese text into words,
 * so a two-character word from the middle of a sentence is found.
 * @returns the integration
 * @throws {Error} when Pagefind reports an error, failing the build
 */
export function searchIndex(): AstroIntegration {
  let indexing: Promise<number> | undefined;
  return {
    name: 'search-index',
    hooks: {
      // Pages are all on disk once they are generated: Pagefind (its own
      // process) starts then and runs while Astro finishes the build and the
      // other integrations write the sitemap and the social cards.
      'astro:build:generated': ({ dir }) => {
        indexing = buildIndex(fileURLToPath(dir));
        // Awaited (and its failure reported) in astro:build:done.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await (indexing ?? buildIndex(fileURLToPath(dir)));
        logger.info(`Indexed ${pages} pages for search.`);
      },
    },
  };
}

/**
 * Indexes the entry pages of a built site and writes the index into its `pagefind/` folder.
 * @param site the output folder (absolute path, with a trailing slash)
 * @returns how many pages Pagefind read
 * @throws {Error} when Pagefind reports an error
 */
async function buildIndex(site: string): Promise<number> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Only entry pages carry data-pagefind-body: reading tag pages, feeds and the
    // rest would only cost time.
    const added = await index.addDirectory({ path: site, glob: '*/{posts,ideas}/**/*.html' });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${site}pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await close();
  }
}
