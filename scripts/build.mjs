#!/usr/bin/env node
// `npm run build`: runs `astro build` into a staging folder beside the output
// folder and moves it into place only when the build succeeds, so a failed or
// interrupted build never leaves a half-written site: an existing output
// folder stays exactly as it was, and a missing one stays missing.
// The staging folder has a fixed name (`.dist-building` for `dist`): Astro's
// content cache and its incremental build compare the output path between
// builds, and a new name each time made every build start from nothing.
// One build at a time per output folder.
//
// Usage: node scripts/build.mjs [any `astro build` option]
// The output folder is the one given with --outDir (as astro build takes it),
// else `dist` (Astro's default; astro.config.ts does not change it).
import { spawn } from 'node:child_process';
import { existsSync, globSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/**
 * Splits `astro build` arguments into the output folder and the other arguments.
 * @param {string[]} args the command-line arguments after the script
 * @returns {{ outDir: string, rest: string[] }} outDir relative to the working folder (default `dist`)
 * @throws {Error} when --outDir has no value
 */
function splitOutDir(args) {
  let outDir = 'dist';
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--outDir') {
      if (args[i + 1] === undefined) throw new Error('--outDir needs a folder.');
      outDir = args[++i];
    } else if (arg.startsWith('--outDir=')) {
      outDir = arg.slice('--outDir='.length);
    } else {
      rest.push(arg);
    }
  }
  return { outDir, rest };
}

const { outDir, rest } = splitOutDir(process.argv.slice(2));
const target = resolve(outDir);
const parent = dirname(target);
// A sibling, so the final move is a rename on one file system (and hard links into the card cache stay valid).
const staging = join(parent, `.${basename(target)}-building`);
const old = join(parent, `.${basename(target)}-previous`);
const cleanUp = () => rmSync(staging, { recursive: true, force: true });
// Left over from a build that was killed: start clean.
cleanUp();
rmSync(old, { recursive: true, force: true });

const child = spawn(process.execPath, [astroBin, 'build', ...rest, '--outDir', staging], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

child.on('exit', (code, signal) => {
  if (code !== 0) {
    cleanUp();
    const kept = existsSync(target) ? `${target} was left as it was` : `${target} was not created`;
    console.error(`\nThe build failed (${signal ?? `exit code ${code}`}); ${kept}.`);
    process.exit(code ?? 1);
  }
  // `astro build --help` and the like exit 0 without building: keep the site that is there.
  if (!existsSync(staging) || globSync('**/*.html', { cwd: staging }).length === 0) {
    cleanUp();
    const kept = existsSync(target) ? `${target} was left as it was` : `${target} was not created`;
    console.error(`\nastro build wrote no pages; ${kept}.`);
    process.exit(code === 0 && rest.some((arg) => arg === '--help' || arg === '-h') ? 0 : 1);
  }
  try {
    if (existsSync(target)) renameSync(target, old);
    renameSync(staging, target);
  } catch (error) {
    // Put the previous site back if the swap failed half-way.
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
    cleanUp();
    console.error(`Could not move the new site into ${target}: ${error.message}`);
    process.exit(1);
  }
  rmSync(old, { recursive: true, force: true });
  console.log(`The site is in ${target}.`);
});
