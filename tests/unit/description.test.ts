import { describe, expect, it } from 'vitest';
import { DESCRIPTION_LENGTH, deriveDescription, truncate } from '@/lib/description';

describe('deriveDescription', () => {
  it('takes the first paragraph as plain text', () => {
    const md = '## Heading\n\nThe **first** paragraph, with [a link](https://example.com) and `code`.\n\nSecond one.';
    expect(deriveDescription(md)).toBe('The first paragraph, with a link and code.');
  });

  it('skips MDX import and export lines', () => {
    expect(deriveDescription('export const year = 2025;\n\nReal text here.', true)).toBe('Real text here.');
    expect(deriveDescription('import duties rose sharply.\n\nLater.')).toBe('import duties rose sharply.');
  });

  it('returns an empty string when there is no paragraph', () => {
    expect(deriveDescription('```go\nfunc main() {}\n```')).toBe('');
  });

  it('cuts long English text on a word boundary with an ellipsis', () => {
    const text = deriveDescription('word '.repeat(100));
    expect(text.length).toBeLessThanOrEqual(160);
    expect(text.endsWith('word…')).toBe(true);
  });
});

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('短句。', 10)).toBe('短句。');
  });

  it('cuts Chinese text between words and drops trailing punctuation', () => {
    expect(truncate('我们重写了配置解析器，然后它快了很多。', 12)).toBe('我们重写了配置解析器…');
  });
});

describe('deriveDescription with markup', () => {
  it('drops inline HTML and keeps its text', () => {
    expect(deriveDescription('Short idea with `code` & <b>bold</b>.')).toBe('Short idea with code & bold.');
  });

  it('drops MDX expressions and JSX', () => {
    expect(deriveDescription("The sum is {n}. <span style={{color: 'red'}}>Red</span>", true)).toBe('The sum is . Red');
  });

  it('skips a paragraph that is only markup', () => {
    expect(deriveDescription('<img src="x.png">\n\nThe real text.')).toBe('The real text.');
  });
});

describe('deriveDescription with nested MDX expressions', () => {
  it('removes them however deep', () => {
    expect(deriveDescription('value {JSON.stringify({a: {b: {c: 1}}})} end', true)).toBe('value end');
  });
});

describe.each([
  ['Markdown', false],
  ['MDX (parsed by prefix)', true],
])('deriveDescription on long bodies: %s', (_name, isMdx) => {
  const filler = (n: number) => `# Heading\n\n\`\`\`\n${'code line\n'.repeat(n)}\`\`\`\n\n`;

  it('finds a first paragraph that starts after the short prefix', () => {
    expect(deriveDescription(`${filler(200)}The real first paragraph.\n\nSecond.`, isMdx)).toBe('The real first paragraph.');
  });

  it('reads a paragraph that crosses the short prefix whole, not cut at the prefix', () => {
    const body = `${filler(140)}${'word '.repeat(30)}end of the paragraph.\n\nNext.`;
    expect(body.indexOf('end of the paragraph')).toBeGreaterThan(1500);
    expect(deriveDescription(body, isMdx)).toBe(truncate(`${'word '.repeat(30)}end of the paragraph.`.trim(), DESCRIPTION_LENGTH));
  });

  it('does not take a setext heading cut at the prefix for a paragraph', () => {
    const lead = `${filler(144)}`;
    const body = `${lead}${'x'.repeat(1500 - lead.length - 5)} Heading text\n=====\n\nThe paragraph.`;
    expect(deriveDescription(body, isMdx)).toBe('The paragraph.');
  });
});

describe('deriveDescription regressions', () => {
  it('skips display math and directive blocks, parsed as the page parses them', () => {
    expect(deriveDescription('$$\nE = mc^2\n$$\n\nThe text.')).toBe('The text.');
    expect(deriveDescription(':::note\nA callout comes first.\n:::\n\nThe text.')).toBe('The text.');
  });

  it('finds an MDX paragraph after a code block longer than 6000 characters, and resolves its reference links', () => {
    const code = `\`\`\`js\n${'console.log(1);\n'.repeat(500)}\`\`\`\n\n`;
    expect(code.length).toBeGreaterThan(6000);
    expect(deriveDescription(`${code}After the code.`, true)).toBe('After the code.');
    expect(deriveDescription('See [the docs] now.\n\n[the docs]: https://example.com', true)).toBe('See the docs now.');
  });
});
