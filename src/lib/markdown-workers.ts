import type { AstroMarkdownOptions, MarkdownRenderResult } from '@astrojs/internal-helpers/markdown';
import type { AstroConfig, ContentEntryRenderFunction, ContentEntryType } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { resolveBase, resolveTrailingSlash, type TrailingSlash } from './deploy.ts';
import { markdownPipeline } from './markdown-pipeline.ts';

/** What a Markdown worker is started with: the pipeline's settings, all of them data (no functions). */
export interface MarkdownWorkerData {
  base: string;
  trailingSlash: TrailingSlash;
  /** Astro's resolved `markdown` options (Shiki's transformers left out) and the image domains. */
  shared: AstroMarkdownOptions;
}

/** A request: render `body` (the file's Markdown without front matter). */
export interface MarkdownRequest {
  id: number;
  body: string;
  frontmatter: Record<string, unknown>;
  filePath: string | undefined;
}

/** An answer: Astro's render result, or the error. */
export type MarkdownAnswer =
  ({ id: number } & MarkdownRenderResult) | { id: number; error: { message: string; stack?: string | undefined } };

/**
 * A loader's context as Astro passes it: besides the documented fields, the
 * entry types by file extension, which Astro's glob loader renders with
 * (astro/dist/content/loaders/glob.js).
 */
export type ContentLoaderContext = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

/**
 * How many worker threads render Markdown in `astro build`:
 * `BLOG_MARKDOWN_WORKERS` (0 renders on the main thread, as Astro does by
 * itself), else one per core.
 * @param env the environment, normally `process.env`
 * @returns a whole number ≥ 0
 * @throws {Error} when the variable is not a whole number
 */
export function markdownWorkerCount(env: Record<string, string | undefined>): number {
  const configured = env['BLOG_MARKDOWN_WORKERS']?.trim();
  if (configured === undefined || configured === '') return Math.max(1, availableParallelism());
  if (!/^\d+$/.test(configured))
    throw new Error(`BLOG_MARKDOWN_WORKERS must be a whole number (0 renders on the main thread), not "${configured}".`);
  return Number(configured);
}

/** Requests a worker holds at once: enough to keep it busy while answers travel back. */
const IN_FLIGHT_PER_WORKER = 4;

/**
 * A pool of worker threads rendering Markdown with the site's pipeline,
 * started on the first request and stopped when the last collection that
 * uses it has finished loading.
 */
class MarkdownPool {
  #workers: Worker[] = [];
  #busy = new Map<Worker, number>();
  #waiting: MarkdownRequest[] = [];
  #answers = new Map<number, { resolve: (result: MarkdownRenderResult) => void; reject: (error: Error) => void; worker?: Worker }>();
  #nextId = 0;
  #users = 0;
  #broken: Error | undefined;
  readonly #size: number;
  readonly #workerData: MarkdownWorkerData;

  constructor(size: number, workerData: MarkdownWorkerData) {
    this.#size = size;
    this.#workerData = workerData;
  }

  /** Marks one more collection as using the pool; call {@link release} when it is done. */
  acquire(): void {
    this.#users++;
  }

