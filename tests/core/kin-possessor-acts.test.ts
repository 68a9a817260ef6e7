import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The names of the article's speakers list (people and organisations). */
const speakerNames = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.map(s => s.name);

// Invented sentences: a kin noun opening its sentence before a name and a predicate is
// somebody's kin doing something; the name is its owner, never part of a name.
const ROWS: [string, string[]][] = [
  [
    'a neighbour of a person named with an honorific',
    [
      'Mbah Wakidi (74) membuka pameran lukisan pertamanya di balai desa.',
      'Tetangga Mbah Wakidi ikut memasang bingkai sejak pagi.',
      '“Saya melukis sejak masih muda,” kata Mbah Wakidi.',
    ],
  ],
  [
    'a son-in-law',
    [
      'Ngadiman Karyadi, petani bawang, gagal panen tahun ini.',
      'Menantu Ngadiman bekerja di Batam sejak tahun lalu.',
      '“Tanahnya terlalu basah,” ujar Ngadiman.',
    ],
  ],
];

describe('a kin noun before a name and a predicate is somebody’s kin (names.kinPossessorActs)', () => {
  test.each(ROWS)('%s', (_, paragraphs) =>
    expect(speakerNames(...paragraphs).some(n => /^(Tetangga|Menantu) /u.test(n))).toBe(false),
  );

  test('switched off, the neighbour joins the kin noun to the name', () => {
    const [, paragraphs] = ROWS[0]!;
    const off = withFeaturesOff(['names.kinPossessorActs'], () => speakerNames(...paragraphs));
    expect(off.some(n => /^(Tetangga|Menantu) /u.test(n))).toBe(true);
  });

  test.each([
    [
      'a kin noun that is also a name',
      'Putri Wulandari membuka warung di terminal.',
      'Putri Wulandari',
    ],
    ['an honorific kin noun', 'Ibu Sumarsih membuka warung di terminal.', 'Sumarsih'],
  ])('%s stays the name', (_, sentence, name) =>
    expect(speakerNames(sentence, `“Pembeli mulai ramai lagi,” kata ${name}.`)).toContain(name),
  );
});
