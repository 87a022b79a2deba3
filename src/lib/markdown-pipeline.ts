import { existsSync, readFileSync, statSync } from 'node:fs';
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

/**
 * `import … from '…'` and `export … from '…'`, but not `import type` (erased,
 * it shapes nothing); and `new URL('./…', import.meta.url)`, how a module
 * names a worker thread's file.
 */
const IMPORT =
  /^\s*(?:import|export)(?!\s+type\b)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bnew URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/gm;

/** The `src/` folder, which the `@/` alias names. */
const SOURCE_ROOT = new URL('../', import.meta.url);

/** Resolves a project import (relative, or `@/…`) to a file, trying the extensions Vite tries; undefined for a package. */
function resolveImport(specifier: string, from: URL): URL | undefined {
  const base = specifier.startsWith('@/')
    ? new URL(specifier.slice(2), SOURCE_ROOT)
    : specifier.startsWith('.')
      ? new URL(specifier, from)
      : undefined;
  if (!base) return undefined;
  for (const suffix of ['', '.ts', '.js', '.mjs', '.astro', '/index.ts']) {
    const candidate = new URL(`${base.href}${suffix}`);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/**
 * The project's source files a module runs, transitively: the module and
 * every module it imports by relative path or through the `@/` alias, or
 * starts as a worker thread (not packages, not type-only imports). The content cache is keyed by their text
 * (astro.config.ts), so editing a Markdown plugin, a dictionary that labels
 * footnotes, or the content schema renders every entry again.
 * @param entry the module to start from (a file URL)
 * @returns absolute file URLs, sorted
 */
export function sourceClosure(entry: URL): URL[] {
  const seen = new Map<string, URL>();
  const visit = (file: URL) => {
    if (seen.has(file.href)) return;
    seen.set(file.href, file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport((match[1] ?? match[2])!, file);
      if (target) visit(target);
    }
  };
  visit(entry);
  return [...seen.values()].sort((a, b) => (a.href < b.href ? -1 : 1));
}

/** The Markdown pipeline's own source files: {@link sourceClosure} of this module. */
export function pipelineSourceFiles(): URL[] {
  return sourceClosure(new URL(import.meta.url));
}
