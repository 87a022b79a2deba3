import { glob, type Loader } from 'astro/loaders';
import { escapePath, globSync } from 'tinyglobby';
import { boolCoreTag, FAILSAFE_SCHEMA, load, nullCoreTag } from 'js-yaml';
import type { Definition, Html, Image, ImageReference, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isLocale, locales } from '@/i18n/locales';
import { parseDate } from '@/lib/dates';
import { buildEntryId, parseEntryPath } from '@/lib/entry-id';
import { withMarkdownWorkers, type ContentLoaderContext } from '@/lib/markdown-workers';
import { parseAttributes, startTags } from '@/lib/html-attributes';

/**
 * The YAML schema for front matter: the failsafe schema (YAML 1.2 §10.1: every
 * scalar is a string) plus the core schema's null and booleans. Dates stay as
 * written (`2026-02-30` is not rolled over to a Date) and so do numbers
 * (`title: 1.10` is "1.10", not 1.1), so the content schema sees exactly what
 * the author wrote; `draft: true` is still a boolean.
 */
const FRONT_MATTER_YAML = FAILSAFE_SCHEMA.withTags(nullCoreTag, boolCoreTag);

/**
 * Reads a file's YAML front matter with {@link FRONT_MATTER_YAML}.
 * @param source the whole file
 * @returns the front matter object (empty when the file has none)
 * @throws {Error} when the YAML does not parse or is not a mapping
 */
export function readFrontMatter(source: string): Record<string, unknown> {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(source);
  if (!match) return {};
  const data = load(match[1] ?? '', { schema: FRONT_MATTER_YAML }) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('front matter must be a mapping of keys to values');
  return data as Record<string, unknown>;
}

/**
 * Remembers which file and folder produced which entry and fails on a second
 * one that maps to an entry already taken, naming both files:
 * `Hello-World/en.md` and `hello-world/en.md` (same id), `en.md` beside
 * `en.mdx` (same id), or `Hello/en.md` and `hello/zh.md` (two folders, one
 * slug: they would silently become translations of each other).
 * @param base the collection folder (absolute)
 * @returns a function from a file path (relative to base) to its entry id
 * @throws {Error} on a collision whose first file still exists
 */
export function createIdRegistry(base: string): (relativePath: string) => string {
  const owners = new Map<string, string>();
  const slugOwners = new Map<string, string>();
  const fail = (what: string, a: string, b: string): never => {
    // Files are read concurrently: sort the pair so the message is the same on every run.
    const [first, second] = [a, b].sort();
    throw new Error(
      `Two files give the same ${what}: ${join(base, first!)} and ${join(base, second!)}. ` +
        'Folder names are compared after slugifying (lower case, spaces as "-"), and a locale may have one file per folder: rename or remove one.',
    );
  };
  const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/'));
  return (relativePath) => {
    let location;
    try {
      location = parseEntryPath(relativePath);
    } catch (error) {
      throw new Error(`${(error as Error).message} (in ${base}) Rename it, or move it out of that folder.`);
    }
    const id = buildEntryId(location);
    const owner = owners.get(id);
    if (owner !== undefined && owner !== relativePath && existsSync(join(base, owner))) fail(`entry "${id}"`, owner, relativePath);
    const slugOwner = slugOwners.get(location.slug);
    if (slugOwner !== undefined && folderOf(slugOwner) !== folderOf(relativePath) && existsSync(join(base, slugOwner))) {
      fail(`slug "${location.slug}" from two folders`, slugOwner, relativePath);
    }
    owners.set(id, relativePath);
    slugOwners.set(location.slug, relativePath);
    return id;
  };
}

/** Extensions that look like Markdown but are not read (only lower-case `.md` and `.mdx` are). */
const MARKDOWN_LIKE = /\.(md|mdx|markdown|mdown|mkd|mkdn)$/i;

/**
 * Finds files that an author would take for content but the loader would not
 * read: `en.MD`, `en.markdown`, or anything inside a hidden (`.`-prefixed) folder.
 * @param base the collection folder (absolute)
 * @returns their paths relative to base, sorted
 */
