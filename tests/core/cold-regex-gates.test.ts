import { describe, expect, it } from 'vitest';
import { ageAfterName, isBracketedAge } from '../../core/engine/names/age-phrase';
import { opensWithWeekday } from '../../core/engine/reported/reported-clause';
import { hasSpace, isAsciiWordUnit } from '../../core/engine/text/chars';
import { AGE_WORDS } from '../../core/lexicon/time-nouns';
import { isBracketedMixedAcronym } from '../../core/engine/text/bracketed';
import { isPastShape } from '../../core/engine/reported/english-coordinated';
import { isActiveVerbShape } from '../../core/engine/reported/coordinated-cue';
import { isInBrackets } from '../../core/engine/text/bracketed';
import { hasDigit } from '../../core/engine/text/chars';
import { dateMonth, isByline } from '../../core/engine/text/paragraphs';
import { hasClubShape } from '../../core/lexicon/club-shape';
import { pairMarks } from '../../core/engine/quotes/quote-marks';
import { pairMarksByRegex } from './quote-marks-by-regex';
import { SPACE_RUNS, splitOnSpaces } from '../../core/engine/text/string-scans';
import { nextStop } from '../../core/engine/names/appositive-after';

// Each reader asks its regex only where the regex's fixed parts are (or reads it as a scan), so a
// first analysis compiles none of them on an article without the shape; each must answer exactly
// as the regex alone did. Probes: invented pieces joined at random, with the edges around them.
const AGE_WORD = AGE_WORDS.join('|');
const AGE_AFTER_NAME = new RegExp(
  `^\\s*(?:\\((\\d{1,3})(?:\\s+tahun)?\\)|,\\s*(?:(?:${AGE_WORD})\\s+)?(\\d{1,3})(?:\\s+tahun)?\\s*,)`,
  'u',
);
const AGE_IN_APPOSITION = /^\s*,[^,.;:"“”()]{0,40}?\s(?:berusia|berumur)\s+(\d{1,3})\s+tahun\b/u;
const AGE_IN_RELATIVE = new RegExp(`^\\s*yang\\s+(?:${AGE_WORD})\\s+(\\d{1,3})\\s+tahun\\b`, 'u');
/** ageAfterName as it was: the three regexes in turn (cast.agedLoneName is on by default). */
function ageByRegex(text: string): number | null {
  const m = AGE_AFTER_NAME.exec(text);
  if (m) return Number(m[1] ?? m[2]);
  const a = AGE_IN_APPOSITION.exec(text);
  if (a) return Number(a[1]);
  const r = AGE_IN_RELATIVE.exec(text);
  return r ? Number(r[1]) : null;
}

const PIECES = [
  '(',
  ')',
  ',',
  ' ',
  '  ',
  '\u00a0',
  '\n',
  '5',
  '52',
  '1998',
  'tahun',
  'tahunan',
  'berusia',
  'berumur',
  'usia',
  'umur',
  'aged',
  'yang',
  'Yang',
  'dalang',
  'asal Solo',
  'guru',
  '.',
  '“',
  'Senin',
  'Selasa',
  'Jumat',
  "Jum'at",
  'Ahad',
  'Minggu',
  'x',
  '_',
  'é',
  '𝐀',
  '𝐚',
  '\ud835',
  'A',
  'KPK',
  'Kemen',
  'me',
  'ber',
  'nyambut',
  'janji',
  'ed',
  'welcom',
  'Ö',
  'ǅ',
  '-',
  'ß',
  'Rep',
  'RED',
  'rEd',
  ':',
  '\t',
  'Januari',
  '2024',
  '10',
  '10:30',
  '1:5',
  '12:345',
  'Pers',
  'PERSI',
  'perſ',
  'ſ',
  'persen',
  'Persada',
  '\u2028',
  '\r',
  "'",
  "''",
  '’',
  '‘‘',
  '"',
  '«',
  '»',
  '„',
  '32"',
  'kata',
  ' - ',
  ' – ',
  '—',
  ' — ',
  ';',
  '!',
  '?',
];

let seed = 2024;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const FUZZED = Array.from({ length: 6000 }, () =>
  Array.from(
    { length: 1 + Math.floor(random() * 8) },
    () => PIECES[Math.floor(random() * PIECES.length)],
  ).join(''),
);
const INVENTED = [
  ' (52), guru',
  ' (52 tahun) mengatakan',
  ', 52 tahun, mengatakan',
  ', berusia 52 tahun, kata',
  ',  58, said',
  ', dalang berusia 26 tahun asal Solo,',
  ' yang berusia 61 tahun',
  'yang umur 7 tahun',
  ' (ANTARA) -',
  ', kata dia',
  ', 1998,',
  ' (1998)',
  '',
  ' ',
  ',',
  '(',
];
const PROBES = [...INVENTED, ...FUZZED];

describe('regex gates and scans answer as the regexes alone did', () => {
  it('ageAfterName: the three age regexes in turn', () => {
    for (const s of PROBES) expect([s, ageAfterName(s)]).toEqual([s, ageByRegex(s)]);
  });
  it('isBracketedAge: /^\\((\\d{1,3})(?:\\s+tahun)?\\)$/u', () => {
    const re = /^\((\d{1,3})(?:\s+tahun)?\)$/u;
    for (const s of PROBES) expect([s, isBracketedAge(s)]).toEqual([s, re.test(s)]);
  });
  it('opensWithWeekday: /^(?:Senin|…|Ahad)\\b/u', () => {
    const re = /^(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Ahad)\b/u;
    for (const s of PROBES) expect([s, opensWithWeekday(s)]).toEqual([s, re.test(s)]);
  });
  it('isBracketedMixedAcronym: /^\\(\\p{Lu}[\\p{Lu}\\p{Ll}\\d-]*\\)$/u', () => {
    const re = /^\(\p{Lu}[\p{Lu}\p{Ll}\d-]*\)$/u;
    for (const s of PROBES) expect([s, isBracketedMixedAcronym(s)]).toEqual([s, re.test(s)]);
  });
  it('isPastShape: /^\\p{Ll}{3,}ed$/u', () => {
    const re = /^\p{Ll}{3,}ed$/u;
    for (const s of PROBES) expect([s, isPastShape(s)]).toEqual([s, re.test(s)]);
  });
  it('isActiveVerbShape: /^(me|ber)\\p{Ll}{3,}$/u', () => {
    const re = /^(me|ber)\p{Ll}{3,}$/u;
    for (const s of PROBES) expect([s, isActiveVerbShape(s)]).toEqual([s, re.test(s)]);
  });
  it('dateMonth: the header date regex and its month', () => {
    const re =
      /^(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\s+\d{1,2}\s+(\S+)\s+\d{4}\s+\d{1,2}:\d{2}/;
    const dates = [
      'Senin 12 Januari 2024 10:30',
      "Jum'at  3 Maret 2023 9:05 WIB",
      'Ahad 1 Mei 2022 23:59',
      'Selasa 123 Mei 2022 10:30',
      'Rabu 12 Mei 20245 10:30',
      'Kamis 12 Mei 2024 100:30',
      'Kamis 12 Mei 2024 10:3',
      'Minggu 12  Mei  2024  10:30',
    ];
    for (const s of [...dates, ...PROBES])
      expect([s, dateMonth(s)]).toEqual([s, re.exec(s)?.[1] ?? null]);
  });
  it('isByline: /^(?:Rep|Red)\\s*:/i', () => {
    for (const s of PROBES) expect([s, isByline(s)]).toEqual([s, /^(?:Rep|Red)\s*:/iu.test(s)]);
  });
  it('hasClubShape: /^pers[aeiou]/iu', () => {
    for (const s of PROBES) expect([s, hasClubShape(s)]).toEqual([s, /^pers[aeiou]/iu.test(s)]);
  });
  it('isInBrackets: /^\\(.*\\)$/u', () => {
    for (const s of PROBES) expect([s, isInBrackets(s)]).toEqual([s, /^\(.*\)$/u.test(s)]);
  });
  it('hasDigit: /\\d/u', () => {
    for (const s of PROBES) expect([s, hasDigit(s)]).toEqual([s, /\d/u.test(s)]);
  });
  it('pairMarks: the marks as the mark regex read them', () => {
    for (const s of PROBES) expect([s, pairMarks(s)]).toEqual([s, pairMarksByRegex(s)]);
  });
  it('splitOnSpaces and SPACE_RUNS: split(/\\s+/u), with and without a limit', () => {
    for (const s of PROBES) {
      expect([s, splitOnSpaces(s)]).toEqual([s, s.split(/\s+/u)]);
      expect([s, s.split(SPACE_RUNS)]).toEqual([s, s.split(/\s+/u)]);
      for (const limit of [0, 1, 2, 3])
        expect([s, limit, s.split(SPACE_RUNS, limit)]).toEqual([s, limit, s.split(/\s+/u, limit)]);
    }
  });
  it('nextStop: every stop /[,.;:!?()“”"]|\\s[-–—]\\s/gu finds, from every offset', () => {
    const stops = (s: string, from: number) => {
      const re = /[,.;:!?()“”"]|\s[-–—]\s/gu;
      re.lastIndex = from;
      const m = re.exec(s);
      return m ? { index: m.index, mark: m[0] } : null;
    };
    for (const s of PROBES)
      for (let from = 0; from <= s.length + 1; from++)
        expect([s, from, nextStop(s, from)]).toEqual([s, from, stops(s, from)]);
  });
  it('hasSpace: /\\s/u', () => {
    for (const s of PROBES) expect([s, hasSpace(s)]).toEqual([s, /\s/u.test(s)]);
  });
  it('isAsciiWordUnit: /\\w/ on one code unit', () => {
    for (let unit = 0; unit < 0x3000; unit++)
      expect([unit, isAsciiWordUnit(unit)]).toEqual([unit, /\w/.test(String.fromCharCode(unit))]);
  });
});
