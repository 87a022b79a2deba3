import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project root. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** Result of one `astro build`. */
export interface BuildResult {
  /** Exit code of the build (0 on success). */
  status: number | null;
  /** stdout and stderr together, ANSI colours removed. */
  output: string;
  /** The output folder (a fresh temporary folder, unless one was given). */
  outDir: string;
}

/**
 * Runs `astro build` over a content root into a new temporary folder.
 * @param contentDir value for BLOG_CONTENT_DIR (relative to the project or absolute)
 * @param env extra environment variables
 * @param outDir the output folder (default: a new temporary folder)
 */
export function buildSite(
  contentDir: string,
  env: Record<string, string> = {},
  outDir = mkdtempSync(join(tmpdir(), 'blog-build-')),
): BuildResult {
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...buildEnv(), BLOG_CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir };
}

/**
 * The test process's environment without what Vitest puts there for its own
 * `import.meta.env` (BASE_URL, MODE, DEV, PROD, SSR): Astro would take them
 * for the site's, e.g. a BASE_URL of `/` hid the base path of a sub-path build.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
  return env;
}
