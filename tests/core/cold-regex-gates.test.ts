import { describe, expect, it } from 'vitest';
import { ageAfterName, isBracketedAge } from '../../core/engine/names/age-phrase';
import { opensWithWeekday } from '../../core/engine/reported/reported-clause';
import { hasSpace, isAsciiWordUnit } from '../../core/engine/text/chars';
import { AGE_WORDS } from '../../core/lexicon/time-nouns';

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
  it('hasSpace: /\\s/u', () => {
    for (const s of PROBES) expect([s, hasSpace(s)]).toEqual([s, /\s/u.test(s)]);
  });
  it('isAsciiWordUnit: /\\w/ on one code unit', () => {
    for (let unit = 0; unit < 0x3000; unit++)
      expect([unit, isAsciiWordUnit(unit)]).toEqual([unit, /\w/.test(String.fromCharCode(unit))]);
  });
});
