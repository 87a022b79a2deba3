import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { toFeedHtml } from '@/lib/feed';
import { feedHtmlWorkers, getFeedHtmlPreparer } from '@/lib/feed-html';

type Hook = (options: object) => unknown;
const run = (integration: AstroIntegration, hook: 'astro:build:start' | 'astro:build:generated') =>
  (integration.hooks[hook] as Hook)({ setPrerenderer: () => {}, logger: {}, dir: new URL('file:///tmp/') });

describe('feedHtmlWorkers', () => {
  it('prepares feed HTML on a worker exactly as toFeedHtml does, for many requests at once, only during the build', async () => {
    const pageUrl = 'https://example.org/blog/zh/posts/hello/';
    const inputs = Array.from(
      { length: 100 },
      (_, i) =>
        `<h2 id="h${i}">标题 ${i}</h2><p><a href="../other/">链接</a> <img src="/_astro/x${i}.png" alt="图" onerror="alert(1)"></p>` +
        `<script>alert(${i})</script><pre class="astro-code" style="color:red"><code>x = ${i}</code></pre>`,
    );
    expect(getFeedHtmlPreparer()).toBeUndefined();
    const integration = feedHtmlWorkers();
    await run(integration, 'astro:build:start');
    try {
      const prepare = getFeedHtmlPreparer()!;
      const prepared = await Promise.all(inputs.map((html) => prepare(html, pageUrl)));
      expect(prepared).toEqual(inputs.map((html) => toFeedHtml(html, pageUrl)));
      expect(prepared[7]).toBe(
        '<h2 id="h7">标题 7</h2><p><a href="https://example.org/blog/zh/posts/other/">链接</a> ' +
          '<img alt="图" src="https://example.org/_astro/x7.png" /></p><pre><code>x = 7</code></pre>',
      );
    } finally {
      await run(integration, 'astro:build:generated');
    }
    expect(getFeedHtmlPreparer()).toBeUndefined();
  });

  it('does not hold the process open once it owes no answers, so a build that fails before the end does not hang', async () => {
    const ports = () => process.getActiveResourcesInfo().filter((resource) => resource === 'MessagePort').length;
    const before = ports();
    const integration = feedHtmlWorkers();
    await run(integration, 'astro:build:start');
    try {
      const prepare = getFeedHtmlPreparer()!;
      const pending = prepare('<p>x</p>', 'https://example.org/');
      await new Promise((resolve) => setImmediate(resolve));
      // While an answer is owed, the worker keeps the process alive.
      expect(ports()).toBe(before + 1);
      expect(await pending).toBe('<p>x</p>');
      // Nothing owed: the worker no longer counts (before, it kept a failed build of Astro's JS API alive for ever).
      expect(ports()).toBe(before);
    } finally {
      await run(integration, 'astro:build:generated');
    }
  });
});
