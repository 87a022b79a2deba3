import { expect, test } from '@playwright/test';
import { getTagSlug } from '../../src/lib/tags';
import { HomePage, ListPage } from './pages/site-page';
import { published, slugsOf } from './support/content';

/** Tag slug → entries (kind/slug) carrying it, from the files. */
const expectedTags = new Map<string, Set<string>>();
for (const file of published) {
  for (const tag of file.tags) {
    const slug = getTagSlug(tag);
    if (!expectedTags.has(slug)) expectedTags.set(slug, new Set());
    expectedTags.get(slug)!.add(`${file.kind}/${file.slug}`);
  }
}

test('the author card counts posts, ideas and tags, drafts excluded', async ({ page }) => {
  const home = new HomePage(page);
  for (const locale of ['en', 'zh']) {
    await home.open(`/${locale}/`);
    await expect(home.stat('posts')).toHaveText(String(slugsOf('posts').length));
    await expect(home.stat('ideas')).toHaveText(String(slugsOf('ideas').length));
    await expect(home.stat('tags')).toHaveText(String(expectedTags.size));
  }
  expect([slugsOf('posts').length, slugsOf('ideas').length, expectedTags.size]).toEqual([11, 8, 14]);
  await home.open('/zh/');
  await expect(page.locator('.author-card__stats li')).toHaveText(['11 篇文章', '8 条想法', '14 个标签']);
});

test('every tag’s count equals the entries on its pages, in both locales', async ({ page }) => {
  test.setTimeout(120_000);
  const list = new ListPage(page);
  for (const locale of ['en', 'zh']) {
    await list.open(`/${locale}/tags/`);
    const shown = await page
      .locator('.tag-cloud__item')
      .evaluateAll((items) =>
        items.map((li) => [li.getAttribute('data-tag')!, Number(li.querySelector('[data-testid=tag-count]')!.textContent)] as const),
      );
    expect(shown.length).toBe(expectedTags.size);
    // Most used first.
    expect(shown.map(([, n]) => n)).toEqual([...shown.map(([, n]) => n)].sort((a, b) => b - a));
    for (const [slug, count] of shown) {
      expect(count, slug).toBe(expectedTags.get(slug)!.size);
      await list.open(`/${locale}/tags/${slug}/`);
      const kinds = await list.items.evaluateAll((els) =>
        els.map((el) => `${el.getAttribute('data-kind')}/${el.getAttribute('data-slug')}`),
      );
      const all = [...kinds];
      while (await list.next.count()) {
        await list.next.click();
        all.push(
          ...(await list.items.evaluateAll((els) => els.map((el) => `${el.getAttribute('data-kind')}/${el.getAttribute('data-slug')}`))),
        );
      }
      expect(all.sort(), slug).toEqual([...expectedTags.get(slug)!].sort());
    }
  }
});

test('spellings that differ only in case are one tag, shown with the most used spelling', async ({ page }) => {
  const list = new ListPage(page);
  await list.open('/en/tags/');
  await expect(page.locator('[data-tag=go] .tag-cloud__name')).toHaveText('Go');
  await list.open('/en/posts/small-tools-in-go/');
  await expect(page.locator('.tag-list a', { hasText: '#Go' })).toHaveAttribute('href', '/en/tags/go/');
});

test('tags.yaml gives a tag a name per locale', async ({ page }) => {
  const list = new ListPage(page);
  await list.open('/zh/tags/machine-learning/');
  await expect(list.title).toHaveText('标签“机器学习”');
  await list.open('/en/tags/machine-learning/');
  await expect(list.title).toHaveText('Tagged “Machine Learning”');
});

test('a tag in the cloud is announced with its name and how many entries carry it, in the page’s language', async ({ page }) => {
  const list = new ListPage(page);
  const count = expectedTags.get('go')!.size;
  expect(count).toBe(4);
  await list.open('/en/tags/');
  // The figure is hidden from assistive technology; hidden text says what it counts.
  await expect(page.locator('[data-tag=go] a')).toHaveAccessibleName(`Go ${count} entries`);
  await list.open('/zh/tags/');
  await expect(page.locator('[data-tag=go] a')).toHaveAccessibleName(`Go ${count} 篇`);
});
