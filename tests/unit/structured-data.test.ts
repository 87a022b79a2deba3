import { describe, expect, it } from 'vitest';
import { buildBlogPosting, serializeJsonLd } from '@/lib/structured-data';

describe('buildBlogPosting', () => {
  it('describes an entry with its language, dates and author', () => {
    expect(
      buildBlogPosting({
        url: 'https://blog.example.com/zh/posts/a/',
        title: '标题',
        description: '说明',
        lang: 'zh-CN',
        published: new Date('2026-02-19T00:00:00Z'),
        author: { name: '李明远', email: 'alex@example.com', url: 'https://blog.example.com/zh/bio/' },
        tags: ['Go', '随笔'],
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: '标题',
      description: '说明',
      inLanguage: 'zh-CN',
      datePublished: '2026-02-19T00:00:00.000Z',
      dateModified: '2026-02-19T00:00:00.000Z',
      author: { '@type': 'Person', name: '李明远', email: 'alex@example.com', url: 'https://blog.example.com/zh/bio/' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://blog.example.com/zh/posts/a/' },
      url: 'https://blog.example.com/zh/posts/a/',
      keywords: 'Go, 随笔',
    });
  });
});

describe('serializeJsonLd', () => {
  it('cannot close its script element and round-trips', () => {
    const value = { headline: '</script><script>alert(1)</script> & "q" \u2028' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
