import { globSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load, CORE_SCHEMA } from 'js-yaml';

/** The sample content, read straight from the files: the oracle the e2e tests compare the site with. */
export const contentRoot = resolve(import.meta.dirname, '../../../src/content');
export const distRoot = resolve(import.meta.dirname, '../../../dist');

export type Locale = 'en' | 'zh';
export type Kind = 'posts' | 'ideas';

export interface SampleFile {
  kind: Kind;
  slug: string;
  locale: Locale;
  title: string;
  pubDate: string;
  draft: boolean;
  tags: string[];
  body: string;
}

export const files: SampleFile[] = globSync('{posts,ideas}/**/{en,zh}.{md,mdx}', { cwd: contentRoot }).map((path) => {
  const parts = path.split('/');
  const kind = parts.shift() as Kind;
  const locale = parts.pop()!.replace(/\.mdx?$/, '') as Locale;
  const text = readFileSync(join(contentRoot, path), 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const data = load(front, { schema: CORE_SCHEMA }) as Record<string, unknown>;
  return {
    kind,
    slug: parts.join('/'),
    locale,
    title: String(data['title']),
    pubDate: String(data['pubDate']),
    draft: data['draft'] === true,
    tags: (data['tags'] as string[] | undefined) ?? [],
    body,
  };
});

export const published = files.filter((f) => !f.draft);
export const drafts = files.filter((f) => f.draft);

/** Slugs of a kind that have a published version. */
export function slugsOf(kind: Kind): string[] {
  return [...new Set(published.filter((f) => f.kind === kind).map((f) => f.slug))].sort();
}

/**
 * What a locale lists for a kind (or both): for each entry, its version in the
 * locale, else its other version; newest first. Independent of the site's code.
 */
export function expectedList(locale: Locale, kind?: Kind): SampleFile[] {
  const kinds: Kind[] = kind ? [kind] : ['posts', 'ideas'];
  return kinds
    .flatMap((k) =>
      slugsOf(k).map((slug) => {
        const versions = published.filter((f) => f.kind === k && f.slug === slug);
        return versions.find((f) => f.locale === locale) ?? versions[0]!;
      }),
    )
    .sort((a, b) => Date.parse(b.pubDate) - Date.parse(a.pubDate));
}
