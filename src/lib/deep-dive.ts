import type { HastPluginEntry, MdastPluginDefinition } from 'satteri';
import { useTranslations } from '../i18n/ui/index.ts';
import { getFileLocale } from './footnotes.ts';

/** The directive name that marks an idea's deep dive: `:::deep-dive` … `:::`. */
export const DEEP_DIVE = 'deep-dive';

/**
 * A Sätteri mdast plugin: a `:::deep-dive` container directive becomes a
 * `<details class="deep-dive">` element (other directives are left alone).
 */
export const deepDiveBlocks: MdastPluginDefinition = {
  name: 'deep-dive-blocks',
  containerDirective(node, ctx) {
    if (node.name === DEEP_DIVE) ctx.setProperty(node, 'data', { hName: 'details', hProperties: { className: [DEEP_DIVE] } });
  },
};

/**
 * A Sätteri hast plugin that gives each deep dive its summary line and, when
 * the entry is `aiGenerated`, the language-model notice at its top (the notice
 * then stands here instead of above the whole entry). Both are in the file's
 * language. It records `hasDeepDive: true` in the entry's plugin front matter,
 * so pages know the notice has moved.
 */
export const deepDiveParts: HastPluginEntry = (context) => {
  if (!context.source.includes(`:::${DEEP_DIVE}`)) return null;
  const { t } = useTranslations(getFileLocale(context.fileURL) ?? 'en');
  return {
    name: 'deep-dive-parts',
    element: {
      filter: ['details'],
      visit(node, ctx) {
        const classes = (node.properties['className'] as string[] | undefined) ?? [];
        if (!classes.includes(DEEP_DIVE)) return;
        const astro = ctx.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
        if (astro?.frontmatter) astro.frontmatter['hasDeepDive'] = true;
        const parts = [
          {
            type: 'element' as const,
            tagName: 'summary',
            properties: {},
            children: [{ type: 'text' as const, value: t('deepDive.summary') }],
          },
        ];
        if (astro?.frontmatter?.['aiGenerated'] === true) {
          parts.push({
            type: 'element',
            tagName: 'p',
            properties: { className: ['notice', 'notice--ai'], dataTestid: 'notice-ai', role: 'note' } as Record<string, unknown> as never,
            children: [{ type: 'text', value: t('deepDive.aiNotice') }],
          });
        }
        ctx.prependChild(node, parts);
      },
    },
  };
};
