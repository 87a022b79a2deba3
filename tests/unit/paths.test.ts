import { describe, expect, it } from 'vitest';
import { createPaths, paths, toAbsoluteUrl } from '@/i18n/paths';

describe('paths at the site root', () => {
  it.each([
    [paths.home('en'), '/en/'],
    [paths.home('zh'), '/zh/'],
    [paths.list('posts', 'en'), '/en/posts/'],
    [paths.list('posts', 'zh', 1), '/zh/posts/'],
    [paths.list('ideas', 'zh', 3), '/zh/ideas/3/'],
    [paths.entry('posts', 'en', '2024/gc-notes'), '/en/posts/2024/gc-notes/'],
    [paths.entry('ideas', 'zh', 'walking-meetings'), '/zh/ideas/walking-meetings/'],
    [paths.tags('zh'), '/zh/tags/'],
    [paths.tag('en', 'c-sharp'), '/en/tags/c-sharp/'],
    [paths.tag('zh', '人工智能', 2), '/zh/tags/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/2/'],
    [paths.bio('zh'), '/zh/bio/'],
    [paths.feed('en'), '/en/rss.xml'],
    [paths.feed('zh', 'posts'), '/zh/posts/rss.xml'],
    [paths.feed('en', 'ideas'), '/en/ideas/rss.xml'],
    [paths.asset('/avatar.svg'), '/avatar.svg'],
    [paths.root(), '/'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('paths under a base path', () => {
  const blog = createPaths('/blog/');

  it.each([
    [blog.home('zh'), '/blog/zh/'],
    [blog.entry('posts', 'en', '2024/gc-notes'), '/blog/en/posts/2024/gc-notes/'],
    [blog.feed('zh'), '/blog/zh/rss.xml'],
    [blog.asset('/avatar.svg'), '/blog/avatar.svg'],
    [blog.root(), '/blog/'],
    [createPaths('blog').tags('en'), '/blog/en/tags/'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('toAbsoluteUrl', () => {
  it('joins a path to the origin', () => {
    expect(toAbsoluteUrl('/zh/posts/a/', 'https://blog.example.com')).toBe('https://blog.example.com/zh/posts/a/');
  });
});
