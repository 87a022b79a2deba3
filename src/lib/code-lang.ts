import type { transformerMetaHighlight } from '@shikijs/transformers';
import type { MdastPluginDefinition } from 'satteri';

/**
 * A Sätteri mdast plugin that lower-cases the language of fenced code blocks
 * (```` ```Go ```` → `go`), since Shiki's language ids are lower case and many
 * authors capitalise them; without it such blocks lose their highlighting.
 */
export const normalizeCodeLanguage: MdastPluginDefinition = {
  name: 'normalize-code-language',
  code(node, ctx) {
    if (node.lang && node.lang !== node.lang.toLowerCase()) ctx.setProperty(node, 'lang', node.lang.toLowerCase());
  },
};

/**
 * A Shiki transformer that lets every line of a code block be tokenized to its
 * end. Shiki stops tokenizing a line after `tokenizeTimeLimit` (500 ms by
 * default) and gives the rest of the line one colour; the first block in a
 * language compiles that grammar's expressions, so on a busy machine it could
 * pass the limit, and the same Markdown came out with different colours from
 * one build to the next (seen as a non-reproducible build). With 0 (no limit,
 * vscode-textmate's `tokenizeLine`) the output depends on the code alone.
 * The limit is set from `preprocess`, which receives the options object that
 * Shiki then tokenizes with (Astro's `shikiConfig` has no setting for it).
 */
export const fullLineTokenization: ReturnType<typeof transformerMetaHighlight> = {
  name: 'full-line-tokenization',
  preprocess(code, options) {
    options.tokenizeTimeLimit = 0;
    return code;
  },
};
