import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getBuildTime, isDevServer, shouldShowFuture } from '@/lib/build-info';
import { findMisnamedRootFiles, getContentRoot } from '@/lib/content-root';
import { createContentLoader } from '@/lib/entry-loader';
import { markdownWorkerCount } from '@/lib/markdown-workers';
import { bioSchema, entrySchema, tagNamesSchema } from '@/lib/schemas';
import { site } from '@/site.config';

const root = getContentRoot(process.env, process.cwd());
const misnamed = findMisnamedRootFiles(root);
if (misnamed.length > 0) throw new Error(misnamed.join(' '));

/** A loader for a folder the content root does not have: no entries, no warning. */
const emptyLoader: Loader = { name: 'empty-loader', load: async ({ store }) => store.clear() };

/**
 * Posts and ideas: `<slug>/<locale>.md|mdx`; the bio: `<locale>.md|mdx`.
 * Drafts exist only for the dev server; a build never sees them. Entries dated
 * after the build time (SOURCE_DATE_EPOCH, else now) are left out the same way
 * unless `site.showFuture` or BLOG_SHOW_FUTURE says to show them.
 */
function contentLoader(folder: string, layout: 'entries' | 'flat'): Loader {
  const base = join(root, folder);
  return existsSync(base)
    ? createContentLoader(base, {
        layout,
        includeDrafts: isDevServer(),
        publishedBy: shouldShowFuture(site.showFuture) ? undefined : getBuildTime(),
        // The dev server renders an entry when it changes: Astro's own rendering is enough there.
        markdownWorkers: isDevServer() ? 0 : markdownWorkerCount(process.env),
      })
    : emptyLoader;
}

export const collections = {
  posts: defineCollection({ loader: contentLoader('posts', 'entries'), schema: ({ image }) => entrySchema(image) }),
  ideas: defineCollection({ loader: contentLoader('ideas', 'entries'), schema: ({ image }) => entrySchema(image) }),
  bio: defineCollection({ loader: contentLoader('bio', 'flat'), schema: bioSchema }),
  tagNames: defineCollection({
    loader: existsSync(join(root, 'tags.yaml')) ? glob({ base: root, pattern: 'tags.yaml' }) : emptyLoader,
    schema: tagNamesSchema,
  }),
};
