import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * Resolves the content root: `BLOG_CONTENT_DIR` (relative to the project or
 * absolute) when set, else `src/content`.
 * @param env the environment, normally `process.env`
 * @param projectRoot absolute path of the project
 * @returns the absolute path of an existing folder
 * @throws {Error} when the folder does not exist, naming the path and the variable
 */
export function getContentRoot(env: Record<string, string | undefined>, projectRoot: string): string {
  const configured = env['BLOG_CONTENT_DIR']?.trim();
  const root = configured ? (isAbsolute(configured) ? configured : resolve(projectRoot, configured)) : resolve(projectRoot, 'src/content');
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new Error(
      `Content root "${root}" is not a folder${configured ? ` (BLOG_CONTENT_DIR=${configured})` : ''}. ` +
        'Set BLOG_CONTENT_DIR to a folder that holds posts/ (and optionally ideas/, bio/, tags.yaml).',
    );
  }
  return root;
}

/** Files a content root may hold besides its folders, and the spellings authors reach for instead. */
const ROOT_FILE_ALIASES: Readonly<Record<string, string>> = { 'tags.yml': 'tags.yaml', 'tags.json': 'tags.yaml' };

/**
 * Finds files at the content root whose name is a near miss of a file the
 * site reads (`tags.yml` for `tags.yaml`), which would otherwise be ignored.
 * @param root the content root (absolute)
 * @returns one message per such file
 */
export function findMisnamedRootFiles(root: string): string[] {
  return Object.entries(ROOT_FILE_ALIASES)
    .filter(([alias]) => existsSync(join(root, alias)))
    .map(([alias, name]) => `${join(root, alias)} is not read: name it ${name}.`);
}
