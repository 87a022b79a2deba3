import type { Locator, Page } from '@playwright/test';

/** What every page of the site shows a reader: header, switcher, title, notices. */
export class SitePage {
  readonly page: Page;
  readonly title: Locator;
  readonly langSwitch: Locator;
  readonly count: Locator;
  readonly nav: Locator;

  constructor(page: Page) {
    this.page = page;
    this.title = page.locator('main h1').first();
    this.langSwitch = page.getByTestId('lang-switch');
    this.count = page.getByTestId('count');
    this.nav = page.locator('nav.site-nav');
  }

  /** Opens a site path and returns the HTTP status. */
  async open(path: string): Promise<number> {
    const response = await this.page.goto(path);
    return response?.status() ?? 0;
  }

  /** `<html lang>` */
  lang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  /** Follows the language switcher and returns the new path. */
  async switchLanguage(): Promise<string> {
    const before = new URL(this.page.url()).pathname;
    await Promise.all([this.page.waitForURL((url) => url.pathname !== before), this.langSwitch.click()]);
    return decodeURI(new URL(this.page.url()).pathname);
  }

  /** The `href` of `<link rel=canonical>`. */
  canonical(): Promise<string | null> {
    return this.page.locator('link[rel=canonical]').getAttribute('href');
  }

  /** `content` of the robots meta tag, or null. */
  async robots(): Promise<string | null> {
    const meta = this.page.locator('meta[name=robots]');
    return (await meta.count()) ? meta.getAttribute('content') : null;
  }

  /** hreflang → href of the alternate links in the head. */
  async alternates(): Promise<Record<string, string>> {
    return this.page
      .locator('link[rel=alternate][hreflang]')
      .evaluateAll((links) => Object.fromEntries(links.map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!])));
  }
}

/** The home page: author card and latest lists. */
export class HomePage extends SitePage {
  /** The number shown on the author card for `posts`, `ideas` or `tags`. */
  stat(name: 'posts' | 'ideas' | 'tags'): Locator {
    return this.page.locator(`[data-stat=${name}] strong`);
  }
}

/** A list page (posts, ideas, a tag): entries and pagination. */
export class ListPage extends SitePage {
  readonly items: Locator;
  readonly next: Locator;

  constructor(page: Page) {
    super(page);
    this.items = page.locator('.entry-list__item, .idea-card');
    this.next = page.locator('.pagination a[rel=next]');
  }

  /** Slugs of the entries on this page, in order. */
  slugs(): Promise<string[]> {
    return this.items.evaluateAll((els) => els.map((el) => el.getAttribute('data-slug')!));
  }

  /** Slugs on this page and every following page. */
  async allSlugs(): Promise<string[]> {
    const slugs = await this.slugs();
    while (await this.next.count()) {
      await this.next.click();
      slugs.push(...(await this.slugs()));
    }
    return slugs;
  }
}

/** A post's or idea's own page. */
export class EntryPage extends SitePage {
  readonly article: Locator;
  readonly published: Locator;
  readonly readingTime: Locator;
  readonly aiNotice: Locator;
  readonly fallbackNotice: Locator;
  readonly toc: Locator;
  readonly contactLink: Locator;
  readonly progress: Locator;

  constructor(page: Page) {
    super(page);
    this.article = page.locator('article.entry');
    this.published = page.getByTestId('published');
    this.readingTime = page.getByTestId('reading-time');
    this.aiNotice = page.getByTestId('notice-ai');
    this.fallbackNotice = page.getByTestId('notice-fallback');
    this.toc = page.locator('nav.toc');
    this.contactLink = page.getByTestId('contact-mail');
    this.progress = page.getByRole('progressbar');
  }
}
