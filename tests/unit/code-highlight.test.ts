import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { fullLineTokenization } from '@/lib/code-lang';

const code = 'for i := 0; i < n; i++ {\n\tgo send(client, start)\n}';
const themes = { light: 'github-light', dark: 'github-dark-default' } as const;

/** Stands for a machine so busy that Shiki's per-line time limit runs out at once. */
const busyMachine: typeof fullLineTokenization = {
  name: 'busy-machine',
  preprocess(source, options) {
    // Below any elapsed time (vscode-textmate stops when elapsed > limit), so it runs out before the first token.
    options.tokenizeTimeLimit = -1;
    return source;
  },
};

describe('fullLineTokenization (Shiki transformer)', () => {
  it('turns the per-line time limit off and leaves the code as it is', () => {
    const options = { lang: 'go', themes, tokenizeTimeLimit: 500 };
    expect(fullLineTokenization.preprocess!.call({} as never, code, options)).toBe(code);
    expect(options.tokenizeTimeLimit).toBe(0);
  });

  it('gives the same colours however long tokenizing takes', async () => {
    const html = (transformers: (typeof fullLineTokenization)[]) =>
      codeToHtml(code, { lang: 'go', themes, defaultColor: false, transformers });
    const reference = await html([]);
    // Without it a slow line is cut short: the rest of it gets a single colour.
    expect(await html([busyMachine])).not.toBe(reference);
    expect(await html([busyMachine, fullLineTokenization])).toBe(reference);
    // `<`, `;` and `++` are keywords (#D73A49 in the light theme); `0` a number (#005CC5).
    expect(reference).toContain('<span style="--shiki-light:#005CC5;--shiki-dark:#79C0FF"> 0</span>');
    expect(reference).toContain('<span style="--shiki-light:#D73A49;--shiki-dark:#FF7B72">++</span>');
  });
});
