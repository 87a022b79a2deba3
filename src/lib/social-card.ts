import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { threadId } from 'node:worker_threads';
import satori from 'satori';
import { cardCacheFile, isCompletePng, type CardContent } from './social-card-key.ts';
import sharp from 'sharp';

/** Open Graph's recommended image size, in pixels. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export type { CardContent };

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700 }[] | undefined;

/**
 * Noto Sans SC (Latin and CJK glyphs) from the npm package
 * @expo-google-fonts/noto-sans-sc: nothing is downloaded at build time.
 */
function loadFonts() {
  fonts ??= [
    {
      name: 'Noto Sans SC',
      data: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')),
      weight: 400,
    },
    {
      name: 'Noto Sans SC',
      data: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')),
      weight: 700,
    },
  ];
  return fonts;
}

/**
 * Draws a social card (PNG, {@link CARD_WIDTH}×{@link CARD_HEIGHT}) with the
 * title (wrapped, at most four lines, then an ellipsis), the date and the
 * site name, with satori (layout to SVG) and resvg (SVG to PNG).
 * @param card what the card shows
 * @returns PNG bytes
 */
export async function drawSocialCard(card: CardContent): Promise<Buffer> {
  const long = [...card.title].length > 40;
  const svg = await satori(
    {
      type: 'div',
      props: {
        lang: card.lang,
        style: {
          width: CARD_WIDTH,
          height: CARD_HEIGHT,
          // Satori sizes boxes without their padding and border unless told otherwise.
          boxSizing: 'border-box',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '72px 80px',
          background: '#fdfcfa',
          borderTop: '16px solid #2f5d94',
          fontFamily: 'Noto Sans SC',
          color: '#1f2328',
        },
        children: [
          {
            type: 'div',
            props: {
              style: {
                display: 'block',
                width: CARD_WIDTH - 160,
                fontSize: long ? 56 : 72,
                fontWeight: 700,
                lineHeight: 1.3,
                lineClamp: 4,
                // Chinese has no spaces: let lines break between any two characters.
                wordBreak: card.lang.startsWith('zh') ? 'break-all' : 'break-word',
              },
              children: card.title,
            },
          },
          {
            type: 'div',
            props: {
              style: { display: 'flex', justifyContent: 'space-between', width: CARD_WIDTH - 160, fontSize: 32, color: '#5c6370' },
              children: [
                { type: 'div', props: { children: card.siteName } },
                { type: 'div', props: { children: card.date } },
              ],
            },
          },
        ],
      },
    },
    { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() },
  );
  // The SVG holds glyph outlines, not text: resvg needs no fonts, and scanning
  // the system's fonts (its default) took four fifths of the time of a card.
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render();
  // sharp's PNG encoder (libvips, libpng) is three times as fast as resvg's at a similar size.
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6, adaptiveFiltering: false })
    .toBuffer();
}

/**
 * Makes sure the card is in the cache, drawing it when its content has not
 * been drawn before (keyed by a SHA-256 of the content and the design
 * version). The file is written under a temporary name and renamed, so a
 * reader never sees half a card, even with several threads drawing.
 * @param card what the card shows
 * @param cacheDir folder for cached cards (created when missing)
 * @returns the cached PNG's absolute or cacheDir-relative path
 */
export async function cacheSocialCard(card: CardContent, cacheDir: string): Promise<string> {
  const file = cardCacheFile(card, cacheDir);
  if (isCompletePng(file)) return file;
  const png = await drawSocialCard(card);
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return file;
}

/**
 * A card's PNG bytes, from the cache or drawn and cached ({@link cacheSocialCard}).
 * @param card what the card shows
 * @param cacheDir folder for cached cards (created when missing)
 * @returns PNG bytes
 */
export async function getSocialCard(card: CardContent, cacheDir: string): Promise<Buffer> {
  return readFileSync(await cacheSocialCard(card, cacheDir));
}
