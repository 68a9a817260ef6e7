import { describe, expect, it } from 'vitest';
import {
  isAbstractNounShape,
  isAgentNounShape,
  isAnNounShape,
  isDiKanShape,
  isDiTerShape,
  isNyaNounShape,
  isSuffixedVerbShape,
  isVerbShape,
} from '../../core/engine/text/affix-shapes';
import { isBracketedAcronym, isBracketedCapitalised } from '../../core/engine/text/bracketed';
import { codePointCount, dropFinalDot, isDigits } from '../../core/engine/text/chars';
import { isClauseStop, trimRange } from '../../core/engine/text/text';
import { lastWord } from '../../core/lexicon/terms';
import { fuzzer } from './fuzz';

// Hand-written readers that replace regexes (compiling those cold was slow): each must answer
// exactly as its regex, on invented words and on fuzzed strings.

const fuzz = fuzzer(4242);

describe('affix shapes', () => {
  const readers: [string, (w: string) => boolean, RegExp][] = [
    ['isAbstractNounShape', isAbstractNounShape, /^(?:ke|pe(?:r|m|n|ng|ny)?)[^]{3,}an$/u],
    ['isAgentNounShape', isAgentNounShape, /^pe(?:m[bp]|n[cdjt]|ng|ny)[^]{3,}$/u],
    [
      'isSuffixedVerbShape',
      isSuffixedVerbShape,
      /^(?:ber|ter|me(?:m|n|ng|ny)?)[^]{3,}(?:kan|an)$/u,
    ],
    ['isVerbShape', isVerbShape, /^(?:me|ber|ter)[^]{3,}$|^di[^]{4,}$/u],
    ['isAnNounShape', isAnNounShape, /^[^]{4,}an$/u],
    ['isNyaNounShape', isNyaNounShape, /^[^]{4,}nya$/u],
    ['isDiKanShape', isDiKanShape, /^di[^]{3,}kan$/u],
    ['isDiTerShape', isDiTerShape, /^(?:di|ter)[^]{3,}$/u],
  ];
  const words = [
    'kedatangan',
    'pembangunan',
    'perdamaian',
    'penyidik',
    'pengamat',
    'pemandu',
    'menjelaskan',
    'berdasarkan',
    'terbakar',
    'diumumkan',
    'dikaji',
    'panggilan',
    'kekecewaannya',
    'rumahnya',
    'kean',
    'kexyan',
    'pean',
    'memkan',
    'pe𝐚𝐛an',
    'di𝐚𝐛𝐜',
    'di𝐚𝐛𝐜d',
    'me\ud800xy',
    'ke\udc00\ud800an',
    '',
  ];
  // Prefixes and suffixes the shapes read, and stem pieces of one and two code units.
  const pieces = ['ke', 'pe', 'r', 'm', 'n', 'g', 'y', 'b', 'c', 'di', 'ber', 'ter', 'me', 'an'];
  const fuzzed = fuzz([...pieces, 'kan', 'nya', 'a', '𝐚', '\ud800', 'é', 'A'], 3000, 6);
  // Every prefix the regexes name, a stem of 0-5 code points, and a suffix: the stem-length bounds.
  const prefixes = [
    'ke',
    'pe',
    'per',
    'pem',
    'pemb',
    'pemp',
    'pen',
    'penc',
    'pend',
    'penj',
    'pent',
  ];
  prefixes.push('peng', 'peny', 'ber', 'ter', 'me', 'mem', 'men', 'meng', 'meny', 'di', '');
  const stems = fuzz(['a', '𝐚', '\ud800', 'b'], 40, 5);
  const built = prefixes.flatMap(p =>
    stems.flatMap(st => ['', 'an', 'kan', 'nya', 'n'].map(sf => p + st + sf)),
  );
  for (const [name, read, re] of readers) {
    it(`${name} agrees with ${re}`, () => {
      for (const w of [...words, ...fuzzed, ...built])
        expect([w, read(w)]).toEqual([w, re.test(w)]);
    });
  }
});

describe('codePointCount', () => {
  it.each([
    ['abc', 0, 3, 3],
    ['a𝐚b', 0, 4, 3],
    ['a𝐚b', 1, 3, 1],
    ['\ud800\ud800\udc00', 0, 3, 2],
    ['\udc00\ud800', 0, 2, 2],
    ['abc', 2, 1, -1],
  ])('%j from %i to %i', (s, from, to, n) => {
    expect(codePointCount(s, from, to)).toBe(n);
  });
});