export function findStrayContentFiles(base: string): string[] {
  return (readdirSync(base, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(base, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => MARKDOWN_LIKE.test(path) && (!/\.(md|mdx)$/.test(path) || path.split('/').some((part) => part.startsWith('.'))))
    .sort();
}

/**
 * Splits a collection folder's entry files into those a build reads and those
 * it leaves out before Astro sees them (so nothing of theirs, page, tag or
 * image, can reach the build): drafts unless `includeDrafts`, and files
 * scheduled after `publishedBy` when it is given.
 * @param base the collection folder (absolute)
 * @param options `includeDrafts` (dev server) and `publishedBy` (the build time, or undefined to keep later entries)
 * @returns both lists, paths relative to base
 */
export function sortOutFiles(base: string, options: { includeDrafts: boolean; publishedBy?: Date | undefined }) {
  const hidden: string[] = [];
  const readable: string[] = [];
  // One read of each file's front matter; one that does not parse is read by the build, which reports it.
  for (const file of globSync('**/*.{md,mdx}', { cwd: base }).sort()) {
    let data: Record<string, unknown> = {};
    if (!options.includeDrafts || options.publishedBy !== undefined) {
      try {
        data = readFrontMatter(readFileSync(join(base, file), 'utf8'));
      } catch {
        data = {};
      }
    }
    const draft = !options.includeDrafts && data['draft'] === true;
    const date = options.publishedBy === undefined ? undefined : parseDate(data['pubDate']);
    const scheduled = date !== undefined && date.getTime() > options.publishedBy!.getTime();
    (draft || scheduled ? hidden : readable).push(file);
  }
  return { hidden, readable };
}

/** A URL Astro treats as a file beside the entry: no scheme, not site-absolute, not a fragment. */
function isRelativeUrl(url: string): boolean {
  return url !== '' && !/^[a-z][a-z\d+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#');
}

/** A media element in raw HTML: its tag name and the inside of its start tag. */
const RAW_MEDIA = startTags(['img', 'video', 'audio', 'source', 'track']);
const RAW_MEDIA_HINT = /<(?:img|video|audio|source|track)\b/i;

/** Whether a relative URL names an existing file beside `folder`, written raw or percent-encoded. */
function existsBeside(folder: string, url: string): boolean {
  const path = url.split(/[?#]/)[0]!;
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // Not valid percent-encoding (`100%.png`): the raw spelling is the file name.
  }
  return existsSync(resolve(folder, decoded)) || existsSync(resolve(folder, path));
}

/** Walks an mdast tree. */
function visit(node: Root | Root['children'][number], fn: (node: Root['children'][number]) => void): void {
  if (node.type !== 'root') fn(node);
  if ('children' in node) for (const child of node.children) visit(child as Root['children'][number], fn);
}

/**
 * Problems with the images an entry uses, so the build can name the file and
 * the field instead of failing later with only the image's name: a relative
 * `heroImage` or Markdown image (`![…](./x.png)`, `![…](x.png)`) whose file
 * does not exist, and reference-style images (`![x][ref]`), which Astro does
 * not process; and media in raw HTML (`<img src="./x.png">`, `<video>`,
 * `<source srcset>`) naming a file by a relative path, which the build neither
 * processes nor copies. Images in code, inline code and HTML comments are ignored: the
 * body is parsed as Markdown (mdast-util-from-markdown), not searched as text.
 * @param filePath absolute path of the entry file
 * @param data its front matter as written
 * @param body its Markdown body (the whole file also works: front matter has no images)
 * @returns one message per problem
 */
export function findImageProblems(filePath: string, data: Record<string, unknown>, body: string): string[] {
  const folder = dirname(filePath);
  const problems: string[] = [];
  const hero = data['heroImage'];
  if (typeof hero === 'string' && isRelativeUrl(hero) && !existsBeside(folder, hero)) {
    problems.push(`heroImage: "${hero}" does not exist beside the file`);
  }
  if (!body.includes('![') && !RAW_MEDIA_HINT.test(body)) return problems;
  const tree = fromMarkdown(body);
  const definitions = new Map<string, string>();
  visit(tree, (node) => {
    if (node.type === 'definition') definitions.set((node as Definition).identifier, (node as Definition).url);
  });
  visit(tree, (node) => {
    if (node.type === 'image') {
      const { url } = node as Image;
      if (isRelativeUrl(url) && !existsBeside(folder, url)) problems.push(`image "${url}" in the text does not exist beside the file`);
    } else if (node.type === 'imageReference') {
      const url = definitions.get((node as ImageReference).identifier);
      if (url !== undefined && isRelativeUrl(url)) {
        problems.push(`reference-style image "${url}" is not processed by the build: write it inline, ![…](${url})`);
      }
    } else if (node.type === 'html') {
      // Raw HTML (or, in MDX, JSX) media: the build neither processes nor copies a file they name by a relative path.
      for (const match of (node as Html).value.matchAll(RAW_MEDIA)) {
        const attributes = parseAttributes(match[2]!);
        const urls = [
          attributes['src'],
          attributes['poster'],
          ...(attributes['srcset'] ?? '').split(',').map((c) => c.trim().split(/\s+/)[0]),
        ];
        for (const url of urls) {
          if (url && isRelativeUrl(url)) {
            const tag = match[1]!.toLowerCase();
            const fix =
              tag === 'img'
                ? `write it as ![…](${url}), or put the file in public/ and use a /path`
                : 'put the file in public/ and use a /path';
            problems.push(`<${tag}> in raw HTML names "${url}", which the build does not copy: ${fix}`);
          }
        }
      }
    }
  });
  return problems;
}

/**
 * Ids of a flat folder of locale files (`bio/en.md`, `bio/zh.md`): the id is
 * the locale. A file in a subfolder, a file not named by a locale, or a second
 * file for one locale (`en.md` beside `en.mdx`) fails, naming the file(s).
 * @param base the folder (absolute)
 */
export function createLocaleFileRegistry(base: string): (relativePath: string) => string {
  const owners = new Map<string, string>();
  return (relativePath) => {
    const locale = relativePath.replace(/\.(md|mdx)$/i, '');
    if (relativePath.includes('/') || !isLocale(locale)) {
      throw new Error(
        `Content file "${join(base, relativePath)}" is not named by a locale: expected ${locales.map((l) => `${l}.md`).join(' or ')} directly in ${base}. Rename it, or move it out of that folder.`,
      );
    }
    const owner = owners.get(locale);
    if (owner !== undefined && owner !== relativePath && existsSync(join(base, owner))) {
      const [first, second] = [owner, relativePath].sort();
      throw new Error(`Two files give the same page "${locale}": ${join(base, first!)} and ${join(base, second!)}. Keep one of them.`);
    }
    owners.set(locale, relativePath);
    return locale;
  };
}

/**
 * A content-layer loader over Markdown/MDX files: Astro's glob loader, with
 * - ids from the layout: `entries` (`<slug>/<locale>.md|mdx`, id `<slug>/<locale>`,
 *   slug collisions as errors) or `flat` (`<locale>.md|mdx`, id `<locale>`);
 * - files that look like content but would not be read as errors;
 * - front matter read as written (see {@link readFrontMatter});
 * - missing relative images named with their file and field;
 * - outside the dev server, drafts left out before Astro reads them (so
 *   neither their pages nor their images are built), and so are entries
 *   scheduled after `publishedBy`.
 * @param base absolute path of the folder
 * @param options `layout`, `includeDrafts` (true only for `astro dev`) and
 *   `publishedBy`: the build time, or undefined to keep entries dated later too;
 *   `markdownWorkers`: threads that render `.md` files (see withMarkdownWorkers; default 0, Astro renders them)
 * @throws {Error} from load() on any of the problems above, naming the file
 */
export function createContentLoader(
  base: string,
  options: { layout: 'entries' | 'flat'; includeDrafts: boolean; publishedBy?: Date | undefined; markdownWorkers?: number },
): Loader {
  return {
    name: `content-loader-${options.layout}`,
    load: async (context) => {
      const stray = findStrayContentFiles(base);
      if (stray.length > 0) {
        throw new Error(
          `These files look like content but would not be read: ${stray.map((f) => join(base, f)).join(', ')}. ` +
            'Name entry files en.md, zh.md (or .mdx, lower case), outside hidden folders.',
        );
      }
      const toId = options.layout === 'entries' ? createIdRegistry(base) : createLocaleFileRegistry(base);
      const { hidden, readable } = sortOutFiles(base, options);
      // Nothing left to read (every file a draft or scheduled): an empty collection, without the glob loader's "no files found" warning.
      if (readable.length === 0) {
        context.store.clear();
        return;
      }
      const pattern = ['**/*.{md,mdx}', ...hidden.map((file) => `!${escapePath(file)}`)];
      const inner = glob({ base, pattern, generateId: ({ entry }) => toId(entry) });
      // Astro passes the entry types along with the documented context (see ContentLoaderContext).
      const rendering = withMarkdownWorkers(context as ContentLoaderContext, options.markdownWorkers ?? 0);
      try {
        await inner.load({
          ...context,
          entryTypes: rendering.entryTypes,
          parseData: (props) => {
            let data: Record<string, unknown>;
            let source = '';
            try {
              source = props.filePath ? readFileSync(props.filePath, 'utf8') : '';
              data = props.filePath ? readFrontMatter(source) : props.data;
            } catch (error) {
              throw new Error(`${props.filePath}: the front matter is not valid YAML: ${(error as Error).message}`);
            }
            if (props.filePath) {
              const problems = findImageProblems(props.filePath, data, source);
              if (problems.length > 0) {
                throw new Error(
                  `${props.filePath}: ${problems.join('; ')}. Put the image files beside the entry file or correct the paths.`,
                );
              }
            }
            return context.parseData({ ...props, data: data as typeof props.data });
          },
        } as ContentLoaderContext);
      } finally {
        await rendering.done();
      }
    },
  };
}
