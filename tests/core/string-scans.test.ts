import { describe, expect, it } from 'vitest';
import {
  collapseSpaces,
  countChunks,
  dropBetweenCommas,
  endsAfterComma,
  endsClosed,
  endsWithWord,
  firstOf,
  isAsciiInitial,
  isOneOf,
  opensCommaDescription,
  splitLines,
  splitOnSpacesAndCommas,
} from '../../core/engine/text/string-scans';
import { caselessKey, foldsToAscii, hasAlnum } from '../../core/engine/text/chars';
import { nicknameAfter, nicknameBefore } from '../../core/engine/cast/nickname-cue';
import { isDegree } from '../../core/lexicon/honorifics';
import { fuzzer } from './fuzz';

// Scans and lookups that replace regexes an article's path compiled on every cold start: each
// must answer exactly as the regex it replaced, on invented strings and on fuzzed ones.

const fuzz = fuzzer(8080);
/** White space of every kind `\s` reads, and the characters next to it that matter here. */
const SPACES = [' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2028', '\ufeff', '\u3000'];

describe('splits and white space', () => {
  const texts = [
    'Budi datang.\nIa berkata.',
    'baris satu\r\nbaris dua\r\n',
    '\r\n\r\r\n\n',
    'kata, dia ,, itu ',
    ' , ',
    '',
    'tanpa pemisah',
    ...fuzz(['a', 'B', ',', '.', 'é', '𝐚', '\ud800', ...SPACES], 4000, 10),
  ];
  it('splitLines is split(/\\r?\\n/u)', () => {
    for (const s of texts) expect([s, splitLines(s)]).toEqual([s, s.split(/\r?\n/u)]);
  });
  it('splitOnSpacesAndCommas is split(/[\\s,]+/u)', () => {
    for (const s of texts) expect([s, splitOnSpacesAndCommas(s)]).toEqual([s, s.split(/[\s,]+/u)]);
  });
  it('collapseSpaces is replace(/\\s+/gu, " ")', () => {
    for (const s of texts) expect([s, collapseSpaces(s)]).toEqual([s, s.replace(/\s+/gu, ' ')]);
  });
  it('countChunks counts the runs of /\\S+/gu that pass, up to its limit', () => {
    for (const s of texts)
      for (const atMost of [0, 1, 2, Infinity]) {
        const runs = (s.match(/\S+/gu) ?? []).filter(hasAlnum).length;
        expect([s, atMost, countChunks(s, hasAlnum, atMost)]).toEqual([
          s,
          atMost,
          Math.min(runs, atMost),
        ]);
      }
  });
});

