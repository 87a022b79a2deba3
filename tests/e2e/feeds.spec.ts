import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { expectedList, type Kind, type Locale } from './support/content';

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });

interface Item {
  title: string;
  link: string;
  guid: { '#text': string };
  pubDate: string;
  description: string;
  'content:encoded': string;
  category?: string | string[];
}

const feeds: { path: string; locale: Locale; kind?: Kind }[] = [
  { path: '/en/rss.xml', locale: 'en' },
  { path: '/zh/rss.xml', locale: 'zh' },
  { path: '/en/posts/rss.xml', locale: 'en', kind: 'posts' },
  { path: '/zh/posts/rss.xml', locale: 'zh', kind: 'posts' },
  { path: '/en/ideas/rss.xml', locale: 'en', kind: 'ideas' },
  { path: '/zh/ideas/rss.xml', locale: 'zh', kind: 'ideas' },
];

for (const feed of feeds) {
  test(`${feed.path} holds the newest public entries of its locale, in order, with absolute links`, async ({ request }) => {
    const response = await request.get(feed.path);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const doc = parser.parse(xml);
    expect(doc.rss['@_version']).toBe('2.0');
    const channel = doc.rss.channel;
    expect(channel.language).toBe(feed.locale === 'zh' ? 'zh-CN' : 'en');
    expect(channel['atom:link']['@_href']).toBe(`https://blog.example.com${feed.path}`);
    expect(channel['atom:link']['@_rel']).toBe('self');
    const items: Item[] = [channel.item].flat();
    const expected = expectedList(feed.locale, feed.kind).slice(0, 20);
    expect(items.map((i) => i.title)).toEqual(expected.map((f) => f.title));
    expect(items.map((i) => i.link)).toEqual(expected.map((f) => `https://blog.example.com/${feed.locale}/${f.kind}/${f.slug}/`));
    for (const item of items) {
      expect(item.guid['#text']).toBe(item.link);
      expect(item['content:encoded'].length, item.link).toBeGreaterThan(100);
      const relative = [...item['content:encoded'].matchAll(/\s(?:href|src)="([^"]*)"/g)]
        .map((m) => m[1]!)
        .filter((u) => !/^(https?:|mailto:)/.test(u));
      expect(relative, item.link).toEqual([]);
    }
  });
}

test('titles with &, < and quotes round-trip through the feed', async ({ request }) => {
  const en = parser.parse(await (await request.get('/en/posts/rss.xml')).text());
  const titles = [en.rss.channel.item].flat().map((i: Item) => i.title);
  expect(titles).toContain('Types as Documentation: Map<K, V> & Friends in TypeScript');
  expect(titles).toContain('Rereading "The Design of Everyday Things"');
  const zh = parser.parse(await (await request.get('/zh/posts/rss.xml')).text());
  expect([zh.rss.channel.item].flat().map((i: Item) => i.title)).toContain('类型即文档：TypeScript 里的 Map<K, V> & 它的朋友们');
});

test('a feed item carries the full content with absolute image URLs and the post’s dates and tags', async ({ request }) => {
  const doc = parser.parse(await (await request.get('/en/posts/rss.xml')).text());
  const item = [doc.rss.channel.item].flat().find((i: Item) => i.link.endsWith('/en/posts/rust-parser-rewrite/')) as Item;
  expect(item.pubDate).toBe('Sat, 03 Jul 2021 00:00:00 GMT');
  expect(item.category).toEqual(['Rust', 'Systems', 'Performance']);
  expect(item['content:encoded']).toMatch(/<img [^>]*src="https:\/\/blog\.example\.com\/_astro\/cover\.[\w-]+\.svg"/);
});

test('each tag has a feed per locale with exactly its entries, announced on the tag page', async ({ page, request }) => {
  await page.goto('/zh/tags/go/');
  const href = await page.locator('link[rel=alternate][type="application/rss+xml"]').first().getAttribute('href');
  expect(href).toBe('/zh/tags/go/rss.xml');
  await expect(page.getByTestId('tag-feed')).toHaveAttribute('href', '/zh/tags/go/rss.xml');
  const doc = parser.parse(await (await request.get('/zh/tags/go/rss.xml')).text());
  expect(doc.rss.channel.title).toBe('李明远的笔记本：标签“Go”');
  const expected = expectedList('zh').filter((f) => f.tags.some((tag) => tag.toLowerCase() === 'go'));
  expect([doc.rss.channel.item].flat().map((i: Item) => i.link)).toEqual(
    expected.map((f) => `https://blog.example.com/zh/${f.kind}/${f.slug}/`),
  );
  expect(expected.length).toBe(4);
});

test('opened in a browser, a feed shows as a readable page in its language', async ({ page, request }) => {
  const xml = await (await request.get('/zh/posts/rss.xml')).text();
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet href="/zh/rss.xsl" type="text/xsl"?>')).toBe(true);
  await page.goto('/zh/posts/rss.xml');
  await expect(page.locator('h1')).toHaveText('李明远的笔记本：文章');
  await expect(page.locator('p.note')).toHaveText('这是一个订阅源。把本页地址复制到你的阅读器里，就能收到新内容。');
  await expect(page.locator('main li a')).toHaveCount(expectedList('zh', 'posts').length);
  const [year, month, day] = expectedList('zh', 'posts')[0]!.pubDate.slice(0, 10).split('-').map(Number);
  await expect(page.locator('main li time').first()).toHaveText(`${year}年${month}月${day}日`);
  await expect(page.locator('main li a').first()).toHaveAttribute(
    'href',
    `https://blog.example.com/zh/posts/${expectedList('zh', 'posts')[0]!.slug}/`,
  );
});
