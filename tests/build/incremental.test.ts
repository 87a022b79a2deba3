import { appendFileSync, cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, type BuildResult } from '../support/build';

/**
 * Incremental builds (Astro's experimental.incrementalBuild with the keys of
 * src/lib/page-keys.ts) must write exactly what a clean build writes. The
 * sample site is built once, then edited in three rounds; after each round an
 * incremental build (cache kept, into the same folder) is compared file by
 * file with a clean build of the same content (another folder, so no cache),
 * and the log must show that most pages were copied, not rendered.
 */

const env = { BASE_PATH: '/', SITE_URL: 'https://blog.example.com', SOURCE_DATE_EPOCH: '1906502400' };
const temporary: string[] = [];
let content: string;
let outDir: string;

/** The content-layer and incremental caches of a content root (named as astro.config.ts names them). */
const cacheFolders = (root: string) =>
  globSync(`node_modules/.astro/roots/${createHash('sha256').update(resolve(root)).digest('hex').slice(0, 16)}-*`, { cwd: projectRoot });

const listFiles = (dir: string) =>
  globSync('**/*', { cwd: dir, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

/** Builds `content` again into the same folder, cache kept. */
function rebuild(): BuildResult {
  const result = buildSite(content, env, outDir);
  expect(result.status, result.output).toBe(0);
  return result;
}

/** A clean build of a copy of `content` (a new path: no content cache, no incremental cache). */
function cleanBuild(): BuildResult {
  const copy = mkdtempSync(join(tmpdir(), 'blog-incremental-clean-'));
  cpSync(content, copy, { recursive: true });
  const result = buildSite(copy, env);
  temporary.push(copy, result.outDir, ...cacheFolders(copy).map((folder) => join(projectRoot, folder)));
  expect(result.status, result.output).toBe(0);
  return result;
}

/** Pages the build rendered and pages it copied from its cache, from Astro's log (`├─ /path/index.html (+12ms)`, `(restored)`). */
function renderedAndCopied(output: string) {
  const rendered = new Set<string>();
  const copied = new Set<string>();
  // Astro writes a page's path, then (for a copied page, at once) "(restored)", or (for a rendered page, once
  // rendered) its time: several pages' paths can share a line, each followed by its own marker, if any.
  for (const segment of output.split(/[├└]─ /).slice(1)) {
    const match = /^(\/\S*?\.(?:html|xml|xsl|txt))(.*)$/m.exec(segment);
    if (!match) continue;
    if (/^\s*\((?:restored|cached)\)/.test(match[2]!)) copied.add(match[1]!);
    else rendered.add(match[1]!);
  }
  return { rendered, copied };
}

/** Files that differ between the incremental and the clean build (missing on either side, or other bytes). */
function differences(incremental: string, clean: string): string[] {
  const a = listFiles(incremental);
  const b = listFiles(clean);
  const missing = [
    ...a.filter((f) => !b.includes(f)).map((f) => `only incremental: ${f}`),
    ...b.filter((f) => !a.includes(f)).map((f) => `only clean: ${f}`),
  ];
  const changed = a.filter((f) => b.includes(f) && !readFileSync(join(incremental, f)).equals(readFileSync(join(clean, f))));
  return [...missing, ...changed.map((f) => `differs: ${f}`)];
}

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(content, file), change(readFileSync(join(content, file), 'utf8')));

beforeAll(() => {
  content = mkdtempSync(join(tmpdir(), 'blog-incremental-'));
  outDir = mkdtempSync(join(tmpdir(), 'blog-incremental-out-'));
  temporary.push(content, outDir);
  cpSync(join(projectRoot, 'src/content'), content, { recursive: true });
  const first = buildSite(content, env, outDir);
  expect(first.status, first.output).toBe(0);
  expect(renderedAndCopied(first.output).copied.size).toBe(0);
}, 120_000);

afterAll(() => {
  for (const folder of cacheFolders(content)) temporary.push(join(projectRoot, folder));
  for (const path of temporary) rmSync(path, { recursive: true, force: true });
});

describe('an incremental build', () => {
  it('changes nothing and renders no entry, list, tag or tag-feed page when nothing changed; the content cache is kept', () => {
    const again = rebuild();
    const { rendered, copied } = renderedAndCopied(again.output);
    expect(again.output).not.toContain('Astro config changed');
    expect(again.output).not.toContain('Clearing content store');
    // Every social card comes from the card cache, and the log says so.
    expect(again.output).toMatch(/\[social-cards\] Wrote ([1-9]\d*) social cards: 0 drawn, \1 from the cache\./);
    expect(copied.size).toBe(96);
    // Rendered all the same: the pages without a cacheKey (home, bio, tags index, 404s, the main feeds, robots.txt),
    // and those that show an MDX entry's content (its pages and its tags' feeds).
    expect([...rendered].sort()).toEqual([
      '/404.html',
      '/en/404/index.html',
      '/en/bio/index.html',
      '/en/ideas/rss.xml',
      '/en/index.html',
      '/en/posts/numbers-you-can-feel/index.html',
      '/en/posts/rss.xml',
      '/en/rss.xml',
      '/en/rss.xsl',
      '/en/tags/index.html',
      '/en/tags/performance/rss.xml',
      '/en/tags/systems/rss.xml',
      '/index.html',
      '/robots.txt',
      '/zh/404/index.html',
      '/zh/bio/index.html',
      '/zh/ideas/rss.xml',
      '/zh/index.html',
      '/zh/posts/numbers-you-can-feel/index.html',
      '/zh/posts/rss.xml',
      '/zh/rss.xml',
      '/zh/rss.xsl',
      '/zh/tags/index.html',
      '/zh/tags/performance/rss.xml',
      '/zh/tags/systems/rss.xml',
    ]);
  });

  it('after a body edit, a renamed tag and a new bio sentence: renders the edited entry’s pages and writes what a clean build writes', () => {
    edit('posts/small-tools-in-go/en.md', (text) => `${text}\nOne more paragraph, added later.\n`);
    edit('tags.yaml', (text) => text.replace('  en: Reading\n', '  en: Reading notes\n'));
    appendFileSync(join(content, 'bio/en.md'), '\nI also keep a garden.\n');
    const incremental = rebuild();
    const { rendered, copied } = renderedAndCopied(incremental.output);
    expect(rendered).toContain('/en/posts/small-tools-in-go/index.html');
    expect(rendered).toContain('/en/tags/reading/index.html');
    expect(rendered).toContain('/en/ideas/reading-in-public/index.html');
    expect(copied).toContain('/en/posts/rust-parser-rewrite/index.html');
    expect(copied).toContain('/zh/ideas/embeddings-are-lossy/index.html');
    // The edited entry's pages in both languages, its neighbours, the entries that show it as related, the
    // list page, the tag pages and feeds it is on, everything that shows the renamed tag, and the pages without
    // a cacheKey or that show an MDX entry: 59 files rendered, 62 copied.
    expect(rendered.size).toBe(59);
    expect(copied.size).toBe(62);
    expect(differences(outDir, cleanBuild().outDir)).toEqual([]);
  });

  it('after a new title, a new post with a new tag and a tag taken off an idea: writes what a clean build writes', () => {
    edit('posts/keyboard-shortcut-audit/en.md', (text) =>
      text.replace('title: What I Learned Auditing My Keyboard Shortcuts', 'title: Two Weeks of Keyboard Shortcuts'),
    );
    mkdirSync(join(content, 'posts/brand-new'));
    writeFileSync(
      join(content, 'posts/brand-new/en.md'),
      '---\ntitle: A Brand New Post\npubDate: 2026-03-01\ntags:\n  - Gardening\n  - go\n---\n\nFresh text about gardens and Go.\n',
    );
    edit('ideas/reading-in-public/en.md', (text) => text.replace('  - 读书\n', ''));
    const incremental = rebuild();
    expect(incremental.output).toContain('/en/posts/brand-new/index.html');
    expect(renderedAndCopied(incremental.output).copied.size).toBeGreaterThan(0);
    expect(differences(outDir, cleanBuild().outDir)).toEqual([]);
  });

  it('after a deleted post, a new translation and an edited MDX post: writes what a clean build writes', () => {
    rmSync(join(content, 'posts/brand-new'), { recursive: true });
    writeFileSync(
      join(content, 'posts/keyboard-shortcut-audit/zh.md'),
      '---\ntitle: 两周的键盘快捷键\npubDate: 2023-04-02\ntags:\n  - HCI\n---\n\n我记录了两周的快捷键使用情况。\n',
    );
    edit('posts/numbers-you-can-feel/en.mdx', (text) => `${text}\nA closing line for the MDX post.\n`);
    const incremental = rebuild();
    const { rendered } = renderedAndCopied(incremental.output);
    expect(rendered).toContain('/en/posts/numbers-you-can-feel/index.html');
    expect([...rendered].sort()).toContain('/zh/posts/keyboard-shortcut-audit/index.html');
    expect(differences(outDir, cleanBuild().outDir)).toEqual([]);
  });

  it('after new bytes in an image an entry embeds, and an MDX post that imports a component: writes what a clean build writes', async () => {
    // Same file name, other picture: the page's HTML names the image by path only (regression: pages kept the old image).
    await sharp({ create: { width: 64, height: 40, channels: 3, background: '#c04020' } })
      .png()
      .toFile(join(content, 'posts/keyboard-shortcut-audit/heatmap.png'));
    // A file name with % in it, written encoded in Markdown (regression: the key decoded it twice and crashed the build).
    mkdirSync(join(content, 'posts/percent'));
    writeFileSync(
      join(content, 'posts/percent/en.md'),
      '---\ntitle: One Hundred Percent\npubDate: 2026-02-02\n---\n\n![A full bar](./100%25.png)\n',
    );
    await sharp({ create: { width: 40, height: 20, channels: 3, background: '#208040' } })
      .png()
      .toFile(join(content, 'posts/percent/100%.png'));
    writeFileSync(join(content, 'posts/numbers-you-can-feel/Aside.astro'), '<aside class="aside">First aside text.</aside>\n');
    edit('posts/numbers-you-can-feel/en.mdx', (text) =>
      text.replace('export const year = 2025;', "import Aside from './Aside.astro';\n\nexport const year = 2025;\n\n<Aside />"),
    );
    const { rendered } = renderedAndCopied(rebuild().output);
    expect(rendered).toContain('/en/posts/keyboard-shortcut-audit/index.html');
    expect(differences(outDir, cleanBuild().outDir)).toEqual([]);
    expect(readFileSync(join(outDir, 'en/posts/numbers-you-can-feel/index.html'), 'utf8')).toContain('First aside text.');
  });

  it('after an edit to the component an MDX post imports (the post itself unchanged), and new bytes behind a % file name: writes what a clean build writes', async () => {
    writeFileSync(join(content, 'posts/numbers-you-can-feel/Aside.astro'), '<aside class="aside">Second aside text.</aside>\n');
    await sharp({ create: { width: 40, height: 20, channels: 3, background: '#4020c0' } })
      .png()
      .toFile(join(content, 'posts/percent/100%.png'));
    const { rendered } = renderedAndCopied(rebuild().output);
    // A page showing an MDX entry has no key (regression: the post's pages and its tag feeds kept the old text).
    expect(rendered).toContain('/en/posts/numbers-you-can-feel/index.html');
    expect(rendered).toContain('/en/tags/performance/rss.xml');
    expect(rendered).toContain('/en/posts/percent/index.html');
    expect(readFileSync(join(outDir, 'en/tags/performance/rss.xml'), 'utf8')).toContain('Second aside text.');
    expect(differences(outDir, cleanBuild().outDir)).toEqual([]);
  });

  it('after a build that failed half-way and the edit undone: renders everything again and writes what a clean build writes', () => {
    const idea = readFileSync(join(content, 'ideas/undo-is-a-feature/en.md'), 'utf8');
    const mdx = readFileSync(join(content, 'posts/numbers-you-can-feel/en.mdx'), 'utf8');
    appendFileSync(join(content, 'ideas/undo-is-a-feature/en.md'), '\nA paragraph that is taken back.\n');
    writeFileSync(join(content, 'posts/numbers-you-can-feel/en.mdx'), `${mdx}\n{notDefinedAnywhere.foo}\n`);
    const failed = buildSite(content, env, outDir);
    expect(failed.status).not.toBe(0);
    writeFileSync(join(content, 'ideas/undo-is-a-feature/en.md'), idea);
    writeFileSync(join(content, 'posts/numbers-you-can-feel/en.mdx'), mdx);
    const again = rebuild();
    // (regression: the failed build had overwritten cached pages the old manifest still pointed at)
    expect(again.output).toContain('The last build did not finish: every page is rendered again.');
    expect(renderedAndCopied(again.output).copied.size).toBe(0);
    expect(readFileSync(join(outDir, 'en/ideas/undo-is-a-feature/index.html'), 'utf8')).not.toContain('taken back');
    expect(differences(outDir, cleanBuild().outDir)).toEqual([]);
  });
});
