import { describe, expect, it } from 'vitest';
import {
  isClutterLine,
  isClutterText,
  surelyLongerThan,
  normalizeText,
} from '../../../core/article/text-markers';

describe('core/article/text-markers surelyLongerThan', () => {
  it.each<[string, string, number, boolean]>([
    ['short prose', 'Warga berkumpul di balai desa.', 40, false],
    [
      'a label padded with spaces and line breaks',
      `\n${' '.repeat(60)}Iklan${' \t'.repeat(30)}\n`,
      40,
      false,
    ],
    [
      'a label padded with no-break and ideographic spaces',
      `\u00a0\u3000 Baca Juga \u2009\u00a0`,
      7,
      true,
    ],
    [
      'long prose',
      'Pemerintah daerah menyiapkan anggaran tambahan untuk perbaikan jalan.',
      40,
      true,
    ],
    ['exactly the limit', 'a'.repeat(40), 40, false],
    ['one over the limit', 'a'.repeat(41), 40, true],
    ['over only with its inner spaces: not sure, so false', 'ab cd ef gh', 10, false],
    ['nothing but white space', ' \n\t\u00a0 '.repeat(50), 0, false],
  ])('%s', (_name, text, max, expected) => {
    expect(surelyLongerThan(text, max)).toBe(expected);
    // Never true of text whose normalised form fits: a label is never skipped by it.
    if (expected) expect(normalizeText(text).length).toBeGreaterThan(max);
  });

  /** The definition, as a plain count: more than `max` characters that are not white space. */
  const byCount = (text: string, max: number) =>
    text.split('').filter(c => !/\s/.test(c)).length > max;
  /** Characters to build texts from: letters, punctuation and every kind of white space. */
  const PIECES = [
    'a',
    'Z',
    '“',
    '.',
    ' ',
    '\n',
    '\t',
    '\u00a0',
    '\u2009',
    '\u3000',
    '\ufeff',
    '\u200b',
  ];

  it('says what a count of the visible characters says, on generated texts', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 2000; i++) {
      const length = next() % 70;
      let text = '';
      for (let j = 0; j < length; j++) text += PIECES[next() % PIECES.length];
      for (const max of [0, 1, 7, 40]) {
        expect(surelyLongerThan(text, max), `${JSON.stringify(text)} ${max}`).toBe(
          byCount(text, max),
        );
      }
    }
  });
});

describe('core/article/text-markers isClutterLine', () => {
  it.each([
    'Baca juga: Warga desa panen raya',
    '  BACA   JUGA  ',
    'Advertisement',
    'Pemerintah daerah menyiapkan anggaran.',
    '',
  ])('says what isClutterText says of the normalised line: %j', text => {
    expect(isClutterLine(normalizeText(text))).toBe(isClutterText(text));
  });
});
