import { describe, expect, it } from 'vitest';
import { lowerWordAfterCapitals, sentences, tokenize } from '../../core/engine/text/text';

// The tokenizer is a hand-written reading of this regex (compiling it cold was slow); they must agree.
const TOKEN_RE =
  /\([^()\n]{0,60}\)|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;

function byRegex(text: string, from = 0, to = text.length) {
  const out: { text: string; lower: string; start: number; end: number }[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) && m.index < to) {
    if (m.index + m[0].length > to) break;
    // Each token carries its lowercase form, made once for every rule that reads it.
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const lines = [
  '“Kami akan menindaklanjuti laporan itu,” kata Kepala Dinas (Kadis) Pendidikan, Budi Santoso.',
  "Ma'ruf dan al-Farisi menghadiri rapat isu-isu ekonomi pada (4/1) pukul 10.30 WIB.",
  'Harga naik 12,5% -- katanya -- sejak Januari; Rp 5.000 per kilogram!',
  'Café Ñandú, naïve résumé ȘTEFAN Dvořák: ǅemal, ＡＢＣ and 𝐁𝐨𝐥𝐝 text 😀 here.',
  '(kalimat dalam kurung yang sangat panjang sekali melebihi enam puluh karakter tanpa penutup',
  '(dibuka (bersarang) ditutup) dan (baris\nbaru) serta ()',
  'Kata-kata “penting’’ – ’90-an, rock’n’roll, o-  - ’ akhir-',
  'e\u0301 a\u0308b \u0301awal \u00a0spasi\u2003lebar\ttab',
];

// Invented strings from an alphabet that reaches every branch of the regex.
const alphabet = [
  'a',
  'Z',
  '7',
  ' ',
  '\n',
  '(',
  ')',
  "'",
  '’',
  '-',
  '.',
  ',',
  'é',
  '\u0301',
  '“',
  '😀',
  '𝐁',
  '\u00a0',
  'ß',
  '²',
];
let seed = 12345;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const fuzz = Array.from({ length: 400 }, () =>
  Array.from(
    { length: 1 + Math.floor(random() * 80) },
    () => alphabet[Math.floor(random() * alphabet.length)],
  ).join(''),
);

describe('tokenize', () => {
  it.each(lines)('agrees with the token regex: %j', line => {
    expect(tokenize(line)).toEqual(byRegex(line));
    for (const [from, to] of [
      [3, line.length],
      [0, 20],
      [5, 31],
    ] as const)
      expect(tokenize(line, from, to)).toEqual(byRegex(line, from, to));
  });
  it('agrees with the token regex on invented strings, whole and in windows', () => {
    for (const s of fuzz) {
      expect(tokenize(s)).toEqual(byRegex(s));
      const from = Math.floor(s.length / 3);
      expect(tokenize(s, from, s.length - 2)).toEqual(byRegex(s, from, s.length - 2));
    }
  });
});

describe('sentences', () => {
  it.each([
    [
      'Dr. Andi datang. Ia bicara! Lalu? pergi.',
      [
        [0, 16],
        [17, 27],
        [28, 40],
      ],
    ],
    [
      'Ia tiba pukul 10.30 WIB. “Ya,” katanya.',
      [
        [0, 24],
        [25, 39],
      ],
    ],
    [
      'Rapat dipimpin Prof. Dr. H. Budi. 2024 berakhir.',
      [
        [0, 33],
        [34, 48],
      ],
    ],
    [
      'Selesai.) Berikutnya. é kecil. Émile datang.',
      [
        [0, 8],
        [10, 30],
        [31, 44],
      ],
    ],
    [
      'Ia bertemu 𝐁𝐨𝐥𝐝. 𝐁esok datang. Lalu pergi.',
      [
        [0, 35],
        [36, 47],
      ],
    ],
  ])('%j', (text, bounds) => {
    expect(sentences(text).map(s => [s.start, s.end])).toEqual(bounds);
  });
});

describe('lowerWordAfterCapitals', () => {
  const RE = /^(?:[\p{Lu}\d][^\s,.;:!?]*\s+)+(\p{Ll}+)/u;
  it.each([
    'Menteri Budi menegaskan bahwa',
    'Budi, menteri itu, berkata',
    'Budi menegaskan',
    'budi menegaskan',
    'Budi  Santoso\u00a0menilai, katanya',
    '2024 Budi éclat x',
    'Budi',
    'Budi ',
    'Budi Santoso. kata',
    'Émile Zola écrit',
    'KPK-RI menyatakan',
    '𝐁udi menilai',
    'Budi 𝐚stral',
    'Budi Menteri',
  ])('%j', s => {
    expect(lowerWordAfterCapitals(s)).toBe(RE.exec(s)?.[1] ?? null);
  });
});
