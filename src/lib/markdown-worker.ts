// A worker thread that renders Markdown entries with the site's pipeline
// (src/lib/markdown-pipeline.ts), so `astro build` renders entries on every
// core while the main thread reads and validates the others. Started by
// src/lib/markdown-workers.ts; loaded by Node itself (type stripping), not by
// Vite, hence the relative imports with their extensions.
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { markdownPipeline } from './markdown-pipeline.ts';
import type { MarkdownAnswer, MarkdownRequest, MarkdownWorkerData } from './markdown-workers.ts';

const { base, trailingSlash, shared } = workerData as MarkdownWorkerData;
const pipeline = markdownPipeline(base, trailingSlash);
const renderer = pipeline.processor.createRenderer({
  ...shared,
  // The resolved settings from the main thread, with this thread's own transformers (functions do not cross threads).
  shikiConfig: { ...shared.shikiConfig, transformers: pipeline.shikiConfig.transformers },
});

parentPort!.on('message', ({ id, body, frontmatter, filePath }: MarkdownRequest) => {
  renderer
    .then((r) => r.render(body, filePath ? { frontmatter, fileURL: pathToFileURL(filePath) } : { frontmatter }))
    .then(
      (result) => parentPort!.postMessage({ id, code: result.code, metadata: result.metadata } satisfies MarkdownAnswer),
      (error: unknown) =>
        parentPort!.postMessage({
          id,
          error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) },
        } satisfies MarkdownAnswer),
    );
});
