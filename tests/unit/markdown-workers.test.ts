import type { AstroConfig, ContentEntryType } from 'astro';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownPipeline, pipelineSourceFiles, sourceClosure } from '@/lib/markdown-pipeline';
import { markdownWorkerCount, withMarkdownWorkers } from '@/lib/markdown-workers';

/** Astro's resolved `markdown` and `image` settings, as the content layer hands them over (defaults filled in). */
function resolvedConfig(processor = markdownPipeline('/', 'always').processor): AstroConfig {
  const { shikiConfig } = markdownPipeline('/', 'always');
  return {
    markdown: {
      processor,
      syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] },
      shikiConfig: { langs: [], langAlias: {}, theme: 'github-dark', wrap: false, ...shikiConfig },
      gfm: true,
      smartypants: true,
    },
    image: { domains: [], remotePatterns: [] },
  } as unknown as AstroConfig;
}

/** A collection's store before its first sync. */
const emptyStore = { keys: () => [] };

const source = [
  '## A heading',
  '',
  'Text with a [link](/en/posts/other/), a note[^1], `code`, "quotes" and $E = mc^2$.',
  '',
  '```go {2}',
  'package main',
  'func main() { println("hi") }',
  '```',
  '',
  '> [!NOTE]',
  '> A callout.',
  '',
  '![chart](./chart.png)',
  '',
  '[^1]: The note.',
].join('\n');

describe('withMarkdownWorkers', () => {
  const filePath = fileURLToPath(new URL('../fixtures/example/posts/demo/zh.md', import.meta.url));

  it('renders on worker threads exactly what the pipeline renders on the main thread', async () => {
    const config = resolvedConfig();
    const mdEntry: ContentEntryType = {
      extensions: ['.md'],
      getEntryInfo: () => ({ data: {}, body: '', slug: '', rawData: '' }),
      getRenderFunction: () => Promise.reject(new Error('not used: the workers render')),
    };
    const ports = () => process.getActiveResourcesInfo().filter((resource) => resource === 'MessagePort').length;
    const before = ports();
    const { entryTypes, done } = withMarkdownWorkers({ config, entryTypes: new Map([['.md', mdEntry]]), store: emptyStore }, 2);
    try {
      const render = await entryTypes.get('.md')!.getRenderFunction!(config);
      const data = { title: 'Demo' };
      const [first, second] = await Promise.all([
        render({ id: 'demo/zh', data, body: source, filePath }),
        render({ id: 'demo/zh', data, body: `${source}\n\nMore.`, filePath }),
      ]);
      // Idle workers do not hold the process open (a failed build of Astro's JS API would hang on them).
      expect(ports()).toBe(before);
      const { shikiConfig, processor } = markdownPipeline('/', 'always');
      const renderer = await processor.createRenderer({
        ...config.markdown,
        shikiConfig: { ...config.markdown.shikiConfig, ...shikiConfig },
      } as never);
      const expected = await renderer.render(source, { frontmatter: data, fileURL: new URL(`file://${filePath}`) });
      expect(first.html).toBe(expected.code);
      expect(first.metadata).toEqual({
        ...expected.metadata,
        imagePaths: [...expected.metadata.localImagePaths, ...expected.metadata.remoteImagePaths],
      });
      // What the pipeline does, seen in the worker's output: Chinese footnote label, highlighted line, MathML, callout, image path.
      expect(first.html).toContain('<h2 class="sr-only" id="footnote-label">注释</h2>');
      expect(first.html).toContain('highlighted');
      expect(first.html).toContain('<math');
      expect(first.metadata?.['imagePaths']).toEqual(['./chart.png']);
      expect(first.metadata?.['headings']).toEqual([
        { depth: 2, slug: 'a-heading', text: 'A heading' },
        { depth: 2, slug: 'footnote-label', text: '注释' },
      ]);
      expect(second.html).toContain('<p>More.</p>');
    } finally {
      await done();
    }
  });

  it('passes a rendering error back to the content layer', async () => {
    const config = resolvedConfig();
    const mdEntry: ContentEntryType = {
      extensions: ['.md'],
      getEntryInfo: () => ({ data: {}, body: '', slug: '', rawData: '' }),
      getRenderFunction: async () => async () => ({ html: '' }),
    };
    const { entryTypes, done } = withMarkdownWorkers({ config, entryTypes: new Map([['.md', mdEntry]]), store: emptyStore }, 1);
    try {
      const render = await entryTypes.get('.md')!.getRenderFunction!(config);
      // A front matter that cannot cross to the worker (a function) fails the one entry, not the pool.
      await expect(render({ id: 'x/en', data: { bad: () => 1 }, body: 'x' })).rejects.toThrow(/could not be cloned/);
      await expect(render({ id: 'y/en', data: {}, body: 'fine' })).resolves.toMatchObject({ html: '<p>fine</p>\n' });
    } finally {
      await done();
    }
  });

  it('keeps Astro’s own rendering with 0 workers, for a rebuild, or when an integration changed the pipeline', () => {
    const entryTypes = new Map<string, ContentEntryType>([
      [
        '.md',
        {
          extensions: ['.md'],
          getEntryInfo: () => ({ data: {}, body: '', slug: '', rawData: '' }),
          getRenderFunction: async () => async () => ({ html: '' }),
        },
      ],
    ]);
    expect(withMarkdownWorkers({ config: resolvedConfig(), entryTypes, store: emptyStore }, 0).entryTypes).toBe(entryTypes);
    // A rebuild: the store holds the entries already, the few changed files render on the main thread.
    expect(withMarkdownWorkers({ config: resolvedConfig(), entryTypes, store: { keys: () => ['a/en'] } }, 2).entryTypes).toBe(entryTypes);
    const changed = markdownPipeline('/', 'always').processor;
    changed.options.hastPlugins.push({ name: 'added-by-an-integration' });
    expect(withMarkdownWorkers({ config: resolvedConfig(changed), entryTypes, store: emptyStore }, 2).entryTypes).toBe(entryTypes);
    const toggled = markdownPipeline('/', 'always').processor;
    toggled.options.features.gfm = false;
    expect(withMarkdownWorkers({ config: resolvedConfig(toggled), entryTypes, store: emptyStore }, 2).entryTypes).toBe(entryTypes);
  });
});

