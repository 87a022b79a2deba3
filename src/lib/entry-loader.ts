import { glob, type Loader } from 'astro/loaders';
import { escapePath, globSync } from 'tinyglobby';
import { CORE_SCHEMA, load } from 'js-yaml';
import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { buildEntryId, parseEntryPath } from '@/lib/entry-id';

/**
 * Reads a file's YAML front matter with the YAML core schema (YAML 1.2 §10.3),
 * in which `2026-02-30` stays a string instead of rolling over to a Date, so the
 * schema sees exactly what the author wrote.
 * @param source the whole file
 * @returns the front matter object (empty when the file has none)
 * @throws {Error} when the YAML does not parse or is not a mapping
 */
export function readFrontMatter(source: string): Record<string, unknown> {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(source);
  if (!match) return {};
  const data = load(match[1] ?? '', { schema: CORE_SCHEMA }) ?? {};
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
      throw new Error(`${(error as Error).message} (in ${base})`);
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
 * Entry files whose front matter says `draft: true`. A file whose front matter
 * does not parse is not listed, so the build still reads it and reports the error.
 * @param base the collection folder (absolute)
 * @returns paths relative to base
 */
export function findDraftFiles(base: string): string[] {
  return globSync('**/*.{md,mdx}', { cwd: base }).filter((file) => {
    try {
      return readFrontMatter(readFileSync(join(base, file), 'utf8'))['draft'] === true;
    } catch {
      return false;
    }
  });
}

/**
 * Relative images an entry uses (`heroImage` and `![…](./x.png)` in the body)
 * that do not exist, so the build can name the file and the field instead of
 * failing later with only the image's name.
 * @param filePath absolute path of the entry file
 * @param data its front matter as written
 * @param body its Markdown body
 * @returns one message per missing image
 */
export function findMissingImages(filePath: string, data: Record<string, unknown>, body: string): string[] {
  const folder = dirname(filePath);
  const missing: string[] = [];
  if (typeof data['heroImage'] === 'string' && /^\.{1,2}\//.test(data['heroImage']) && !existsSync(resolve(folder, data['heroImage']))) {
    missing.push(`heroImage: "${data['heroImage']}" does not exist beside the file`);
  }
  for (const match of body.matchAll(/!\[[^\]]*\]\((\.{1,2}\/[^)\s]+)/g)) {
    const target = decodeURI(match[1]!);
    if (!existsSync(resolve(folder, target))) missing.push(`image "${match[1]}" in the text does not exist beside the file`);
  }
  return missing;
}

/**
 * The content-layer loader of an entry collection (`posts`, `ideas`): Astro's
 * glob loader over `<slug>/<locale>.md|mdx`, with ids `<slug>/<locale>`, slug
 * collisions and stray files as errors, front matter read as written (see
 * {@link readFrontMatter}), missing relative images named with their file, and,
 * in a production build, drafts left out of the store (so neither their pages
 * nor their images are built).
 * @param base absolute path of the collection folder
 * @param includeDrafts keep drafts (the dev server)
 * @throws {Error} from load() on any of the problems above, naming the file
 */
export function createEntryLoader(base: string, includeDrafts: boolean): Loader {
  return {
    name: 'entry-loader',
    load: async (context) => {
      const stray = findStrayContentFiles(base);
      if (stray.length > 0) {
        throw new Error(
          `These files look like content but would not be read: ${stray.map((f) => join(base, f)).join(', ')}. ` +
            'Name entry files en.md, zh.md (or .mdx, lower case), outside hidden folders.',
        );
      }
      const toId = createIdRegistry(base);
      // Drafts are left out before Astro reads them: nothing of theirs (page, tag, image) can reach the build.
      const drafts = includeDrafts ? [] : findDraftFiles(base);
      const pattern = ['**/*.{md,mdx}', ...drafts.map((file) => `!${escapePath(file)}`)];
      const inner = glob({ base, pattern, generateId: ({ entry }) => toId(entry) });
      await inner.load({
        ...context,
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
            const missing = findMissingImages(props.filePath, data, source);
            if (missing.length > 0) throw new Error(`${props.filePath}: ${missing.join('; ')}.`);
          }
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      });
    },
  };
}
