import { describe, expect, it } from 'vitest';
import { isMarkedNoindex, markNoindex } from '@/lib/noindex';

describe('the noindex registry', () => {
  it('says nothing before any page reported, then knows pages however their slash and encoding are spelled', () => {
    expect(isMarkedNoindex('/en/404/')).toBeUndefined();
    markNoindex('/blog');
    markNoindex('/blog/zh/posts/%E9%9A%8F%E7%AC%94/');
    expect(isMarkedNoindex('/blog/')).toBe(true);
    expect(isMarkedNoindex('/blog/zh/posts/随笔')).toBe(true);
    expect(isMarkedNoindex('/blog/en/')).toBe(false);
  });
});
