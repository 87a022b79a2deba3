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
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only entry pages carry data-pagefind-body: reading tag pages, feeds and the
        // rest would only cost time.
        const added = await index.addDirectory({ path: site, glob: '*/{posts,ideas}/**/*.html' });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`Indexed ${added.page_count} pages for search.`);
        await close();
      },
    },
  };
}
