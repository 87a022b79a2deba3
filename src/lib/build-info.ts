/**
 * The year the build is dated: `SOURCE_DATE_EPOCH` (seconds since the Unix
 * epoch, per reproducible-builds.org's specification) when set, else now.
 * Read in UTC so the machine's time zone does not change the output.
 * @param env the environment, normally `process.env`
 * @throws {Error} when SOURCE_DATE_EPOCH is set but not a non-negative integer
 */
export function getBuildYear(env: Record<string, string | undefined> = process.env): number {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return new Date().getUTCFullYear();
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}".`);
  return new Date(Number(epoch) * 1000).getUTCFullYear();
}

const COMMAND = Symbol.for('bilingual-astro-blog.command');

/**
 * Records which Astro command is running (`dev`, `build`, `preview`, `sync`),
 * from the `astro:config:setup` hook. Kept on `globalThis` because the config,
 * the content config and the pages are separate module graphs of one process.
 * @param command the command Astro reports
 */
export function setAstroCommand(command: string): void {
  (globalThis as Record<symbol, unknown>)[COMMAND] = command;
}

/**
 * True only under `astro dev`: drafts are shown there and nowhere else. This
 * does not follow `NODE_ENV`/`import.meta.env.DEV`, which a CI setting
 * (`NODE_ENV=test`) would turn on during a production build.
 */
export function isDevServer(): boolean {
  return (globalThis as Record<symbol, unknown>)[COMMAND] === 'dev';
}
