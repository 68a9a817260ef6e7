/**
 * antecedentCandidates looks up where the first quote of the pointing mention's paragraph starts
 * by binary search over the speeches (a walk back made a one-paragraph text quadratic). The search
 * must give what the walk back gave, for every layout of speeches over paragraphs.
 */
import { describe, expect, test } from 'vitest';
import { firstSpeechIn, type Speech } from '../../core/engine/discourse/candidates';
import { DocIndex } from '../../core/engine/discourse/doc-index';
import { pos } from '../../core/engine/cast/entity';
import { bodyParagraphs } from '../../core/engine/text/paragraphs';

/** Invented body: paragraph k is one plain sentence. */
const LINES = Array.from({ length: 6 }, (_, k) => `Warga desa ke-${k + 1} berkumpul di balai.`);
const doc = new DocIndex(bodyParagraphs(LINES, 0));

/** Speeches at (paragraph, offset) places, in text order. */
const speechesAt = (places: readonly (readonly [number, number])[]): Speech[] =>
  places.map(([p, o]) => ({ entities: [], start: pos(p, o), end: pos(p, o + 3) }));

/** The walk back the search replaced: from the last speech while it lies in `para`. */
function walkBack(para: number, speeches: readonly Speech[]): number {
  let first = Infinity;
  for (let k = speeches.length - 1; k >= 0 && doc.paragraph(speeches[k]!.start) === para; k--)
    first = speeches[k]!.start;
  return first;
}

describe('firstSpeechIn: the first of the trailing speeches in a paragraph', () => {
  test.each<[string, [number, number][], number, number]>([
    ['no speeches', [], 2, Infinity],
    [
      'the last speech is in an earlier paragraph',
      [
        [0, 1],
        [1, 4],
      ],
      2,
      Infinity,
    ],
    ['one speech, in the paragraph', [[2, 5]], 2, pos(2, 5)],
    [
      'all speeches in the paragraph',
      [
        [3, 1],
        [3, 9],
        [3, 20],
      ],
      3,
      pos(3, 1),
    ],
    [
      'a run after earlier paragraphs',
      [
        [0, 2],
        [1, 0],
        [4, 7],
        [4, 12],
      ],
      4,
      pos(4, 7),
    ],
    [
      'one speech in the paragraph after many elsewhere',
      [
        [0, 0],
        [0, 8],
        [1, 3],
        [5, 6],
      ],
      5,
      pos(5, 6),
    ],
  ])('%s', (_, places, para, want) => {
    const speeches = speechesAt(places);
    expect(firstSpeechIn(doc.paragraph(pos(para, 0)), speeches, doc)).toBe(want);
  });

  test('agrees with the walk back for every run length and paragraph', () => {
    // Every layout of up to 18 speeches spread over paragraphs 0..5 in text order (runs of 0–3).
    for (let seed = 0; seed < 4 ** 6; seed++) {
      const places: [number, number][] = [];
      for (let p = 0, s = seed; p < 6; p++, s >>= 2)
        for (let k = 0; k < (s & 3); k++) places.push([p, 2 + 5 * k]);
      const speeches = speechesAt(places);
      const paras = [0, 1, 2, 3, 4, 5];
      expect(paras.map(para => firstSpeechIn(para, speeches, doc))).toEqual(
        paras.map(para => walkBack(para, speeches)),
      );
    }
  });
});
