import { describe, expect, it } from 'vitest';
import { isInitial } from '../../core/engine/text/word-shape';
import { wordBefore, wordFrom } from '../../core/engine/discourse/gender';
import { firstWordBeforeSpace } from '../../core/engine/discourse/title-speaker';
import {
  endsWithNameAndSpace,
  isNickname,
  startsWithSpaceAndName,
} from '../../core/engine/quotes/nickname-in-name';
import { isLetterCp, trailingRun } from '../../core/engine/text/chars';
import { NICKNAME_MAX_WORDS } from '../../core/engine/text/quoted-nickname';

// Each scan replaced a regex with Unicode property classes (compiled on every cold start); each
// must answer exactly as that regex did. Probes: invented words and the characters around them.
const PIECES = [
  'Rina',
  'rina',
  'R',
  'R.',
  'Dr.',
  'É',
  'Émile',
  'émile',
  'O’Neil',
  "O'Neil",
  'Al-Harun',
  'KPK',
  '1998',
  'x2',
  '𝐀',
  '𝐚b',
  '\ud835',
  'ß',
  'ǅ',
  'ia',
  'Ia',
  'dia',
  'ñ',
  '_',
  '.',
  '..',
  '"',
  '“',
  '(',
  '-',
  'é\u0301',
];
const GLUES = ['', ' ', '  ', '\u00a0', '\t', ', ', '. ', '“', '-'];

/** Strings of one to three pieces joined by every glue. */
function probes(): string[] {
  const out = new Set<string>([
    '',
    ' ',
    '  ',
    'Si Kancil',
    'Budi Tegar Santoso',
    'Budi  Tegar',
    'Budi Tegar ',
  ]);
  for (const a of PIECES)
    for (const g of GLUES) {
      out.add(a + g).add(g + a);
      for (const b of PIECES.slice(0, 14)) {
        out.add(a + g + b);
        out.add(`${a}${g}${b} `);
        out.add(` ${a}${g}${b}`);
      }
    }
  return [...out];
}
const PROBES = probes();

/** The probes on which `scan` and `regex` disagree (none expected). */
const disagreements = <T>(scan: (s: string) => T, regex: (s: string) => T) =>
  PROBES.filter(s => scan(s) !== regex(s));

describe('regex-free scans answer as the regexes they replaced', () => {
  it('isInitial: /^\\p{Lu}\\.?$/u', () => {
    expect(disagreements(isInitial, s => /^\p{Lu}\.?$/u.test(s))).toEqual([]);
  });

  it('firstWordBeforeSpace: /^\\W*(\\p{L}+)\\s/u, group 1', () => {
    expect(disagreements(firstWordBeforeSpace, s => /^\W*(\p{L}+)\s/u.exec(s)?.[1])).toEqual([]);
  });

  it('trailingRun of letters: /\\p{L}+$/u', () => {
    const regex = (s: string) => /\p{L}+$/u.exec(s)?.index ?? s.length;
    expect(disagreements(s => trailingRun(s, isLetterCp), regex)).toEqual([]);
  });

  it('wordBefore: /([\\p{L}]+)\\.?$/u on the trimmed text, lowercased', () => {
    const regex = (s: string) =>
      /([\p{L}]+)\.?$/u.exec(s.slice(Math.max(0, s.length - 12)).trimEnd())?.[1]!.toLowerCase() ??
      '';
    expect(disagreements(s => wordBefore(s, s.length), regex)).toEqual([]);
  });

  it("wordFrom: the global /[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*/gu from every offset", () => {
    const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
    const words = (s: string, scan: boolean) => {
      const out: string[] = [];
      for (let from = 0; from <= s.length; from++) {
        if (scan) {
          const w = wordFrom(s, from);
          out.push(w ? `${w[0]}-${w[1]}` : 'none');
        } else {
          WORD.lastIndex = from;
          const m = WORD.exec(s);
          out.push(m ? `${m.index}-${m.index + m[0].length}` : 'none');
        }
      }
      return out.join(' ');
    };
    expect(
      disagreements(
        s => words(s, true),
        s => words(s, false),
      ),
    ).toEqual([]);
  });

  it('isNickname, endsWithNameAndSpace, startsWithSpaceAndName: the nickname regexes', () => {
    const NICKNAME = new RegExp(
      `^\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,${NICKNAME_MAX_WORDS - 1}}$`,
      'u',
    );
    expect(disagreements(isNickname, s => NICKNAME.test(s))).toEqual([]);
    expect(
      disagreements(endsWithNameAndSpace, s => /(?:^|\s)\p{Lu}[\p{L}'’.-]* $/u.test(s)),
    ).toEqual([]);
    expect(disagreements(startsWithSpaceAndName, s => /^ \p{Lu}\p{L}/u.test(s))).toEqual([]);
  });
});
