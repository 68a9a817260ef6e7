import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody, lastSpeakerWithRole as lastSpeaker } from './summarize';

/** The last quote's speaker, with its role when it has one. */
// Invented sentences: an initial that spells a word the run never takes (`A`, `I`) opens the name,
// kept as written.
const CASES: [string, string[], string][] = [
  [
    'after a cue',
    ['“Kualitas produk harus dijaga,” kata A. Darmawan Saleh di Surabaya.'],
    'A. Darmawan Saleh',
  ],
  [
    'opening the sentence',
    ['A. Darmawan Saleh mengatakan, “Kualitas produk harus dijaga.”'],
    'A. Darmawan Saleh',
  ],
  [
    'after a trade',
    ['Pengusaha A. Darmawan Saleh mengatakan, “Kualitas produk harus dijaga.”'],
    'A. Darmawan Saleh [Pengusaha]',
  ],
  [
    'after an office and a short title',
    ['“Anggaran sudah cair,” kata Bupati H. A. Rasyid Mappanyompa, Rabu.'],
    'A. Rasyid Mappanyompa [Bupati]',
  ],
  [
    'after a neighbourhood head',
    ['“Kami menunggu bantuan,” kata Ketua RT A. Sobirin.'],
    'A. Sobirin [Ketua RT]',
  ],
  [
    'in the running text, then a short mention',
    [
      'Pengusaha A. Darmawan Saleh membuka toko baru.',
      '“Kualitas produk harus dijaga,” kata Darmawan.',
    ],
    'A. Darmawan Saleh [Pengusaha]',
  ],
  [
    'an initial with no dot before the word used alone',
    ['Pedagang R Hartanto Sukmajaya membuka toko baru.', '“Harga cabai naik,” kata Hartanto.'],
    'R Hartanto Sukmajaya [Pedagang]',
  ],
  [
    'the letter `I` with its dot',
    ['“Panen tahun ini bagus,” kata I. Ketut Wiranata.'],
    'I. Ketut Wiranata',
  ],
];

describe('an initial spelling a word opens the name (names.initialsKept)', () => {
  test.each(CASES)('%s', (_, paragraphs, expected) =>
    expect(lastSpeaker(...paragraphs)).toEqual(expected),
  );

  test('switched off, the initial is lost or the speaker with it', () => {
    const off = withFeaturesOff(['names.initialsKept'], () =>
      CASES.map(([, paragraphs]) => lastSpeaker(...paragraphs)),
    );
    off.forEach((s, k) => expect(s).not.toEqual(CASES[k]![2]));
  });

  test.each([
    [
      'the English article before a capitalised word is no initial',
      '“The plan works,” said A Jakarta resident.',
    ],
    [
      'a capital letter closing a sentence stays out of the next name',
      'Rencana itu disebut Skema A. Rudi Hartono mengatakan, “Skema itu sudah diuji.”',
    ],
  ])('%s', (_, paragraph) => {
    const names = analyzeBody(paragraph).speakers.map(s => s.name);
    expect(names.some(n => /^A\b/u.test(n))).toBe(false);
  });
});
