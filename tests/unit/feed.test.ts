import { describe, expect, it } from 'vitest';
import { toFeedHtml, toXmlText } from '@/lib/feed';
import { renderMath } from '@/lib/math';

const page = 'https://blog.example.com/en/posts/a/';

describe('toFeedHtml', () => {
  it('makes links and images absolute', () => {
    const html = '<p><a href="/zh/posts/b/">b</a> <a href="#fn-1">1</a> <img src="/_astro/x.png" alt="x"></p>';
    expect(toFeedHtml(html, page)).toBe(
      '<p><a href="https://blog.example.com/zh/posts/b/">b</a> <a href="https://blog.example.com/en/posts/a/#fn-1">1</a> <img alt="x" src="https://blog.example.com/_astro/x.png" /></p>',
    );
  });

  it('keeps absolute and mailto links', () => {
    expect(toFeedHtml('<a href="mailto:a@example.com">m</a><a href="https://go.dev/">g</a>', page)).toBe(
      '<a href="mailto:a@example.com">m</a><a href="https://go.dev/">g</a>',
    );
  });

  it('removes scripts, styles and event handlers', () => {
    expect(toFeedHtml('<p onclick="x()">hi</p><script>alert(1)</script><style>p{}</style>', page)).toBe('<p>hi</p>');
  });

  it('keeps math as MathML, once: the TeX source KaTeX leaves in <annotation> goes with its text', () => {
    // Before, the math elements were dropped and their text kept: readers saw "L=λWL = \lambda W".
    const inline = toFeedHtml(`<p>Little: ${renderMath('L = \\lambda W', false)}.</p>`, page);
    expect(inline).toBe(
      '<p>Little: <span><math><semantics><mrow><mi>L</mi><mo>=</mo><mi>λ</mi><mi>W</mi></mrow></semantics></math></span>.</p>',
    );
    const display = toFeedHtml(renderMath('W = \\frac{1}{\\mu - \\lambda}', true), page);
    expect(display).toContain('<math display="block"><semantics><mrow><mi>W</mi><mo>=</mo><mfrac><mn>1</mn><mrow><mi>μ</mi>');
    for (const html of [inline, display]) {
      expect(html).not.toContain('\\');
      expect(html).not.toContain('annotation');
    }
  });

  it('drops javascript: URLs', () => {
    expect(toFeedHtml('<a href="javascript:alert(1)">x</a>', page)).toBe('<a>x</a>');
  });
});

describe('toXmlText', () => {
  it('removes characters XML 1.0 forbids and keeps everything else', () => {
    expect(toXmlText('Ctrl \b char ]]> and \v vt\f')).toBe('Ctrl  char ]]> and  vt');
    expect(toXmlText('tab\tline\nreturn\r 中文 🚀 &<>"')).toBe('tab\tline\nreturn\r 中文 🚀 &<>"');
    expect(toXmlText('lone \uD800 surrogate \uFFFF')).toBe('lone  surrogate ');
  });
});
