import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '@/i18n/locales';
import { isDevServer } from '@/lib/build-info';
import { getContentRoot } from '@/lib/content-root';
import { createEntryLoader } from '@/lib/entry-loader';
import { bioSchema, entrySchema, tagNamesSchema } from '@/lib/schemas';

const root = getContentRoot(process.env, process.cwd());

/** A loader for a folder the content root does not have: no entries, no warning. */
const emptyLoader: Loader = { name: 'empty-loader', load: async ({ store }) => store.clear() };

/** Posts and ideas share one layout: `<slug>/<locale>.md|mdx`. */
function entryLoader(folder: string): Loader {
  const base = join(root, folder);
  if (!existsSync(base)) return emptyLoader;
  // Drafts exist only for the dev server; a build never sees them.
  return createEntryLoader(base, isDevServer());
}

export const collections = {
  posts: defineCollection({ loader: entryLoader('posts'), schema: ({ image }) => entrySchema(image) }),
  ideas: defineCollection({ loader: entryLoader('ideas'), schema: ({ image }) => entrySchema(image) }),
  bio: defineCollection({
    loader: existsSync(join(root, 'bio')) ? glob({ base: join(root, 'bio'), pattern: `{${locales.join(',')}}.{md,mdx}` }) : emptyLoader,
    schema: bioSchema,
  }),
  tagNames: defineCollection({
    loader: existsSync(join(root, 'tags.yaml')) ? glob({ base: root, pattern: 'tags.yaml' }) : emptyLoader,
    schema: tagNamesSchema,
  }),
};
