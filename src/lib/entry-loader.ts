import { glob, type Loader } from 'astro/loaders';
import { CORE_SCHEMA, load } from 'js-yaml';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(source);
  if (!match) return {};
  const data = load(match[1] ?? '', { schema: CORE_SCHEMA }) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('front matter must be a mapping of keys to values');
  return data as Record<string, unknown>;
}

/**
 * Remembers which file produced which entry id and fails on the second file
 * that maps to an id already taken (`Hello-World/en.md` and `hello-world/en.md`,
 * or `en.md` beside `en.mdx`), naming both files.
 * @param base the collection folder (absolute)
 * @returns a function from a file path (relative to base) to its entry id
 * @throws {Error} on a collision whose first file still exists
 */
export function createIdRegistry(base: string): (relativePath: string) => string {
  const owners = new Map<string, string>();
  return (relativePath) => {
    let id: string;
    try {
      id = buildEntryId(parseEntryPath(relativePath));
    } catch (error) {
      throw new Error(`${(error as Error).message} (in ${base})`);
    }
    const owner = owners.get(id);
    if (owner !== undefined && owner !== relativePath && existsSync(join(base, owner))) {
      // Files are read concurrently: sort the pair so the message is the same on every run.
      const [first, second] = [owner, relativePath].sort();
      throw new Error(
        `Two files give the same entry "${id}": ${join(base, first!)} and ${join(base, second!)}. ` +
          'Folder names are compared after slugifying (lower case, spaces as "-"), and a locale may have one file per folder: rename or remove one.',
      );
    }
    owners.set(id, relativePath);
    return id;
  };
}

/**
 * The content-layer loader of an entry collection (`posts`, `ideas`): Astro's
 * glob loader over `<slug>/<locale>.md|mdx`, with ids `<slug>/<locale>`, slug
 * collisions as errors, and front matter read as written (see {@link readFrontMatter}).
 * @param base absolute path of the collection folder
 */
export function createEntryLoader(base: string): Loader {
  const toId = createIdRegistry(base);
  const inner = glob({ base, pattern: '**/*.{md,mdx}', generateId: ({ entry }) => toId(entry) });
  return {
    name: 'entry-loader',
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => {
          let data: Record<string, unknown>;
          try {
            data = props.filePath ? readFrontMatter(readFileSync(props.filePath, 'utf8')) : props.data;
          } catch (error) {
            throw new Error(`${props.filePath}: the front matter is not valid YAML: ${(error as Error).message}`);
          }
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}