  /**
   * Marks a collection as done; the last one stops the workers.
   * @throws {Error} when a worker died: Astro logs a failed render and goes on, so the build must fail here
   */
  async release(): Promise<void> {
    this.#users--;
    if (this.#broken) throw this.#broken;
    if (this.#users > 0 || this.#answers.size > 0) return;
    const workers = this.#workers;
    this.#workers = [];
    this.#busy.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  render(request: Omit<MarkdownRequest, 'id'>): Promise<MarkdownRenderResult> {
    if (this.#broken) return Promise.reject(this.#broken);
    if (this.#workers.length === 0) this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#answers.set(id, { resolve, reject });
      this.#waiting.push({ id, ...request });
      this.#dispatch();
    });
  }

  #start(): void {
    for (let i = 0; i < this.#size; i++) {
      const worker = new Worker(new URL('./markdown-worker.ts', import.meta.url), { workerData: this.#workerData });
      this.#busy.set(worker, 0);
      worker.on('message', (answer: MarkdownAnswer) => {
        this.#busy.set(worker, this.#busy.get(worker)! - 1);
        // An idle worker must not hold the process open (a failed build of Astro's JS API would hang);
        // unref() after the listeners, which would undo it.
        if (this.#busy.get(worker) === 0) worker.unref();
        const waiter = this.#answers.get(answer.id);
        this.#answers.delete(answer.id);
        if ('error' in answer) {
          const error = new Error(answer.error.message);
          if (answer.error.stack) error.stack = answer.error.stack;
          waiter?.reject(error);
        } else waiter?.resolve({ code: answer.code, metadata: answer.metadata });
        this.#dispatch();
      });
      worker.on('error', (error) => {
        // A worker that dies takes its requests with it: fail them all, and every later one, loudly.
        this.#broken = new Error(`A Markdown worker failed: ${error.message}`);
        for (const waiter of this.#answers.values()) waiter.reject(this.#broken);
        this.#answers.clear();
        this.#waiting.length = 0;
      });
      // Held open by #dispatch only while it owes answers.
      worker.unref();
      this.#workers.push(worker);
    }
  }

  #dispatch(): void {
    for (const worker of this.#workers) {
      while (this.#busy.get(worker)! < IN_FLIGHT_PER_WORKER && this.#waiting.length > 0) {
        const request = this.#waiting.shift()!;
        try {
          worker.postMessage(request);
        } catch (error) {
          // Front matter that cannot be copied to a thread (structured clone) fails its entry alone.
          this.#answers.get(request.id)?.reject(error as Error);
          this.#answers.delete(request.id);
          continue;
        }
        this.#busy.set(worker, this.#busy.get(worker)! + 1);
        worker.ref();
      }
    }
  }
}

let pool: MarkdownPool | undefined;

/**
 * The content layer's entry types with `.md` rendered on worker threads
 * (`astro build` only): Astro renders Markdown on the main thread one entry
 * at a time, which leaves the other cores idle for most of a large site's
 * content sync. The workers build the same pipeline as astro.config.ts
 * (src/lib/markdown-pipeline.ts) from Astro's resolved settings; when the
 * configured processor has plugins or features that pipeline does not know
 * of (an integration changed them), entries are rendered on the main thread instead,
 * and so are they when the collection's store already holds entries (a
 * rebuild renders only the files that changed).
 * @param context the loader's context (its `config`, `entryTypes` and `store`)
 * @param workers how many threads ({@link markdownWorkerCount}); 0 keeps Astro's own rendering
 * @returns the entry types to hand Astro's glob loader, and `done()` to call when loading ends
 */
export function withMarkdownWorkers(
  context: Pick<ContentLoaderContext, 'config' | 'entryTypes'> & { store: { keys(): readonly unknown[] } },
  workers: number,
): { entryTypes: ContentLoaderContext['entryTypes']; done: () => Promise<void> } {
  // The same settings astro.config.ts builds its pipeline from.
  const base = resolveBase();
  const trailingSlash = resolveTrailingSlash();
  const expected = markdownPipeline(base, trailingSlash).processor.options;
  const markdown = context.entryTypes.get('.md');
  const processor = context.config.markdown.processor as {
    name: string;
    options: { mdastPlugins?: unknown[]; hastPlugins?: unknown[]; features?: unknown };
  };
  const sameLength = (a: unknown[] | undefined, b: unknown[]) => (a?.length ?? 0) === b.length;
  // Workers pay off when a sync renders many entries: from an empty content cache. A rebuild after an edit
  // renders a few, faster on the main thread than starting threads that each load Shiki's grammars.
  const usable =
    workers > 0 &&
    context.store.keys().length === 0 &&
    markdown?.getRenderFunction !== undefined &&
    processor.name === 'satteri' &&
    sameLength(processor.options.mdastPlugins, expected.mdastPlugins) &&
    sameLength(processor.options.hastPlugins, expected.hastPlugins) &&
    JSON.stringify(processor.options.features) === JSON.stringify(expected.features);
  if (!usable || !markdown) return { entryTypes: context.entryTypes, done: async () => {} };
  pool ??= new MarkdownPool(workers, {
    base,
    trailingSlash,
    shared: sharedOptions(context.config),
  });
  const current = pool;
  current.acquire();
  const entryTypes = new Map(context.entryTypes);
  entryTypes.set('.md', {
    ...markdown,
    getRenderFunction: async (): Promise<ContentEntryRenderFunction> => async (entry) => {
      const result = await current.render({ body: entry.body ?? '', frontmatter: entry.data, filePath: entry.filePath });
      return {
        html: result.code,
        metadata: { ...result.metadata, imagePaths: result.metadata.localImagePaths.concat(result.metadata.remoteImagePaths) },
      };
    },
  });
  return { entryTypes, done: () => current.release() };
}

/** Astro's resolved Markdown settings that reach `createRenderer`, as data (see astro/dist/vite-plugin-markdown/content-entry-type.js). */
function sharedOptions(config: AstroConfig): AstroMarkdownOptions {
  const { markdown, image } = config;
  // Transformers are functions: the worker adds its own (markdownPipeline's).
  const shikiConfig = Object.fromEntries(Object.entries(markdown.shikiConfig).filter(([key]) => key !== 'transformers'));
  // Astro hands its resolved settings to createRenderer as they are (content-entry-type.js); only the types differ in optionality.
  return {
    image: { domains: [...image.domains], remotePatterns: structuredClone(image.remotePatterns) },
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
  } as AstroMarkdownOptions;
}
