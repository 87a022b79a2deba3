import { describe, expect, it } from 'vitest';
import { fillTemplate, useTranslations } from '@/i18n/ui';
import { en } from '@/i18n/ui/en';
import { zh } from '@/i18n/ui/zh';

describe('dictionaries', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty string', () => {
    expect([...Object.values(en), ...Object.values(zh)].filter((v) => v.trim() === '')).toEqual([]);
  });
});

describe('useTranslations', () => {
  it('picks English plural forms', () => {
    const { plural } = useTranslations('en');
    expect([plural('posts.count', 0), plural('posts.count', 1), plural('posts.count', 1234)]).toEqual(['0 posts', '1 post', '1,234 posts']);
  });

  it('uses the other form for Chinese', () => {
    const { plural } = useTranslations('zh');
    expect([plural('posts.count', 1), plural('posts.count', 12)]).toEqual(['1 篇文章', '12 篇文章']);
  });

  it('fills placeholders', () => {
    expect(useTranslations('en').t('lang.switch', { language: 'Chinese' })).toBe('Read this page in Chinese');
    expect(useTranslations('zh').t('page.of', { page: 2, total: 5 })).toBe('第 2 页，共 5 页');
  });

  it('leaves unknown placeholders as written', () => {
    expect(fillTemplate('{a} {b}', { a: 1 }, 'en')).toBe('1 {b}');
  });
});