describe('clause scans', () => {
  const texts = [
    ', pengamat pasar dari Bandung, menilai',
    ', a trade analyst, said',
    ', ab,',
    ', a,',
    ', Pengamat pasar, menilai',
    ',  pengamat, x',
    ', pengamat pasar. Dia,',
    `, p${'a'.repeat(79)},`,
    `, p${'a'.repeat(80)},`,
    `, p${'𝐚'.repeat(80)},`,
    `, p${'𝐚'.repeat(81)},`,
    'Budi Hartanto, pengamat, menilai bahwa “itu” benar.',
    'kata dia."',
    'kata dia” ',
    'kata dia)\n',
    'kata dia',
    '',
    ...fuzz(
      [',', ' ', 'a', 'p', 'B', '.', ';', '“', '"', '’', ')', '𝐚', '\ud800', ...SPACES],
      4000,
      12,
    ),
    ...fuzz([', ', 'p', 'a', '𝐚', ',', 'xxxxxxxxxx'], 3000, 14),
  ];
  it('firstOf cuts what /^[^.;:!?“”"]*/u matches', () => {
    for (const s of texts)
      expect([s, s.slice(0, firstOf(s, '.;:!?“”"'))]).toEqual([s, /^[^.;:!?“”"]*/u.exec(s)![0]]);
  });
  it('dropBetweenCommas is replace(/,[^,]*,/u, " ")', () => {
    for (const s of texts)
      expect([s, dropBetweenCommas(s)]).toEqual([s, s.replace(/,[^,]*,/u, ' ')]);
  });
  it('endsClosed is /[.!?"”\'’)]\\s*$/u', () => {
    for (const s of texts) expect([s, endsClosed(s)]).toEqual([s, /[.!?"”'’)]\s*$/u.test(s)]);
  });
  it('opensCommaDescription is /^, [a-z][^,.;:“”"]{2,80},/u', () => {
    for (const s of texts)
      expect([s, opensCommaDescription(s)]).toEqual([s, /^, [a-z][^,.;:“”"]{2,80},/u.test(s)]);
  });
});

describe('nickname cues', () => {
  const BEFORE = /(?:disapa|dipanggil|disebut|(?:sapaan|panggilan)(?:\s+akrab(?:nya)?)?)\s+$/u;
  const AFTER = /^,?\s*(?:sapaan|panggilan)\s+(?:akrab)?nya\b/u;
  const texts = [
    'yang akrab disapa ',
    'biasa dipanggil\u00a0',
    'dengan sapaan akrab ',
    'dengan panggilan  akrabnya\t',
    'sapaanakrab ',
    'akrab ',
    'disapa',
    'dengan sapaan ',
    ', sapaan akrabnya, ',
    ',sapaan nya',
    '  panggilan akrabnya_',
    ', panggilan akrabnyaku',
    ', panggilan akrabnya-',
    ', sapaan akrab',
    'sapaan  nya9',
    '',
    ...fuzz(
      [
        'sapaan',
        'panggilan',
        'akrab',
        'nya',
        'disapa',
        'disebut',
        ',',
        'a',
        '_',
        '1',
        '-',
        ...SPACES,
      ],
      6000,
      6,
    ),
  ];
  it('nicknameBefore is its regex', () => {
    for (const s of texts) expect([s, nicknameBefore(s)]).toEqual([s, BEFORE.test(s)]);
  });
  it('nicknameAfter is its regex', () => {
    for (const s of texts) expect([s, nicknameAfter(s)]).toEqual([s, AFTER.test(s)]);
  });
});

describe('degrees after a name', () => {
  const DEGREE_RE =
    /^(?:S\.?H|M\.?H|S\.?E|M\.?M|M\.?Si|S\.?Sos|M\.?A|Ph\.?D|Lc|MA|MBA|Sp\.?[A-Z]{1,3}|M[A-Z][a-z]+|M\.?Kes|S\.?Kes|S\.?Kep|M\.?Kep|Ns|S\.?Si|S\.?IP|M\.?IP|M\.?Sc|M\.?Hum|S\.?Hum|S\.?Farm|Apt|S\.?Kom|S\.?Ag|M\.?Ag|S\.?Pd|M\.?Pd|S\.?T|M\.?T|S\.?Psi|CPA|MPH|MSc|MARS|MMR|MMRS|MHA|MPA|MPP|M\.?P|S\.?Pt|S\.?Hut|S\.?Pi|S\.?TP|M\.?Eng|S\.?Sn|M\.?Sn|Pr|SJ|OFM|SVD|MSC|MSF|OSC|CSsR|OCD|OMI|CICM|OFMCap|S\.?AP|M\.?AP)\.?$/u;
  const words = [
    'SH',
    'S.H.',
    'S.H',
    'MGizi',
    'SpGK',
    'Sp.PD',
    'Sp.PDKX',
    'Sp.',
    'Sp',
    'M.Kes.',
    'PhD',
    'Ph.D.',
    'MBA.',
    'M.BA',
    'MA..',
    'MARS',
    'MPA',
    'Mgizi',
    'MG',
    'Budi',
    '',
    '.',
  ];
  const fuzzed = fuzz(
    ['S', 'M', 'Sp', 'Ph', 'D', 'H', 'P', '.', 'a', 'Kes', 'A', 'é', 'Z'],
    8000,
    5,
  );
  it('isDegree is DEGREE_RE', () => {
    for (const w of [...words, ...fuzzed]) expect([w, isDegree(w)]).toEqual([w, DEGREE_RE.test(w)]);
  });
});

describe('caselessKey', () => {
  const PLURAL = /^(?:para|sejumlah|beberapa|banyak)$/iu;
  const set = new Set(['para', 'sejumlah', 'beberapa', 'banyak']);
  const words = ['Para', 'SEJUMLAH', 'ſejumlah', 'banyaK', 'BANYAK', 'parai', 'İpara', 'pars', ''];
  const fuzzed = fuzz(
    [
      'p',
      'a',
      'r',
      'P',
      'A',
      'ſ',
      'S',
      'e',
      'j',
      'u',
      'm',
      'l',
      'h',
      'K',
      'k',
      'b',
      'n',
      'y',
      'İ',
      'ı',
    ],
    8000,
    8,
  );
  it('a lowercase set asked with caselessKey answers as /iu', () => {
    for (const w of [...words, ...fuzzed])
      expect([w, set.has(caselessKey(w.toLowerCase()))]).toEqual([w, PLURAL.test(w)]);
  });
});

describe('one-character classes, word ends and initials', () => {
  const texts = [
    '.',
    '”',
    '“',
    ',',
    '?!',
    '',
    'a',
    '𝐚',
    '\ud800',
    'kata peneliti itu',
    'pejabat tersebut',
    'Peneliti ini',
    'ini',
    'situ',
    'kata_ini',
    'kata9itu',
    'kata-ini',
    'The minister',
    'the analyst',
    'THE ',
    'theme',
    'X, lanjutnya ',
    'X, he ',
    'X,  ',
    'X, ',
    'X,',
    'X, lanjut nya ',
    'X, lanjutnya',
    'X lanjutnya ',
    'X, é ',
    'ab',
    'Ab',
    'abc',
    'é',
    'ſ',
    'K',
    ...fuzz(
      [
        '.',
        '!',
        '?',
        ':',
        ';',
        ',',
        '"',
        '”',
        '“',
        'a',
        'Z',
        'é',
        '_',
        '9',
        '𝐚',
        '\ud800',
        'ini',
        'itu',
        'the ',
        'ſ',
        'K',
        ...SPACES,
      ],
      6000,
      4,
    ),
  ];
  const classes: [string, RegExp][] = [
    ['.!?:;,"”“', /^[.!?:;,"”“]$/u],
    ['.!?"”', /^[.!?"”]$/u],
    ['.!?”"', /^[.!?”"]$/u],
    ['.!?', /^[.!?]$/u],
  ];
  it.each(classes)('isOneOf(s, %j) is %s', (chars, re) => {
    for (const s of texts) expect([s, isOneOf(s, chars)]).toEqual([s, re.test(s)]);
  });
  it('isOneOf on the last character is /[,?!]/u and /[.!?:]/u', () => {
    for (const s of texts) {
      const last = s.slice(-1);
      expect([s, isOneOf(last, ',?!'), isOneOf(last, '.!?:')]).toEqual([
        s,
        /[,?!]/u.test(last),
        /[.!?:]/u.test(last),
      ]);
    }
  });
  it('endsWithWord and the "the " test are /\\b(?:itu|tersebut|ini)$/u and /^the /iu', () => {
    for (const s of texts)
      expect([
        s,
        endsWithWord(s, ['itu', 'tersebut', 'ini']),
        s.slice(0, 4).toLowerCase() === 'the ',
      ]).toEqual([s, /\b(?:itu|tersebut|ini)$/u.test(s), /^the /iu.test(s)]);
  });
  it('endsAfterComma is /,\\s*(?:[A-Za-z]+\\s+)?$/u', () => {
    for (const s of texts)
      expect([s, endsAfterComma(s)]).toEqual([s, /,\s*(?:[A-Za-z]+\s+)?$/u.test(s)]);
  });
  it('isAsciiInitial is /^[a-z][a-z]?$/i and foldsToAscii is /[\\u017f\\u212a]/', () => {
    for (const s of texts)
      expect([s, isAsciiInitial(s), foldsToAscii(s)]).toEqual([
        s,
        /^[a-z][a-z]?$/i.test(s),
        /[\u017f\u212a]/.test(s),
      ]);
  });
});
