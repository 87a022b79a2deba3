import { describe, expect, it } from 'vitest';
import { parseCalloutMarker } from '@/lib/callouts';

describe('parseCalloutMarker', () => {
  it.each([
    ['[!NOTE]\nText', { kind: 'note', rest: 'Text' }],
    ['[!warning] Careful', { kind: 'warning', rest: 'Careful' }],
    ['[!TIP]', { kind: 'tip', rest: '' }],
    ['  [!CAUTION]\r\nHot', { kind: 'caution', rest: 'Hot' }],
  ])('%j', (text, expected) => {
    expect(parseCalloutMarker(text)).toEqual(expected);
  });

  it.each(['A quote', '[!NOPE] x', 'Text [!NOTE]'])('ignores %j', (text) => {
    expect(parseCalloutMarker(text)).toBeUndefined();
  });
});
