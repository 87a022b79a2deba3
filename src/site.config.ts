import type { Locale } from '@/i18n/locales';

/**
 * Settings of one locale's face of the site: what the header, the home page's
 * author card and the feeds say in that language.
 */
export interface LocalizedSiteText {
  /** Site title shown in the header, the `<title>` suffix and the feeds' `<title>`. */
  title: string;
  /** One-line tagline under the title. */
  tagline: string;
  /** The author's name as written in this language. */
  author: string;
  /** One line under the author's name on the author card. */
  role: string;
  /** Two or three sentences on the author card. */
  bio: string;
  /** Licence line under each entry and in the footer (plain text). */
  license: string;
}

/** Every site-wide setting, in one typed object. */
export interface SiteConfig {
  /**
   * Absolute origin the site is served from, without a trailing slash
   * (`https://blog.example.com`). Feeds, canonical links and the sitemap need it.
   * The environment variable `SITE_URL` overrides it.
   */
  url: string;
  /**
   * Path the site is served under, for a blog that lives in a folder of a
   * larger site (`/blog/`), or `/` at the root of its domain. Every link,
   * asset, feed, canonical, hreflang and sitemap URL carries it, and links
   * written in entries as `/en/...` are rewritten to it. The environment
   * variable `BASE_PATH` overrides it.
   */
  base: string;
  /**
   * Whether page URLs end with a slash: `'always'` (`/en/posts/hello/`, pages
   * written as `hello/index.html`) or `'never'` (`/en/posts/hello`, pages
   * written as `hello.html`). Every URL the site emits follows it: pages, the
   * language switcher, pagination, feeds, the sitemap, and links written in
   * entries. The environment variable `TRAILING_SLASH` overrides it.
   */
  trailingSlash: 'always' | 'never';
  /** Address the "Have thoughts on this?" block and the bio link to (`mailto:`). */
  email: string;
  /** Avatar image path under `public/` (site-relative, no base prefix). */
  avatar: string;
  /** Year the blog started; the footer says "© start–build year". */
  startYear: number;
  /** Entries per page on list pages (posts, ideas, tag pages). Integer ≥ 1. */
  pageSize: { posts: number; ideas: number; tags: number };
  /** How many entries the home page lists. */
  homeLatest: { posts: number; ideas: number };
  /**
   * Publish entries whose `pubDate` is after the build time (`SOURCE_DATE_EPOCH`,
   * else now)? When false they are scheduled: absent from every page, list, tag,
   * feed, sitemap, search index and card until a build dated on or after their
   * date. The environment variable `BLOG_SHOW_FUTURE` (1/0) overrides it; the dev
   * server always shows them.
   */
  showFuture: boolean;
  /** How many entries each RSS feed carries (the newest ones). */
  feedSize: number;
  /** Per-locale texts. */
  text: Record<Locale, LocalizedSiteText>;
}

/** The site's settings. Change these to make the blog yours. */
export const site: SiteConfig = {
  url: 'https://blog.example.com',
  base: '/',
  trailingSlash: 'always',
  email: 'alex@example.com',
  avatar: '/avatar.svg',
  startYear: 2019,
  pageSize: { posts: 10, ideas: 5, tags: 10 },
  homeLatest: { posts: 5, ideas: 3 },
  showFuture: false,
  feedSize: 20,
  text: {
    en: {
      title: "Alex Rivera's Notebook",
      tagline: 'Code, people, and the space where they meet.',
      author: 'Alex Rivera',
      role: 'Software engineer and occasional essayist.',
      bio: 'I build developer tools and study how people work with software. This is where I think out loud about systems, languages and the books that changed my mind.',
      license: 'Text licensed under CC BY 4.0 unless noted otherwise.',
    },
    zh: {
      title: '李明远的笔记本',
      tagline: '代码、人，以及两者相遇的地方。',
      author: '李明远',
      role: '软件工程师，偶尔写写随笔。',
      bio: '我做开发者工具，也研究人如何与软件协作。这里记录我对系统、编程语言以及改变过我想法的书的思考。',
      license: '除特别注明外，正文采用 CC BY 4.0 许可。',
    },
  },
};
