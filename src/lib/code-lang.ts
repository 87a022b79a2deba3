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
