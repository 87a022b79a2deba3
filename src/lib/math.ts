import katex from 'katex';
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';

/**
 * Tells whether `$…$` text is inline math by Pandoc's rule (Pandoc manual,
 * "Math", extension `tex_math_dollars`): the opening `$` must have a
 * non-space character right after it, the closing `$` a non-space character
 * right before it and no digit right after it. So `costs $300 and $600`
 * stays text while `$e^{i\pi}$` is math.
 * @param value the text between the dollars
 * @param after the character right after the closing `$` ('' at the end)
 */
export function isInlineMath(value: string, after: string): boolean {
  return value !== '' && !/^\s/.test(value) && !/\s$/.test(value) && !/^\d/.test(after);
}

/**
 * A Sätteri mdast plugin that turns `$…$` the parser read as math back into
 * text when it breaks {@link isInlineMath} (prices in prose). It reads the
 * source as written, since the parser trims the math's inner spaces.
 */
export const dollarsAsText: MdastPluginEntry = (context) =>
  context.source.includes('$')
    ? {
        name: 'dollars-as-text',
        options: { position: true },
        inlineMath(node, ctx) {
          const start = node.position?.start.offset;
          const end = node.position?.end.offset;
          if (start === undefined || end === undefined) return;
          const written = ctx.source.slice(start, end);
          const inner = written.replace(/^\$+/, '').replace(/\$+$/, '');
          if (!isInlineMath(inner, ctx.source.charAt(end))) ctx.replaceNode(node, { type: 'text', value: written });
        },
      }
    : null;

/**
 * Renders TeX to MathML with KaTeX at build time. MathML Core is drawn by the
 * browser itself, so pages need no script and no stylesheet for math.
 * @param tex the TeX source
 * @param displayMode true for `$$…$$` blocks
 * @param onError told about a TeX error (the build logs it with the file)
 * @returns MathML markup; a TeX error is also shown in place, in red
 */
export function renderMath(tex: string, displayMode: boolean, onError?: (message: string) => void): string {
  try {
    return katex.renderToString(tex, { displayMode, output: 'mathml', throwOnError: true, strict: 'ignore' });
  } catch (error) {
    onError?.(error instanceof Error ? error.message : String(error));
    return katex.renderToString(tex, { displayMode, output: 'mathml', throwOnError: false, strict: 'ignore' });
  }
}

/** A Sätteri hast plugin that replaces math code (`math-inline`, `math-display`) with KaTeX's MathML. */
export const mathToMathml: HastPluginEntry = (context) => {
  if (!context.source.includes('$')) return null;
  const file = context.fileURL?.pathname ?? 'a Markdown file';
  const warn = (message: string) => console.warn(`[math] ${file}: ${message}`);
  return {
    name: 'math-to-mathml',
    element: {
      filter: ['pre', 'code'],
      visit(node, ctx) {
        const classes = (node.properties['className'] as string[] | undefined) ?? [];
        if (node.tagName === 'code' && classes.includes('math-inline')) {
          ctx.replaceNode(node, { type: 'raw', value: renderMath(ctx.textContent(node), false, warn) });
        } else if (node.tagName === 'pre') {
          const code = node.children.find((child) => child.type === 'element' && child.tagName === 'code');
          const codeClasses = code && code.type === 'element' ? ((code.properties['className'] as string[] | undefined) ?? []) : [];
          if (codeClasses.includes('math-display')) {
            ctx.replaceNode(node, {
              type: 'raw',
              value: `<div class="math-display" tabindex="0">${renderMath(ctx.textContent(node), true, warn)}</div>`,
            });
          }
        }
      },
    },
  };
};