describe('markdownWorkerCount', () => {
  it('reads BLOG_MARKDOWN_WORKERS, or uses one thread per core', () => {
    expect(markdownWorkerCount({ BLOG_MARKDOWN_WORKERS: '0' })).toBe(0);
    expect(markdownWorkerCount({ BLOG_MARKDOWN_WORKERS: ' 3 ' })).toBe(3);
    expect(markdownWorkerCount({})).toBeGreaterThanOrEqual(1);
    expect(() => markdownWorkerCount({ BLOG_MARKDOWN_WORKERS: 'two' })).toThrow(
      'BLOG_MARKDOWN_WORKERS must be a whole number (0 renders on the main thread), not "two".',
    );
  });
});

describe('pipelineSourceFiles', () => {
  it('lists the pipeline and every module it imports for its values, not the type-only imports', () => {
    const files = pipelineSourceFiles().map((url) => url.pathname.replace(/.*\/src\//, 'src/'));
    expect(files).toEqual([
      'src/i18n/locales.ts',
      'src/i18n/ui/en.ts',
      'src/i18n/ui/index.ts',
      'src/i18n/ui/zh.ts',
      'src/lib/callouts.ts',
      'src/lib/code-lang.ts',
      'src/lib/content-links.ts',
      'src/lib/deep-dive.ts',
      'src/lib/footnotes.ts',
      'src/lib/markdown-pipeline.ts',
      'src/lib/math.ts',
    ]);
  });
});

describe('sourceClosure', () => {
  it('follows @/ and relative imports from the content config to the loader, the schemas and the settings (regression: a schema edit kept the old cache)', () => {
    const files = sourceClosure(new URL('../../src/content.config.ts', import.meta.url)).map((url) =>
      url.pathname.replace(/.*\/src\//, 'src/'),
    );
    expect(files).toEqual(
      expect.arrayContaining([
        'src/content.config.ts',
        'src/lib/entry-loader.ts',
        'src/lib/schemas.ts',
        'src/lib/markdown-workers.ts',
        // Started as a worker thread: new URL('./markdown-worker.ts', import.meta.url) (regression: left out of the key)
        'src/lib/markdown-worker.ts',
        'src/lib/markdown-pipeline.ts',
        'src/lib/footnotes.ts',
        'src/site.config.ts',
      ]),
    );
    expect(files.every((file) => file.startsWith('src/'))).toBe(true);
    expect(files).toEqual([...files].sort());
  });
});
