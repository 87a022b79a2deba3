import type { Dictionary } from './en.ts';

/**
 * Chinese UI strings. `satisfies Dictionary` makes a missing or extra key a
 * type error. Chinese has only the CLDR plural category `other`, but the `.one`
 * keys stay so the dictionaries keep one shape.
 */
export const zh = {
  'a11y.skip': '跳到正文',
  'a11y.mainNav': '主导航',
  'a11y.pagination': '分页',
  'a11y.neighbours': '前后内容',

  'nav.home': '首页',
  'nav.ideas': '想法',
  'nav.posts': '文章',
  'nav.tags': '标签',
  'nav.bio': '关于',

  'theme.toDark': '深色',
  'theme.toLight': '浅色',
  'theme.toDarkLabel': '切换到深色主题',
  'theme.toLightLabel': '切换到浅色主题',

  'code.copy': '复制',
  'code.copied': '已复制',
  'code.copyLabel': '复制代码',
  'code.failed': '复制失败',

  'search.open': '搜索',
  'search.title': '搜索本站',
  'search.placeholder': '搜索文章和想法…',
  'search.includeOther': '包括英文结果',
  'search.close': '关闭',
  'search.count.one': '{count} 条结果',
  'search.count.other': '{count} 条结果',
  'search.none': '没有找到与“{query}”相关的内容。',
  'search.unavailable': '搜索只在构建后的网站中可用（先 npm run build，再 npm run preview）。',

  'lang.switch': '阅读本页的{language}版',
  'lang.name.en': '英文',
  'lang.name.zh': '中文',

  'card.posts.one': '篇文章',
  'card.posts.other': '篇文章',
  'card.ideas.one': '条想法',
  'card.ideas.other': '条想法',
  'card.tags.one': '个标签',
  'card.tags.other': '个标签',
  'card.avatarAlt': '{author}的头像',

  'home.latestPosts': '最新文章',
  'home.latestIdeas': '最新想法',
  'home.allPosts': '全部文章',
  'home.allIdeas': '全部想法',
  'home.empty': '这里还什么都没有。',
  'empty.posts': '还没有文章。',
  'empty.ideas': '还没有想法。',
  'empty.tags': '还没有标签。',

  'entry.published': '发布于',
  'entry.updated': '更新于',
  'entry.labelSep': '：',
  'entry.tags': '标签',
  'entry.words.one': '{count} 词',
  'entry.words.other': '{count} 词',
  'entry.chars.one': '{count} 字',
  'entry.chars.other': '{count} 字',
  'entry.minutes.one': '约 {count} 分钟',
  'entry.minutes.other': '约 {count} 分钟',
  'entry.draft': '草稿：只在开发服务器中显示，不会出现在构建出的网站里。',
  'entry.aiNotice': '本文由语言模型撰写，内容可能有误。',
  'entry.toc': '目录',
  'deepDive.summary': '深入阅读',
  'deepDive.aiNotice': '本节由语言模型撰写，内容可能有误。',
  'entry.anchor': '本节“{heading}”的链接',
  'entry.fallback': '本篇还没有中文版。下面是{language}原文。',
  'entry.originalLanguage': '原文为{language}',
  'entry.older': '更早',
  'entry.newer': '较新',
  'entry.progress': '阅读进度',

  'callout.note': '注',
  'callout.tip': '提示',
  'callout.important': '重要',
  'callout.warning': '警告',
  'callout.caution': '当心',

  'footnotes.label': '注释',
  'footnotes.back': '返回引用处 {reference}',

  'series.place': '系列“{name}”第 {index} 篇，共 {total} 篇',
  'related.title': '相关内容',

  'contact.title': '有什么想说的？',
  'contact.body': '欢迎写信给我：回应、指正或不同意见都可以。',

  'posts.title': '文章',
  'posts.count.one': '{count} 篇文章',
  'posts.count.other': '{count} 篇文章',
  'posts.untranslated.one': '，其中 {count} 篇尚无中文版',
  'posts.untranslated.other': '，其中 {count} 篇尚无中文版',
  'ideas.untranslated.one': '，其中 {count} 条尚无中文版',
  'ideas.untranslated.other': '，其中 {count} 条尚无中文版',

  'ideas.title': '想法',
  'ideas.count.one': '{count} 条想法',
  'ideas.count.other': '{count} 条想法',
  'ideas.permalink': '永久链接',
  'ideas.copyLink': '复制链接',
  'ideas.copied': '链接已复制',

  'tags.title': '标签',
  'tags.count.one': '{count} 个标签',
  'tags.count.other': '{count} 个标签',
  'tags.entries.one': '{count} 篇',
  'tags.entries.other': '{count} 篇',
  'tags.heading': '标签“{tag}”',
  'tags.all': '全部标签',

  'page.of': '第 {page} 页，共 {total} 页',
  'page.prev': '上一页',
  'page.next': '下一页',

  'kind.post': '文章',
  'kind.idea': '想法',

  'bio.title': '关于',

  'notFound.title': '页面不存在',
  'notFound.body': '这个地址上什么都没有。页面可能已经移走，也可能是链接写错了。',
  'notFound.home': '回到首页',
  'notFound.other': 'Page not found. Go to the English home page',

  'root.title': '选择语言',

  'footer.copyright': '© {years} {author}',
  'footer.feed': 'RSS 订阅',

  'feed.all': '{site}',
  'feed.posts': '{site}：文章',
  'feed.ideas': '{site}：想法',
  'feed.styleNote': '这是一个订阅源。把本页地址复制到你的阅读器里，就能收到新内容。',
  'feed.styleBack': '访问网站',
  'feed.tag': '{site}：标签“{tag}”',
} as const satisfies Dictionary;
