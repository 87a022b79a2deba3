// ESLint flat config: typescript-eslint (type-aware) for TS, eslint-plugin-astro for .astro files.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', '.bench/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['../*', './*'], message: 'Import through the @/ alias.' }] }],
    },
  },
  {
    // Tests and config files sit outside src/ and use relative imports.
    files: ['tests/**', '*.config.ts', '*.config.js', 'scripts/**', 'bench/**', 'src/i18n/ui/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The card, Markdown and feed workers are loaded by Node itself (no Vite, no
    // alias), and so is everything they import: relative imports with their
    // extension. So is deploy.ts, read by astro.config.ts before the @/ alias exists.
    files: [
      'src/lib/social-card.ts',
      'src/lib/social-card-key.ts',
      'src/lib/social-card-worker.ts',
      'src/lib/social-cards.ts',
      'src/lib/deploy.ts',
      'src/lib/markdown-pipeline.ts',
      'src/lib/markdown-worker.ts',
      'src/lib/markdown-workers.ts',
      'src/lib/feed-html.ts',
      'src/lib/feed-html-worker.ts',
      'src/lib/code-lang.ts',
      'src/lib/footnotes.ts',
      'src/lib/callouts.ts',
      'src/lib/deep-dive.ts',
      'src/lib/math.ts',
      'src/lib/content-links.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
