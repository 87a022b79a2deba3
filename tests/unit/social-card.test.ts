import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, drawSocialCard, getSocialCard, type CardContent } from '@/lib/social-card';
import { isCompletePng } from '@/lib/social-card-key';

const zh: CardContent = { title: '一次实验：让大语言模型帮我审代码', date: '2025年6月1日', siteName: '李明远的笔记本', lang: 'zh-CN' };

/** Dark ("ink") pixels per column band and row band of a PNG. */
async function ink(
  png: Buffer,
): Promise<{ width: number; height: number; dark: (x0: number, y0: number, x1: number, y1: number) => number }> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const dark = (x0: number, y0: number, x1: number, y1: number) => {
    let n = 0;
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (data[y * info.width + x]! < 128) n++;
    return n;
  };
  return { width: info.width, height: info.height, dark };
}

describe('drawSocialCard', { timeout: 30_000 }, () => {
  it('draws a PNG of the Open Graph size', async () => {
    const meta = await sharp(await drawSocialCard(zh)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT]);
  });

  it('draws Chinese glyphs, not boxes', async () => {
    const glyphs = await ink(await drawSocialCard(zh));
    // The same title written with white squares is what missing glyphs look like.
    const boxes = await ink(await drawSocialCard({ ...zh, title: '□'.repeat([...zh.title].length) }));
    const title = [80, 80, 1120, 300] as const;
    expect(glyphs.dark(...title)).toBeGreaterThan(10_000);
    expect(Math.abs(glyphs.dark(...title) - boxes.dark(...title))).toBeGreaterThan(5_000);
  });

  it('wraps a long title inside the card and keeps the footer', async () => {
    const png = await drawSocialCard({ ...zh, title: '很长的标题'.repeat(60), lang: 'zh-CN' });
    const { dark } = await ink(png);
    // Nothing in the side margins, the footer line still drawn.
    expect(dark(0, 20, 70, CARD_HEIGHT)).toBe(0);
    expect(dark(CARD_WIDTH - 70, 20, CARD_WIDTH, CARD_HEIGHT)).toBe(0);
    expect(dark(80, 520, 1120, 580)).toBeGreaterThan(500);
  });
});

describe('getSocialCard', { timeout: 30_000 }, () => {
  it('draws a card once and reuses it while its content is unchanged', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'cards-'));
    const first = await getSocialCard(zh, cache);
    const [file] = readdirSync(cache);
    expect(readdirSync(cache)).toHaveLength(1);
    // Replace the cached file with another whole PNG: a second call must return it, not draw again.
    const standIn = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } }).png().toBuffer();
    writeFileSync(join(cache, file!), standIn);
    expect((await getSocialCard(zh, cache)).equals(standIn)).toBe(true);
    await getSocialCard({ ...zh, title: '另一个标题' }, cache);
    expect(readdirSync(cache)).toHaveLength(2);
    expect(first.subarray(1, 4).toString()).toBe('PNG');
  });

  it('draws a card again when its cached file is cut short or not a PNG (regression)', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'cards-'));
    const drawn = await getSocialCard(zh, cache);
    const file = join(cache, readdirSync(cache)[0]!);
    for (const broken of [drawn.subarray(0, 100), Buffer.from('cached'), Buffer.alloc(0)]) {
      writeFileSync(file, broken);
      expect(isCompletePng(file)).toBe(false);
      expect((await getSocialCard(zh, cache)).equals(drawn)).toBe(true);
      expect(isCompletePng(file)).toBe(true);
    }
  });
});
