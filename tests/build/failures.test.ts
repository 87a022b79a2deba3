import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MDX_FIX_HINT } from '@/lib/mdx-errors';
import { buildSite, projectRoot } from '../support/build';

const fixture = (name: string) => join(projectRoot, 'tests/fixtures', name);

describe('a build with bad content fails and says where and why', () => {
  it('missing title: names the file and the field', () => {
    const { status, output } = buildSite('tests/fixtures/missing-title');
    expect(status).not.toBe(0);
    expect(output).toContain(join(fixture('missing-title'), 'posts/no-title/en.md'));
    expect(output).toContain('title: is required: every entry needs a title; add one, e.g. title: "My first post"');
  });

  it('impossible date: names the file, the field and the expected format', () => {
    const { status, output } = buildSite('tests/fixtures/bad-date');
    expect(status).not.toBe(0);
    expect(output).toContain(join(fixture('bad-date'), 'posts/bad-date/en.md'));
    expect(output).toContain('pubDate: "2025-02-30" is not a real date and time (check the month, the day and the hour)');
  });

  it('unknown key: names the file, the key and the allowed keys', () => {
    const { status, output } = buildSite('tests/fixtures/unknown-key');
    expect(status).not.toBe(0);
    expect(output).toContain(join(fixture('unknown-key'), 'posts/typo/en.md'));
    expect(output).toContain(
      'tag: unknown key; allowed keys are: title, description, pubDate, updatedDate, tags, draft, aiGenerated, toc, heroImage, series; correct its spelling or remove it',
    );
  });

  it('slug collision: names both files', () => {
    const { status, output } = buildSite('tests/fixtures/slug-collision');
    expect(status).not.toBe(0);
    expect(output).toContain(
      `Two files give the same entry "hello-world/en": ${join(fixture('slug-collision'), 'posts/Hello-World/en.md')} and ${join(fixture('slug-collision'), 'posts/hello-world/en.md')}.`,
    );
  });

  it('a file not named by a locale: names the file and the expected layout', () => {
    const { status, output } = buildSite('tests/fixtures/not-a-locale');
    expect(status).not.toBe(0);
    expect(output).toContain(
      `Content file "readme-in-folder/index.md" is not named by a locale: expected <slug>/<locale>.md or .mdx with <locale> one of en, zh. (in ${join(fixture('not-a-locale'), 'posts')}) Rename it, or move it out of that folder.`,
    );
  });

  it('a numeric folder name: names the file, since it would clash with a list page', () => {
    const { status, output, outDir } = buildSite('tests/fixtures/numeric-slug');
    expect(status).not.toBe(0);
    expect(output).toContain('the folder name "2024" is only digits, which clashes with list page 2024.');
    expect(output).toContain(join(fixture('numeric-slug'), 'posts/2024/en.md').replace(`${projectRoot}/`, ''));
    expect(existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.html')) : []).toEqual([]);
  });

  it('a missing content root: names the folder and the variable', () => {
    const { status, output } = buildSite('tests/fixtures/does-not-exist');
    expect(status).not.toBe(0);
    expect(output).toContain(
      `Content root "${fixture('does-not-exist')}" is not a folder (BLOG_CONTENT_DIR=tests/fixtures/does-not-exist).`,
    );
  });

  it('two folders giving one slug in different languages: names both files', () => {
    const { status, output } = buildSite('tests/fixtures/cross-locale-collision');
    expect(status).not.toBe(0);
    expect(output).toContain(
      `Two files give the same slug "hello" from two folders: ${join(fixture('cross-locale-collision'), 'posts/Hello/en.md')} and ${join(fixture('cross-locale-collision'), 'posts/hello/zh.md')}.`,
    );
  });

  it('a file that looks like content but would not be read: names it', () => {
    const { status, output } = buildSite('tests/fixtures/stray-file');
    expect(status).not.toBe(0);
    expect(output).toContain(
      `These files look like content but would not be read: ${join(fixture('stray-file'), 'posts/shouting/en.MD')}.`,
    );
  });

  it('a missing cover image: names the file and the field', () => {
    const { status, output } = buildSite('tests/fixtures/missing-image');
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${join(fixture('missing-image'), 'posts/no-cover/en.md')}: heroImage: "./nope.png" does not exist beside the file. Put the image files beside the entry file or correct the paths.`,
    );
  });

  it('a bio file not named by a locale: names it', () => {
    const { status, output } = buildSite('tests/fixtures/bio-not-a-locale');
    expect(status).not.toBe(0);
    expect(output).toContain(
      `Content file "${join(fixture('bio-not-a-locale'), 'bio/fr.md')}" is not named by a locale: expected en.md or zh.md directly in ${join(fixture('bio-not-a-locale'), 'bio')}. Rename it, or move it out of that folder.`,
    );
  });

  it('an MDX syntax error: names the file, the line and column, the problem and the fix', () => {
    const { status, output } = buildSite('tests/fixtures/mdx-syntax-error');
    expect(status).not.toBe(0);
    // Line 8 of the file (front matter included) holds the unclosed "{" at column 24.
    expect(output).toContain(`${join(fixture('mdx-syntax-error'), 'posts/broken/en.mdx')}:8:24`);
    expect(output).toContain(
      `8:24: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` (mdx-jsx:unexpected-character) ${MDX_FIX_HINT}`,
    );
  });

  it('two tags.yaml keys for one tag: names both keys', () => {
    const { status, output } = buildSite('tests/fixtures/duplicate-tag-names');
    expect(status).not.toBe(0);
    expect(output).toContain('tags.yaml: the keys "LLM" and "llm" name the same tag "llm"; keep one of them.');
  });
});

describe('a draft leaves no trace in the build', () => {
  it('neither its page, its tag nor its images are written', () => {
    const { status, output, outDir } = buildSite('tests/fixtures/draft-images');
    expect(status, output).toBe(0);
    const files = globSync('**/*', { cwd: outDir });
    expect(files.filter((f) => /secret/.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('_astro/') && f.endsWith('.svg')).map((f) => f.replace(/\.[\w-]+\.svg$/, '.svg'))).toEqual([
      '_astro/public-cover.svg',
      '_astro/public-cover.svg',
    ]);
    const html = globSync('**/*.{html,xml}', { cwd: outDir })
      .map((f) => readFileSync(join(outDir, f), 'utf8'))
      .join('\n');
    expect(html).not.toContain('A secret draft');
    expect(output).not.toContain('does not exist or is empty');
  });
});
