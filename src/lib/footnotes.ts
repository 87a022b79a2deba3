import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import { isLocale, type Locale } from '@/i18n/locales';
import { useTranslations } from '@/i18n/ui';

/**
 * The locale of a content file from its name (`…/gc-notes/zh.md` → `zh`).
 * @param fileURL the file being compiled, if known
 * @returns the locale, or undefined for files not named by a locale
 */
export function getFileLocale(fileURL: URL | undefined): Locale | undefined {
  const base = fileURL?.pathname
    .split('/')
    .pop()
    ?.replace(/\.(md|mdx)$/i, '');
  return base !== undefined && isLocale(base) ? base : undefined;
}

/**
 * A Sätteri hast plugin that labels the GFM footnotes section in the language
 * of the file (`zh.md` gets 脚注 and Chinese back-link labels), since the
 * renderer's own labels are global and English.
 */
export const localizeFootnotes: HastPluginEntry = (context: PluginFactoryContext) => {
  const locale = getFileLocale(context.fileURL);
  if (!locale || !context.source.includes('[^')) return null;
  const { t } = useTranslations(locale);
  return {
    name: 'localize-footnotes',
    element: {
      filter: ['h2', 'a'],
      visit(node, ctx) {
        if (node.tagName === 'h2' && node.properties['id'] === 'footnote-label') {
          ctx.replaceNode(node, { ...node, children: [{ type: 'text', value: t('footnotes.label') }] });
        } else if (node.tagName === 'a' && 'dataFootnoteBackref' in node.properties) {
          const reference = String(node.properties['href'] ?? '').replace(/^#user-content-fnref-/, '');
          ctx.setProperty(node, 'ariaLabel', t('footnotes.back', { reference }));
        }
      },
    },
  };
};
