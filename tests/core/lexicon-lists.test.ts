import { describe, expect, it } from 'vitest';
import { meNVariants, PRE_CUES } from '../../core/lexicon/cues';
import { placeWords } from '../../core/lexicon/word-list';
import { fuzzer } from './fuzz';

// The lexicons' list readers run while the modules set up (every start of the service worker), so
// they are written for a cheap start; each must answer exactly as the code it replaced, on invented
// words and on fuzzed strings.

const fuzz = fuzzer(9091);

describe('placeWords: a comma-separated place list as lowercase words, as each place split apart gives them', () => {
  const byPlace = (list: string) =>
    list
      .split(',')
      .flatMap(p => p.trim().toLowerCase().split(/\s+/u))
      .filter(Boolean);
  it.each([
    ['', []],
    [' , ,', []],
    ['Kota Baru', ['kota', 'baru']],
    [
      '\n  Tanah Merah, Sungai Raya,\n  Bukit  Tinggi\n',
      ['tanah', 'merah', 'sungai', 'raya', 'bukit', 'tinggi'],
    ],
    ['Pulau\tSeribu,Teluk\u00a0Biru', ['pulau', 'seribu', 'teluk', 'biru']],
  ])('%j', (list, expected) => {
    expect(placeWords(list)).toEqual(expected);
    expect(placeWords(list)).toEqual(byPlace(list));
  });

  it('equals splitting each place apart on fuzzed lists (commas, spaces of every kind, astral letters)', () => {
    const alphabet = [
      'a',
      'B',
      'İ',
      'Σ',
      '-',
      ',',
      ' ',
      '\n',
      '\t',
      '\u00a0',
      '\u3000',
      '\ufeff',
      '😀',
      'É',
    ];
    for (const s of fuzz(alphabet, 3000, 14)) expect(placeWords(s)).toEqual(byPlace(s));
  });
});

describe('meNVariants: the non-standard meN- spellings, as /^me(ng|ny|m|n)([aiueo].*)$/u read them', () => {
  const byRegex = (word: string): string[] => {
    const m = /^me(ng|ny|m|n)([aiueo].*)$/u.exec(word);
    if (!m || word.startsWith('memper')) return [];
    const kept: Record<string, string[]> = { ng: ['k'], m: ['p'], n: ['t'], ny: [] };
    const out = kept[m[1]!]!.map(c => `me${m[1]}${c}${m[2]}`);
    if (m[1] === 'ny') out.push(`mens${m[2]}`);
    return out;
  };

  it.each([
    ['mengonfirmasi', ['mengkonfirmasi']],
    ['memastikan', ['mempastikan']],
    ['menuturkan', ['mentuturkan']],
    ['menyinyalir', ['mensinyalir']],
    ['menganggap', ['mengkanggap']],
    ['memperkirakan', []],
    ['mengklaim', []],
    ['melaporkan', []],
    ['berkata', []],
    ['me', []],
    ['meny', []],
  ])('%s → %j', (word, expected) => {
    expect(meNVariants(word)).toEqual(expected);
    expect(meNVariants(word)).toEqual(byRegex(word));
  });

  it('equals the regex on every pre-posed cue and on fuzzed words', () => {
    for (const w of PRE_CUES) expect(meNVariants(w)).toEqual(byRegex(w));
    const pieces = [
      'me',
      'm',
      'n',
      'g',
      'y',
      'a',
      'i',
      'u',
      'e',
      'o',
      'per',
      'k',
      '\n',
      '\u2028',
      'é',
      '😀',
    ];
    for (const w of fuzz(pieces, 4000, 7)) expect(meNVariants(w)).toEqual(byRegex(w));
  });
});
