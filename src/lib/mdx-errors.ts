import type { AstroIntegration } from 'astro';

/** What to do about an MDX syntax error, appended to the compiler's message. */
export const MDX_FIX_HINT =
  'Fix: in .mdx, "{" starts a JavaScript expression and "<" a JSX tag, so close them, or write them as \\{ and &lt; in text; ' +
  'HTML comments are not allowed (use {/* … */}). A file that needs no MDX can be renamed to .md, which accepts all of these.';

/** Appends the hint (once) to an error thrown by `@astrojs/mdx`. */
function addHint(error: Error): void {
  if (error.name !== 'MDXError' || error.message.includes(MDX_FIX_HINT)) return;
  error.message = `${error.message} ${MDX_FIX_HINT}`;
}

/**
 * Adds the fix to the message of an MDX syntax error (thrown by
 * `@astrojs/mdx` as an `MDXError` whose `loc` names the file, line and column),
 * so a failed build says what is wrong, where, and what to do. The error is
 * the same object, rethrown by Vite; only its message grows.
 * @returns the integration
 */
export function mdxErrorHints(): AstroIntegration {
  return {
    name: 'mdx-error-hints',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mdx-error-hints',
                buildEnd(error?: Error) {
                  // Rolldown reports a failed build as one error whose `errors` are the plugins' errors.
                  const errors = (error as (Error & { errors?: unknown[] }) | undefined)?.errors ?? (error ? [error] : []);
                  for (const inner of errors) if (inner instanceof Error) addHint(inner);
                },
              },
            ],
          },
        });
      },
    },
  };
}
