import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../support/build';

const fixture = (name: string) => join(projectRoot, 'tests/fixtures', name);

describe('a build with bad content fails and says where and why', () => {
  it('missing title: names the file and the field', () => {
    const { status, output } = buildSite('tests/fixtures/missing-title');
    expect(status).not.toBe(0);
    expect(output).toContain(join(fixture('missing-title'), 'posts/no-title/en.md'));
    expect(output).toContain('title: is required: every entry needs a title');
  });

  it('impossible date: names the file, the field and the expected format', () => {
    const { status, output } = buildSite('tests/fixtures/bad-date');
    expect(status).not.toBe(0);
    expect(output).toContain(join(fixture('bad-date'), 'posts/bad-date/en.md'));
    expect(output).toContain('pubDate: "2025-02-30" is not a day of the calendar (check the month and the day)');
  });

  it('unknown key: names the file, the key and the allowed keys', () => {
    const { status, output } = buildSite('tests/fixtures/unknown-key');
    expect(status).not.toBe(0);
    expect(output).toContain(join(fixture('unknown-key'), 'posts/typo/en.md'));
    expect(output).toContain(
      'unknown key "tag"; allowed keys are: title, description, pubDate, updatedDate, tags, draft, aiGenerated, toc, heroImage',
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
      `Content file "readme-in-folder/index.md" is not named by a locale: expected <slug>/<locale>.md or .mdx with <locale> one of en, zh. (in ${join(fixture('not-a-locale'), 'posts')})`,
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
});
