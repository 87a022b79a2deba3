/**
 * English UI strings: flat dotted keys grouped by area. `{name}` is a
 * placeholder filled by `t()`; keys ending in `.one`/`.other` are plural forms
 * picked with `Intl.PluralRules` (CLDR plural categories).
 */
export const en = {
  'a11y.skip': 'Skip to content',
  'a11y.mainNav': 'Main',
  'a11y.pagination': 'Pages',
  'a11y.neighbours': 'Older and newer entries',

  'nav.home': 'Home',
  'nav.ideas': 'Ideas',
  'nav.posts': 'Posts',
  'nav.tags': 'Tags',
  'nav.bio': 'Bio',

  'theme.toDark': 'Dark',
  'theme.toLight': 'Light',
  'theme.toDarkLabel': 'Switch to the dark theme',
  'theme.toLightLabel': 'Switch to the light theme',

  'code.copy': 'Copy',
  'code.copied': 'Copied',
  'code.copyLabel': 'Copy the code',
  'code.failed': 'Copy failed',

  'search.open': 'Search',
  'search.title': 'Search this site',
  'search.placeholder': 'Search posts and ideas…',
  'search.includeOther': 'Include results in Chinese',
  'search.close': 'Close',
  'search.count.one': '{count} result',
  'search.count.other': '{count} results',
  'search.none': 'Nothing found for “{query}”.',
  'search.unavailable': 'Search works in the built site (npm run build, then npm run preview).',

  'lang.switch': 'Read this page in {language}',
  'lang.name.en': 'English',
  'lang.name.zh': 'Chinese',

  'card.posts.one': 'post',
  'card.posts.other': 'posts',
  'card.ideas.one': 'idea',
  'card.ideas.other': 'ideas',
  'card.tags.one': 'tag',
  'card.tags.other': 'tags',
  'card.avatarAlt': 'Portrait of {author}',

  'home.latestPosts': 'Latest posts',
  'home.latestIdeas': 'Latest ideas',
  'home.allPosts': 'All posts',
  'home.allIdeas': 'All ideas',
  'home.empty': 'Nothing here yet.',
  'empty.posts': 'No posts yet.',
  'empty.ideas': 'No ideas yet.',
  'empty.tags': 'No tags yet.',

  'entry.published': 'Published',
  'entry.updated': 'Updated',
  'entry.labelSep': ': ',
  'entry.tags': 'Tags',
  'entry.words.one': '{count} word',
  'entry.words.other': '{count} words',
  'entry.chars.one': '{count} character',
  'entry.chars.other': '{count} characters',
  'entry.minutes.one': '{count} min read',
  'entry.minutes.other': '{count} min read',
  'entry.draft': 'Draft: visible in the dev server only, left out of the built site.',
  'entry.aiNotice': 'A language model wrote this text. It may contain errors.',
  'entry.toc': 'Contents',
  'deepDive.summary': 'Deep dive',
  'deepDive.aiNotice': 'A language model wrote this section. It may contain errors.',
  'entry.anchor': 'Link to the section “{heading}”',
  'entry.fallback': 'This entry is not available in English yet. The original text, in {language}, is shown below.',
  'entry.originalLanguage': 'Written in {language}',
  'entry.older': 'Older',
  'entry.newer': 'Newer',
  'entry.progress': 'Reading progress',

  'callout.note': 'Note',
  'callout.tip': 'Tip',
  'callout.important': 'Important',
  'callout.warning': 'Warning',
  'callout.caution': 'Caution',

  'footnotes.label': 'Notes',
  'footnotes.back': 'Back to reference {reference}',

  'series.place': 'Part {index} of {total} in the series “{name}”',
  'related.title': 'Related',

  'contact.title': 'Any thoughts on this?',
  'contact.body': 'Write to me: replies, corrections and counterpoints are all welcome.',

  'posts.title': 'Posts',
  'posts.count.one': '{count} post',
  'posts.count.other': '{count} posts',
  'posts.untranslated.one': ', {count} not yet in English',
  'posts.untranslated.other': ', {count} not yet in English',
  'ideas.untranslated.one': ', {count} not yet in English',
  'ideas.untranslated.other': ', {count} not yet in English',

  'ideas.title': 'Ideas',
  'ideas.count.one': '{count} idea',
  'ideas.count.other': '{count} ideas',
  'ideas.permalink': 'Permalink',
  'ideas.copyLink': 'Copy link',
  'ideas.copied': 'Link copied',

  'tags.title': 'Tags',
  'tags.count.one': '{count} tag',
  'tags.count.other': '{count} tags',
  'tags.entries.one': '{count} entry',
  'tags.entries.other': '{count} entries',
  'tags.heading': 'Tagged “{tag}”',
  'tags.all': 'All tags',

  'page.of': 'Page {page} of {total}',
  'page.prev': 'Previous page',
  'page.next': 'Next page',

  'kind.post': 'Post',
  'kind.idea': 'Idea',

  'bio.title': 'Bio',

  'notFound.title': 'Page not found',
  'notFound.body': 'Nothing lives at this address. It may have moved, or the link may be mistyped.',
  'notFound.home': 'Go to the home page',
  'notFound.other': '页面不存在。前往中文首页',

  'root.title': 'Choose a language',

  'footer.copyright': '© {years} {author}',
  'footer.feed': 'RSS feed',

  'feed.all': '{site}',
  'feed.posts': '{site}: posts',
  'feed.ideas': '{site}: ideas',
  'feed.styleNote': 'This is a feed. Copy this page’s address into your feed reader to follow new entries.',
  'feed.styleBack': 'Visit the site',
  'feed.tag': '{site}: tagged “{tag}”',
} as const;

/** Every UI string key. */
export type UiKey = keyof typeof en;

/** A dictionary with exactly the English keys: a missing or extra key is a type error. */
export type Dictionary = { readonly [K in UiKey]: string };
