import { describe, expect, it } from 'vitest';
import { getReadingTime } from '@/lib/reading-time';

describe('getReadingTime', () => {
  it('counts English words', () => {
    expect(getReadingTime("It's a small, well-tested tool: 3 files.")).toEqual({ words: 7, chars: 0, minutes: 1 });
  });

  it('counts Chinese characters, not words', () => {
    expect(getReadingTime('我们重写了配置解析器。')).toEqual({ words: 0, chars: 10, minutes: 1 });
  });

  it('counts both in mixed text', () => {
    expect(getReadingTime('我用 **Rust** 重写了 `parser` 模块')).toEqual({ words: 2, chars: 7, minutes: 1 });
  });

  it('skips fenced code, link targets and URLs', () => {
    const md = 'Read [the docs](https://go.dev/doc/) now.\n\n```go\nfunc main() {}\n```\n\nSee https://example.com/x.';
    expect(getReadingTime(md)).toEqual({ words: 5, chars: 0, minutes: 1 });
  });

  it('takes 230 words or 400 characters per minute, rounded up', () => {
    expect(getReadingTime('word '.repeat(460)).minutes).toBe(2);
    expect(getReadingTime('word '.repeat(461)).minutes).toBe(3);
    expect(getReadingTime('字'.repeat(800)).minutes).toBe(2);
    expect(getReadingTime('字'.repeat(801)).minutes).toBe(3);
  });
});
