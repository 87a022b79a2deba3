import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Keeps a failed build from poisoning Astro's incremental build. Astro copies
 * each page into its cache as it renders and writes the manifest (which key
 * each copy belongs to) only when all pages are done, so a build that fails
 * half-way leaves the last manifest naming copies it overwrote: reverting the
 * edit would then publish pages of the failed build, or empty ones. This
 * integration marks a build as running at `astro:build:start` and clears the
 * mark when it is done; a build that finds the mark (the last one failed or
 * was killed) deletes the manifest first, so every page is rendered again.
 * List it last, so the mark is cleared only when every other hook succeeded.
 * @returns the integration
 */
export function incrementalBuildGuard(): AstroIntegration {
  let cacheDir: URL;
  const marker = () => new URL('incremental-build.running', cacheDir);
  return {
    name: 'incremental-build-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:start': ({ logger }) => {
        if (existsSync(marker())) {
          rmSync(new URL('incremental-build.json', cacheDir), { force: true });
          logger.info('The last build did not finish: every page is rendered again.');
        }
        mkdirSync(fileURLToPath(cacheDir), { recursive: true });
        writeFileSync(marker(), `${new Date().toISOString()}\n`);
      },
      'astro:build:done': () => {
        rmSync(marker(), { force: true });
      },
    },
  };
}
