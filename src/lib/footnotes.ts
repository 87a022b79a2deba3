import Slugger from 'github-slugger';
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui/index.ts';

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

/**
 * A Sätteri hast plugin that gives each `##`–`####` heading of an entry a
 * self-link (`<a class="heading-anchor" href="#id">`), shown on hover and
 * focus, labelled in the file's language. It sets the heading ids itself,
 * exactly as Astro's heading-id step would (github-slugger over the heading's
 * text, unique per document, CJK kept), because it runs before that step; the
 * link has no text of its own (its `#` is drawn by CSS), so the heading text
 * Astro collects for the table of contents stays the same.
 */
export const headingAnchors: HastPluginEntry = (context: PluginFactoryContext) => {
  const { t } = useTranslations(getFileLocale(context.fileURL) ?? 'en');
  const slugger = new Slugger();
  return {
    name: 'heading-anchors',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const text = ctx.textContent(node);
        let id = node.properties['id'];
        if (typeof id !== 'string') {
          id = slugger.slug(text);
          ctx.setProperty(node, 'id', id);
        }
        if (!['h2', 'h3', 'h4'].includes(node.tagName) || id === '' || id === 'footnote-label') return;
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: t('entry.anchor', { heading: text }) },
          children: [],
        });
      },
    },
  };
};
