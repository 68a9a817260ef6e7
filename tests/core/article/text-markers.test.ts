import { describe, expect, it } from 'vitest';
import {
  isClutterLine,
  isClutterText,
  isLabelLine,
  isLabelText,
  LABEL_PATTERNS,
  PROMO_PATTERNS,
  surelyLongerThan,
  normalizeText,
} from '../../../core/article/text-markers';
import { seededIntegers } from '../fuzz';

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

// isLabelLine and isClutterLine skip the patterns for a line that begins like none of them: they
// must answer as asking every pattern does.
describe('core/article/text-markers: the patterns asked only of lines that begin like them', () => {
  const label = (line: string) => LABEL_PATTERNS.some(p => p.test(line));
  const clutter = (line: string) => label(line) || PROMO_PATTERNS.some(p => p.test(line));
  /** Lines each pattern matches, in mixed case, and near misses. */
  const LINES = [
    'Advertisement',
    'ADVERTISMENT',
    'iKlAn',
    'Ad',
    'ADS',
    'Adapun warga berkumpul.',
    'Sponsored',
    'Baca Juga',
    'baca juga:',
    'Baca: Warga desa panen raya',
    'BACA JUGA : Klik di Sini',
    'Baca berita selengkapnya di sini.',
    'Berita Lainnya',
    'berita TERKAIT',
    'Berita itu beredar luas.',
    'Pilihan Redaksi',
    'Next Article',
    'previous article',
    'Ikuti Kami',
    'Ikuti WhatsApp Channel Republika',
    'ikuti wa channel republika sekarang',
    'Loading...',
    'loading',
    'Komik Si Calus',
    'Presiden mengatakan, panen raya dimulai.',
    '“Kami siap,” kata dia.',
    '',
  ];
  /** Pieces to build fuzzed lines from: the patterns' letters in both cases, and look-alikes. */
  const PIECES = [
    ...'adverismnklpobcjugtwhsyrx :.'.split(''),
    ...'ADVERISMNKLPOBCJUGTWHSYRX'.split(''),
    'baca',
    'BACA',
    ' juga',
    'ikuti ',
    'berita ',
    'loading',
    'komik si calus',
    '\u212a', // Kelvin sign: lowercases to k, never matches /k/i without the u flag
    '\u017f', // long s: uppercases to S, never matches /s/i without the u flag
    '\u0130', // dotted capital I: lowercases to two characters
    '\u0131',
    '\u00a0',
  ];

  it.each(LINES)('%j', line => {
    expect(isLabelLine(line)).toBe(label(line));
    expect(isClutterLine(line)).toBe(clutter(line));
  });

  it('answers as every pattern does, on fuzzed lines', () => {
    const next = seededIntegers(11);
    let matched = 0;
    for (let i = 0; i < 20000; i++) {
      const count = 1 + (next() % 6);
      let line = '';
      for (let j = 0; j < count; j++) line += PIECES[next() % PIECES.length];
      if (clutter(line)) matched++;
      expect([line, isLabelLine(line)]).toEqual([line, label(line)]);
      expect([line, isClutterLine(line)]).toEqual([line, clutter(line)]);
      expect([line, isLabelText(line)]).toEqual([line, label(normalizeText(line))]);
    }
    // The fuzz reaches lines the patterns match, not only lines they reject.
    expect(matched).toBeGreaterThan(50);
  });
});

// labels.ts's showsChar and core/contrast.ts's channel split read white space with trim() instead
// of an expression: that holds because trim() takes off exactly the characters \s matches.
describe('trim() and \\s agree on white space', () => {
  it('for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (/\s/.test(c) !== (c.trim() === '')) differ.push(code);
    }
    expect(differ).toEqual([]);
  });
});