describe('bracketed words', () => {
  const ACRONYM = /^\(\p{Lu}[\p{Lu}\p{N}-]{1,9}\)$/u;
  const CAPITALISED = /^\(\p{Lu}[^()]*\)$/u;
  const words = [
    '(FKP)',
    '(UTL)',
    '(P2P)',
    '(K-9)',
    '(KPKRI12345)',
    '(KPKRI123456)',
    '(A)',
    '(Ab)',
    '(Pemred)',
    '(Jokowi)',
    '(ÉTAT)',
    '(𝐀B)',
    '(𝐀𝐁)',
    '(A²)',
    '(a)',
    '()',
    '(',
    '(A)B)',
    '((A))',
    '(A(B)',
    '(Kata dalam kurung)',
    'FKP',
    '(FKP',
  ];
  const fuzzed = fuzz(
    ['(', ')', 'A', 'Z', 'a', '9', '-', ' ', 'É', '𝐀', '²', '\ud800', 'ǅ'],
    4000,
    8,
  );
  const inBrackets = fuzz(['A', 'Z', '9', '-', 'a', '𝐀', 'É', '²', ')', '('], 3000, 11).map(
    s => `(${s})`,
  );
  it.each([
    ['isBracketedAcronym', isBracketedAcronym, ACRONYM],
    ['isBracketedCapitalised', isBracketedCapitalised, CAPITALISED],
  ] as const)('%s agrees with its regex', (_, read, re) => {
    for (const w of [...words, ...fuzzed.map(s => `(${s}`), ...fuzzed, ...inBrackets])
      expect([w, read(w)]).toEqual([w, re.test(w)]);
  });
});

describe('lastWord (the word before a quote, for term words)', () => {
  const RE = /([\p{L}]+)\W*$/u;
  const lines = [
    'Acara itu bertajuk ',
    'dengan tema “',
    'program "',
    'kata é ',
    'kata éé',
    'nomor 12 ',
    'nama_depan ',
    'Budi, ',
    'istilah 𝐚𝐛 ',
    '',
    '   ',
    '12',
    'Café',
    'naïve résumé: ',
  ];
  const fuzzed = fuzz(['a', 'Z', 'é', '𝐚', ' ', '"', '“', '_', '7', ',', '\ud800', 'ß'], 4000, 12);
  it('agrees with the regex on invented and fuzzed strings', () => {
    for (const s of [...lines, ...fuzzed]) expect([s, lastWord(s)]).toEqual([s, RE.exec(s)?.[1]]);
  });
});

describe('small word tests', () => {
  const words = [
    '',
    '0',
    '12',
    '2024',
    '12345',
    '1a',
    'a1',
    '١٢',
    '１２',
    'Dr.',
    'Dr..',
    '.',
    'S.H',
    'x.\n',
  ];
  const fuzzed = fuzz(['1', '9', 'a', '.', ' ', '\n', '١', '𝟏'], 2000, 5);
  it('isDigits agrees with /^\\d+$/u', () => {
    for (const w of [...words, ...fuzzed]) expect([w, isDigits(w)]).toEqual([w, /^\d+$/u.test(w)]);
  });
  it("dropFinalDot agrees with replace(/\\.$/u, '')", () => {
    for (const w of [...words, ...fuzzed]) expect(dropFinalDot(w)).toBe(w.replace(/\.$/u, ''));
  });
});

describe('trimRange', () => {
  // As it was: leading \s and trailing [\s,.?!;:] skipped by regex, one character at a time.
  function byRegex(text: string, start: number, end: number) {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /[\s,.?!;:]/u.test(text[end - 1]!)) end--;
    return { start, end };
  }
  const fuzzed = fuzz(
    [' ', '\u00a0', '\u2003', '\n', 'a', ',', '.', '?', '!', ';', ':', '“', '𝐚', '-'],
    2000,
    10,
  );
  it('agrees with the regex reading on invented and fuzzed strings', () => {
    for (const s of ['  Ia datang, ', '\u00a0kata dia.?!;: ', '', ' , ', ...fuzzed])
      for (const [a, b] of [
        [0, s.length],
        [1, s.length - 1],
      ] as const)
        expect(trimRange(s, a, b)).toEqual(byRegex(s, a, b));
  });
});

describe('isClauseStop', () => {
  it('answers as /^[,.;:!?"“”]$/u on single marks, words and fuzzed strings', () => {
    const re = /^[,.;:!?"“”]$/u;
    const marks = [
      ',',
      '.',
      ';',
      ':',
      '!',
      '?',
      '"',
      '“',
      '”',
      "'",
      '‘',
      '’',
      '(',
      ')',
      '-',
      'a',
      ' ',
    ];
    for (const w of [...marks, ',,', '.”', 'yang', 'Budi', '', ...fuzz(marks, 300, 2)])
      expect(isClauseStop(w), JSON.stringify(w)).toBe(re.test(w));
  });
});
