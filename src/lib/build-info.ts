/**
 * The year the build is dated: `SOURCE_DATE_EPOCH` (seconds since the Unix
 * epoch, per reproducible-builds.org's specification) when set, else now.
 * Read in UTC so the machine's time zone does not change the output.
 * @param env the environment, normally `process.env`
 * @throws {Error} when SOURCE_DATE_EPOCH is set but not a non-negative integer
 */
export function getBuildYear(env: Record<string, string | undefined> = process.env): number {
  return getBuildTime(env).getUTCFullYear();
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

/**
 * The moment the build is dated: `SOURCE_DATE_EPOCH` (whole seconds since the
 * Unix epoch, per reproducible-builds.org's specification) when set, else now.
 * An entry whose `pubDate` is later than this is scheduled: it is left out of
 * the build until a build dated on or after its date.
 * @param env the environment, normally `process.env`
 * @returns the build time
 * @throws {Error} when SOURCE_DATE_EPOCH is set but not a non-negative integer
 */
export function getBuildTime(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}".`);
  return new Date(Number(epoch) * 1000);
}

/**
 * Whether entries dated after the build time are published anyway:
 * `BLOG_SHOW_FUTURE=1` (or `true`) when set, else `showFuture` from the site
 * settings. The dev server always shows them, as it shows drafts.
 * @param configured `site.showFuture`
 * @param env the environment, normally `process.env`
 * @throws {Error} when BLOG_SHOW_FUTURE is set to something other than 1, 0, true or false
 */
export function shouldShowFuture(configured: boolean, env: Record<string, string | undefined> = process.env): boolean {
  if (isDevServer()) return true;
  const value = env['BLOG_SHOW_FUTURE']?.trim().toLowerCase();
  if (value === undefined || value === '') return configured;
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  throw new Error(`BLOG_SHOW_FUTURE must be 1, 0, true or false, got "${env['BLOG_SHOW_FUTURE']}".`);
}
