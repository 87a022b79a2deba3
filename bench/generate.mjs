// Deterministic generator of a synthetic bilingual content root for the benchmark.
// Usage: node bench/generate.mjs <outDir> <posts> <ideas>
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded PRNG, so every run writes the same content. */
export function createRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_WORDS =
  'system latency garbage collector memory queue request service trace profile cache thread lock channel goroutine compiler parser token syntax tree type interface module runtime allocation heap stack pointer network socket protocol retry timeout budget design reader writer language model embedding search index query result page feed tag author draft idea note'.split(
    ' ',
  );
const ZH_WORDS =
  '系统 延迟 垃圾回收 内存 队列 请求 服务 追踪 剖析 缓存 线程 锁 通道 编译器 解析器 词法 语法树 类型 接口 模块 运行时 分配 堆 栈 指针 网络 协议 重试 超时 预算 设计 读者 作者 语言模型 向量 搜索 索引 查询 结果 页面 订阅 标签 草稿 想法 笔记 人工智能 性能'.split(
    ' ',
  );

function sentence(random, words, length, joiner) {
  const out = [];
  for (let i = 0; i < length; i++) out.push(words[Math.floor(random() * words.length)]);
  return out.join(joiner);
}

function paragraph(random, lang) {
  if (lang === 'en') {
    const s = [];
    for (let i = 0; i < 4; i++) {
      const text = sentence(random, EN_WORDS, 8 + Math.floor(random() * 10), ' ');
      s.push(text.charAt(0).toUpperCase() + text.slice(1) + '.');
    }
    return s.join(' ');
  }
  const s = [];
  for (let i = 0; i < 4; i++)
    s.push(`${sentence(random, ZH_WORDS, 6 + Math.floor(random() * 8), '')}，在 Go 里${sentence(random, ZH_WORDS, 3, '')}。`);
  return s.join('');
}

/** A body with headings, paragraphs, a list, code, a table, a link and inline math. */
function body(random, lang, others) {
  const link = others.length ? `/${lang}/posts/${others[Math.floor(random() * others.length)]}/` : `/${lang}/`;
  return [
    paragraph(random, lang),
    `## ${lang === 'en' ? 'Background' : '背景'}`,
    paragraph(random, lang),
    `- ${sentence(random, lang === 'en' ? EN_WORDS : ZH_WORDS, 5, lang === 'en' ? ' ' : '')}\n- ${sentence(random, lang === 'en' ? EN_WORDS : ZH_WORDS, 5, lang === 'en' ? ' ' : '')}`,
    '```go\nfunc main() {\n\tfor i := 0; i < 10; i++ {\n\t\tfmt.Println(i)\n\t}\n}\n```',
    `## ${lang === 'en' ? 'Measurements' : '测量'}`,
    '| case | p50 | p99 |\n| --- | --- | --- |\n| before | 3 ms | 60 ms |\n| after | 3 ms | 18 ms |',
    `${paragraph(random, lang)} See [an earlier note](${link}). Little's law: $L = \\lambda W$.`,
    paragraph(random, lang),
  ].join('\n\n');
}

/** Tag pool growing like a real blog's (about 165 tags for 276 posts), drawn with a Zipf-like skew. */
function makeTags(random, pool) {
  const count = 1 + Math.floor(random() * 3);
  const tags = new Set();
  while (tags.size < count) {
    const rank = Math.min(pool.length - 1, Math.floor(pool.length * Math.pow(random(), 2.5)));
    tags.add(pool[rank]);
  }
  return [...tags];
}

export function generate(outDir, posts, ideas, seed = 42) {
  const random = createRandom(seed);
  rmSync(outDir, { recursive: true, force: true });
  const poolSize = Math.max(20, Math.round(165 * Math.pow(posts / 276, 0.7)));
  const pool = Array.from({ length: poolSize }, (_, i) => (i % 5 === 0 ? `标签${i}` : `tag-${i}`));
  const start = Date.UTC(2016, 0, 1);
  const span = 10 * 365 * 86400000;
  const write = (kind, count, words) => {
    const slugs = Array.from({ length: count }, (_, i) => `${kind === 'posts' ? 'post' : 'idea'}-${String(i).padStart(5, '0')}`);
    slugs.forEach((slug, i) => {
      const day = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
      const tags = makeTags(random, pool);
      // About one in twenty is in one language only.
      const only = random() < 0.05 ? (random() < 0.5 ? 'en' : 'zh') : undefined;
      for (const lang of ['en', 'zh']) {
        if (only && only !== lang) continue;
        const title =
          lang === 'en' ? `Note ${i}: ${sentence(random, EN_WORDS, 4, ' ')}` : `笔记 ${i}：${sentence(random, ZH_WORDS, 4, '')}`;
        const front = `---\ntitle: "${title}"\npubDate: ${day}\ntags: [${tags.map((t) => JSON.stringify(t)).join(', ')}]\n---\n\n`;
        const text = kind === 'posts' ? body(random, lang, slugs.slice(0, i)) : `${paragraph(random, lang)}\n\n${paragraph(random, lang)}`;
        mkdirSync(join(outDir, kind, slug), { recursive: true });
        writeFileSync(join(outDir, kind, slug, `${lang}.md`), front + text + '\n');
      }
    });
    return words;
  };
  write('posts', posts);
  write('ideas', ideas);
  mkdirSync(join(outDir, 'bio'), { recursive: true });
  writeFileSync(join(outDir, 'bio', 'en.md'), '---\ntitle: About\n---\n\nA synthetic author.\n');
  writeFileSync(join(outDir, 'bio', 'zh.md'), '---\ntitle: 关于\n---\n\n一位虚构的作者。\n');
  return { posts, ideas, tags: poolSize };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir, posts = '100', ideas = '50'] = process.argv.slice(2);
  console.log(generate(outDir, Number(posts), Number(ideas)));
}
