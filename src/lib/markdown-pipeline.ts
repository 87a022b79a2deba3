import { readFileSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import { transformerMetaHighlight } from '@shikijs/transformers';
import { callouts } from './callouts.ts';
import { fullLineTokenization, normalizeCodeLanguage } from './code-lang.ts';
import { rebaseContentLinks } from './content-links.ts';
import { deepDiveBlocks, deepDiveParts } from './deep-dive.ts';
import type { TrailingSlash } from './deploy.ts';
import { headingAnchors, localizeFootnotes } from './footnotes.ts';
import { dollarsAsText, mathToMathml } from './math.ts';

/**
 * The site's Markdown pipeline: Astro 7's native Sätteri processor with the
 * project's plugins, and Shiki's settings. astro.config.ts uses it as
 * `markdown`, and the build's Markdown workers (src/lib/markdown-workers.ts)
 * build the very same pipeline from it, so both render alike. Modules it
 * loads import each other by relative path with the `.ts` extension, which
 * Node resolves in a worker thread without Vite.
 * @param base the site's base path (links in entries are rebased onto it)
 * @param trailingSlash the URL policy links in entries follow
 * @returns `{ shikiConfig, processor }` for Astro's `markdown` option
 */
export function markdownPipeline(base: string, trailingSlash: TrailingSlash) {
  return {
    // Light and dark code colours as CSS variables; global.css picks the pair that matches the theme.
    shikiConfig: {
      themes: { light: 'github-light' as const, dark: 'github-dark-default' as const },
      defaultColor: false as const,
      // ```go {2,4-5} highlights those lines; every line is tokenized to its end, however busy the machine (reproducible output).
      transformers: [transformerMetaHighlight(), fullLineTokenization],
    },
    processor: satteri({
      features: { math: true, directive: true },
      mdastPlugins: [normalizeCodeLanguage, dollarsAsText, deepDiveBlocks],
      hastPlugins: [localizeFootnotes, headingAnchors, callouts, mathToMathml, deepDiveParts, rebaseContentLinks(base, trailingSlash)],
    }),
  };
}

/** `import … from './x.ts'` and `export … from './x.ts'`, but not `import type` (erased, it shapes nothing). */
const RELATIVE_IMPORT = /^\s*(?:import|export)(?!\s+type\b)\b[^'"]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/gm;

/**
 * The project's source files that shape rendered Markdown: this module and
 * every module it imports by relative path, transitively (plugins,
 * dictionaries for footnote labels, locales). The content cache is keyed by
 * their text, so editing one of them renders every entry again.
 * @returns absolute file URLs, sorted
 */
export function pipelineSourceFiles(): URL[] {
  const seen = new Map<string, URL>();
  const visit = (file: URL) => {
    if (seen.has(file.href)) return;
    seen.set(file.href, file);
    for (const match of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) visit(new URL(match[1]!, file));
  };
  visit(new URL(import.meta.url));
  return [...seen.values()].sort((a, b) => (a.href < b.href ? -1 : 1));
}
