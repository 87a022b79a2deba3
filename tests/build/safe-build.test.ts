import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build';

/** Runs `npm run build`'s script (scripts/build.mjs) over a content root with the given arguments. */
function safeBuild(contentDir: string, args: string[]) {
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/node'), ['scripts/build.mjs', ...args], {
    cwd: projectRoot,
    env: { ...process.env, BLOG_CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file under a folder with its content, for before/after comparison. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    globSync('**/*', { cwd: dir, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length + 1), readFileSync(path, 'utf8')];
      })
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );
}

/** A folder holding a previous site: two files. */
function previousSite(): { parent: string; dist: string } {
  const parent = mkdtempSync(join(tmpdir(), 'safe-build-'));
  const dist = join(parent, 'dist');
  mkdirSync(join(dist, 'en'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>previous site</title>');
  writeFileSync(join(dist, 'en/index.html'), '<!doctype html><title>previous English home</title>');
  return { parent, dist };
}

describe('npm run build never leaves a half-written site', () => {
  it('is the build script of package.json', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['build']).toBe('node scripts/build.mjs');
    expect(pkg.scripts['preview']).toBe('astro preview');
  });

  it('(plain astro build, for contrast, empties the folder and half-writes it when rendering fails)', () => {
    const { dist } = previousSite();
    const raw = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build', '--outDir', dist], {
      cwd: projectRoot,
      env: { ...process.env, BLOG_CONTENT_DIR: 'tests/fixtures/duplicate-tag-names', NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(raw.status).not.toBe(0);
    const left = Object.keys(snapshot(dist));
    expect(left).not.toContain('index.html');
    expect(left).toContain('favicon.svg');
  });

  it('leaves an existing output folder exactly as it was when the build fails while rendering', () => {
    const { parent, dist } = previousSite();
    const before = snapshot(dist);
    const { status, output } = safeBuild('tests/fixtures/duplicate-tag-names', ['--outDir', dist]);
    expect(status).toBe(1);
    expect(output).toContain('tags.yaml: the keys "LLM" and "llm" name the same tag "llm"; keep one of them.');
    expect(output).toContain(`The build failed (exit code 1); ${dist} was left as it was.`);
    expect(snapshot(dist)).toEqual(before);
    expect(Object.keys(before)).toEqual(['en/index.html', 'index.html']);
    // No staging folder is left beside it.
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('creates no output folder when there was none and the content is invalid', () => {
    const parent = mkdtempSync(join(tmpdir(), 'safe-build-'));
    const dist = join(parent, 'dist');
    const { status, output } = safeBuild('tests/fixtures/missing-title', [`--outDir=${dist}`]);
    expect(status).toBe(1);
    expect(output).toContain(`The build failed (exit code 1); ${dist} was not created.`);
    expect(existsSync(dist)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('replaces the previous site with the new one when the build succeeds', () => {
    const { parent, dist } = previousSite();
    const { status, output } = safeBuild('tests/fixtures/one-post', ['--outDir', dist]);
    expect(status, output).toBe(0);
    expect(output).toContain(`The site is in ${dist}.`);
    const files = Object.keys(snapshot(dist));
    expect(files).toEqual(expect.arrayContaining(['index.html', 'en/index.html', 'en/posts/only-post/index.html', 'sitemap-0.xml']));
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('previous site');
    expect(readFileSync(join(dist, 'en/posts/only-post/index.html'), 'utf8')).toContain('The only post');
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(existsSync(join(dist, 'og/en/posts/only-post.png'))).toBe(true);
    // Readable by a web server running as another user (a temporary folder would be 0700).
    expect(statSync(dist).mode & 0o755).toBe(0o755);
  });

  it('keeps the site when astro build builds nothing (--help)', () => {
    const { parent, dist } = previousSite();
    const before = snapshot(dist);
    const { status, output } = safeBuild('tests/fixtures/one-post', ['--outDir', dist, '--help']);
    expect(status).toBe(0);
    expect(output).toContain(`astro build wrote no pages; ${dist} was left as it was.`);
    expect(snapshot(dist)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('rebuilds incrementally: the second build keeps the content cache and copies the pages that did not change', () => {
    const { dist } = previousSite();
    const content = mkdtempSync(join(tmpdir(), 'safe-build-content-'));
    cpSync(join(projectRoot, 'tests/fixtures/one-post'), content, { recursive: true });
    try {
      expect(safeBuild(content, ['--outDir', dist]).status).toBe(0);
      const second = safeBuild(content, ['--outDir', dist]);
      expect(second.status, second.output).toBe(0);
      // (regression: a new staging folder per build changed the output path Astro compares, so nothing was reused)
      expect(second.output).not.toContain('Astro config changed');
      expect(second.output).toMatch(/\[rendered-pages\] HTML pages: \d+ rendered, [1-9]\d* copied from the last build/);
      expect(second.output).toContain('/en/posts/only-post/index.html (restored)');
    } finally {
      for (const folder of globSync(
        `node_modules/.astro/roots/${createHash('sha256').update(resolve(content)).digest('hex').slice(0, 16)}-*`,
        { cwd: projectRoot },
      ))
        rmSync(join(projectRoot, folder), { recursive: true, force: true });
      rmSync(content, { recursive: true, force: true });
    }
  });
});
