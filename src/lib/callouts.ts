import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import { useTranslations } from '../i18n/ui/index.ts';
import { getFileLocale } from './footnotes.ts';

/** GitHub's alert kinds (GitHub Docs, "Basic writing and formatting syntax" § Alerts). */
export const CALLOUT_KINDS = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

const MARKER = /^\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(\r?\n)?/i;

/**
 * Reads a GitHub-style alert marker at the start of a blockquote's first paragraph.
 * @param text the first text of the blockquote
 * @returns the kind and the text after the marker, or undefined when there is no marker
 */
export function parseCalloutMarker(text: string): { kind: CalloutKind; rest: string } | undefined {
  const match = MARKER.exec(text);
  if (!match) return undefined;
  return { kind: match[1]!.toLowerCase() as CalloutKind, rest: text.slice(match[0].length) };
}

/**
 * A Sätteri hast plugin that turns GitHub-style alerts (`> [!NOTE]` … as the
 * first line of a blockquote) into `<aside class="callout callout--note">`
 * with a title in the file's language, in `.md` and `.mdx` alike.
 */
export const callouts: HastPluginEntry = (context: PluginFactoryContext) => {
  if (!context.source.includes('[!')) return null;
  const { t } = useTranslations(getFileLocale(context.fileURL) ?? 'en');
  return {
    name: 'callouts',
    element: {
      filter: ['blockquote'],
      visit(node, ctx) {
        const children = node.children as ElementContent[];
        const firstIndex = children.findIndex((child) => child.type === 'element');
        const first = children[firstIndex];
        if (!first || first.type !== 'element' || first.tagName !== 'p') return;
        const lead = first.children[0];
        if (!lead || lead.type !== 'text') return;
        const marker = parseCalloutMarker(lead.value);
        if (!marker) return;
        const rest = marker.rest === '' ? first.children.slice(1) : [{ ...lead, value: marker.rest }, ...first.children.slice(1)];
        const body: ElementContent[] = [
          ...children.slice(0, firstIndex),
          ...(rest.length > 0 ? [{ ...first, children: rest } as Element] : []),
          ...children.slice(firstIndex + 1),
        ];
        const aside: Element = {
          type: 'element',
          tagName: 'aside',
          properties: { className: ['callout', `callout--${marker.kind}`] },
          children: [
            {
              type: 'element',
              tagName: 'p',
              properties: { className: ['callout__title'] },
              children: [{ type: 'text', value: t(`callout.${marker.kind}`) }],
            },
            ...body,
          ],
        };
        ctx.replaceNode(node, aside);
      },
    },
  };
};
