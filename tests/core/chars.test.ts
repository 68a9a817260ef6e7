import { describe, expect, it } from 'vitest';
import {
  ASCII_ALNUM,
  hasAlnum,
  hasLetter,
  hasNumber,
  isAlnumCp,
  isAlnumMarkCp,
  isCapLowerWord,
  isLetterCp,
  isLowerCp,
  isNumberCp,
  isSpaceCp,
  isAllLower,
  isAlnumOrHyphenCp,
  isLetterOrHyphenCp,
  keepOnly,
  leadingRun,
  runsOf,
  isUpperCp,
  runOf,
  startsCapLower,
  startsUpper,
} from '../../core/engine/text/chars';

// The code-point tests must mean exactly what the property classes mean in a /u regex.
const classes: [string, (cp: number) => boolean, RegExp][] = [
  ['Lu', isUpperCp, /^\p{Lu}$/u],
  ['Ll', isLowerCp, /^\p{Ll}$/u],
  ['L', isLetterCp, /^\p{L}$/u],
  ['N', isNumberCp, /^\p{N}$/u],
  ['L|N', isAlnumCp, /^[\p{L}\p{N}]$/u],
  ['L|N|M', isAlnumMarkCp, /^[\p{L}\p{N}\p{M}]$/u],
  ['\\s', isSpaceCp, /^\s$/u],
];

// Every code point of the Basic Multilingual Plane (lone surrogates included), and a sample of
// the astral planes (mathematical letters, digits, emoji, CJK extension B).
const astral = [0x1d400, 0x1d41a, 0x1d7ce, 0x1f600, 0x20000, 0x10400, 0x10428, 0x1e900, 0x1e922];
const codePoints = [...Array.from({ length: 0x10000 }, (_, cp) => cp), ...astral];

describe('code point classes', () => {
  it.each(classes)('%s agrees with the regex on every BMP code point', (_, test, re) => {
    const wrong = codePoints.filter(cp => test(cp) !== re.test(String.fromCodePoint(cp)));
    expect(wrong.map(cp => cp.toString(16))).toEqual([]);
  });
  it('the ASCII table of letters and digits agrees with the regex', () => {
    const wrong = Array.from({ length: 0x80 }, (_, u) => u).filter(
      u => (ASCII_ALNUM[u] === 1) !== /^[\p{L}\p{N}]$/u.test(String.fromCharCode(u)),
    );
    expect(wrong).toEqual([]);
  });
  it('no character (-1) is in no class', () => {
    expect(classes.map(([, test]) => test(-1))).toEqual(classes.map(() => false));
  });
});

describe('word tests', () => {
  const words = [
    'Jakarta',
    'KPK',
    'kata',
    'al-Saud',
    'Ma’ruf',
    'Émile',
    'éclat',
    '1998',
    '(Pemred)',
    '“',
    'Ⅻ',
    'ǅemal',
    '𝐀𝐛𝐜',
    'Aß',
    'A',
    'a',
    '',
    '—',
    'x²',
  ];
  it.each(words)('%j', w => {
    expect(startsUpper(w)).toBe(/^\p{Lu}/u.test(w));
    expect(startsCapLower(w)).toBe(/^\p{Lu}\p{Ll}/u.test(w));
    expect(isCapLowerWord(w)).toBe(/^\p{Lu}\p{Ll}+$/u.test(w));
    expect(hasLetter(w)).toBe(/\p{L}/u.test(w));
    expect(hasNumber(w)).toBe(/\p{N}/u.test(w));
    expect(hasAlnum(w)).toBe(/[\p{L}\p{N}]/u.test(w));
    expect(runOf(w, isLowerCp) > 0).toBe(/^\p{Ll}+$/u.test(w));
    expect(isAllLower(w)).toBe(/^\p{Ll}+$/u.test(w));
    expect(runsOf(w, isLetterCp)).toEqual(w.match(/\p{L}+/gu) ?? []);
    expect(runsOf(w, isAlnumOrHyphenCp)).toEqual(w.split(/[^\p{L}\p{N}-]+/u).filter(Boolean));
    expect(keepOnly(w, isLetterOrHyphenCp)).toBe(w.replace(/[^\p{L}-]/gu, ''));
    expect(w.slice(0, leadingRun(w, isLetterOrHyphenCp))).toBe(/^[\p{L}-]+/u.exec(w)?.[0] ?? '');
    const upper = runOf(w, isUpperCp);
    expect(upper >= 2 && upper <= 8).toBe(/^\p{Lu}{2,8}$/u.test(w));
  });
});
