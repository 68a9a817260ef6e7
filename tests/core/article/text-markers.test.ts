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
