import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { dollarsAsText, isInlineMath, mathToMathml, renderMath } from '@/lib/math';

describe('isInlineMath (Pandoc’s dollar rule)', () => {
  it.each([
    ['e^{i\\pi} + 1 = 0', ' ', true],
    ['x', '', true],
    ['300 and ', '6', false],
    [' x', '', false],
    ['x', '5', false],
    ['', ' ', false],
  ])('%j followed by %j → %s', (value, after, expected) => {
    expect(isInlineMath(value, after)).toBe(expected);
  });
});

describe('renderMath', () => {
  it('renders MathML with the TeX kept as an annotation', () => {
    const html = renderMath('L = \\lambda W', false);
    expect(html).toMatch(/^<span class="katex"><math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML">/);
    expect(html).toContain('<mi>λ</mi>');
    expect(html).toContain('<annotation encoding="application/x-tex">L = \\lambda W</annotation>');
  });

  it('marks display math as a block', () => {
    expect(renderMath('W = \\frac{1}{\\mu - \\lambda}', true)).toContain('display="block"');
  });

  it('shows a TeX error in place instead of failing the build', () => {
    expect(renderMath('\\frac{1}{', false)).toContain('katex-error');
  });
});

describe('the math plugins in the Markdown pipeline', () => {
  async function render(markdown: string): Promise<string> {
    const result = await markdownToHtml(markdown, { features: { math: true }, mdastPlugins: [dollarsAsText], hastPlugins: [mathToMathml] });
    return typeof result === 'string' ? result : result.html;
  }

  it('keeps prices and spaced dollars as text, as written', async () => {
    const html = await render('It costs $300 and $600. Space: $ y $ not math. From $ 5 to $ 10.');
    expect(html).not.toContain('<math');
    expect(html).toContain('It costs $300 and $600. Space: $ y $ not math. From $ 5 to $ 10.');
  });

  it('renders real inline and display math', async () => {
    const html = await render('Euler $e^{i\\pi} = -1$ and\n\n$$\nx^2\n$$\n');
    expect(html.match(/<math/g)).toHaveLength(2);
    expect(html).toContain('<div class="math-display" tabindex="0">');
  });
});
