import { describe, expect, it } from 'vitest';
import { isMarkedNoindex, isNoindexHtml, recordPage } from '@/lib/noindex';

describe('the noindex registry', () => {
  it('knows only the pages recorded, however their slash and encoding are spelled', () => {
    expect(isMarkedNoindex('/en/404/')).toBeUndefined();
    recordPage('/blog', true);
    recordPage('/blog/zh/posts/%E9%9A%8F%E7%AC%94/', true);
    recordPage('/blog/en/', false);
    expect(isMarkedNoindex('/blog/')).toBe(true);
    expect(isMarkedNoindex('/blog/zh/posts/随笔')).toBe(true);
    expect(isMarkedNoindex('/blog/en')).toBe(false);
    expect(isMarkedNoindex('/blog/zh/')).toBeUndefined();
    // build.format 'file' renders /blog/en/bio as /blog/en/bio.html; the sitemap asks for /blog/en/bio.
    recordPage('/blog/en/bio.html', false);
    recordPage('/blog/zh/posts/only-en.html', true);
    recordPage('/blog/zh/index.html', false);
    expect(isMarkedNoindex('/blog/en/bio')).toBe(false);
    expect(isMarkedNoindex('/blog/zh/posts/only-en')).toBe(true);
    expect(isMarkedNoindex('/blog/zh/')).toBe(false);
  });
});

describe('isNoindexHtml', () => {
  it('finds noindex or none in a robots meta, in any case and attribute order', () => {
    expect(isNoindexHtml('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(isNoindexHtml('<META CONTENT="NOINDEX, follow" NAME="Robots">')).toBe(true);
    expect(isNoindexHtml("<meta content='none' name='robots'/>")).toBe(true);
    expect(isNoindexHtml('<meta name="robots" content="index, follow">')).toBe(false);
    expect(isNoindexHtml('<meta name="googlebot" content="noindex"><p>noindex</p>')).toBe(false);
    expect(isNoindexHtml('<meta name="description" content="noindex is a word">')).toBe(false);
  });
});
