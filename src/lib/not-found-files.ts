import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { locales } from '@/i18n/locales';

/**
 * Puts each locale's not-found page where static hosts look for one: at
 * `<locale>/404.html`. Cloudflare Pages serves the `404.html` nearest to the
 * missing path (so `/zh/nope` gets the Chinese page), and `astro build`
 * writes it as `<locale>/404/index.html` when page URLs end with a slash.
 * (With `trailingSlash: 'never'` Astro already writes `<locale>/404.html`.)
 * @returns the integration
 */
export function localizedNotFoundFiles(): AstroIntegration {
  return {
    name: 'localized-not-found-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const locale of locales) {
          const page = new URL(`${locale}/404/index.html`, dir);
          const target = new URL(`${locale}/404.html`, dir);
          if (existsSync(page) && !existsSync(target)) copyFileSync(fileURLToPath(page), fileURLToPath(target));
        }
      },
    },
  };
}
