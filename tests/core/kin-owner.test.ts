import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The role shown for the speaker whose name holds `word`, read from invented paragraphs. */
function roleOf(word: string, ...paragraphs: string[]) {
  const found = analyzeBody(...paragraphs).speakers.find(s => s.name.split(' ').includes(word));
  return found ? found.role : undefined;
}

/** One row: the paragraphs, the word the relative is named by, the relation shown. */
type Row = [paragraphs: readonly string[], word: string, relation: string];

const rows: readonly Row[] = [
  [
    [
      'Darto Wiguna sudah 30 tahun menjadi nelayan di pesisir itu.',
      'Istrinya, Sari Rahayu, masih ingat masa-masa sulit itu.',
      '“Dulu hasil laut melimpah,” tutur Sari.',
    ],
    'Sari',
    'istri Darto Wiguna',
  ],
  [
    [
      '“Saya belajar menempa dari ayah,” kata Darto Wiguna.',
      'Usaha keluarga itu sekarang diurus bersama anak-anaknya.',
      'Putri sulungnya, Wulan Pratiwi (31), mengurus pesanan daring.',
      '“Pesanan naik tiap bulan,” kata Wulan.',
    ],
    'Wulan',
    'putri sulung Darto Wiguna',
  ],
  [
    [
      'Tarjo Sumarlin has carried bags at the port for 20 years.',
      'His daughter, Wulan Pratiwi, 22, studies nursing in the city.',
      'His wife, Sari Rahayu, 49, sells tea to the drivers.',
      '“The stall keeps us going,” Sari said.',
    ],
    'Sari',
    // A wife's owner is a man: the daughter named in between is skipped.
    "Tarjo Sumarlin's wife",
  ],
];

describe('a relation whose owner points back is kin of the person named before it', () => {
  test.each(rows)('%s', (paragraphs, word, relation) => {
    expect(roleOf(word, ...paragraphs)).toBe(relation);
  });
  test('switched off, the relation is shown alone', () => {
    for (const [paragraphs, word, relation] of rows) {
      const off = withFeaturesOff(['cast.kinOwner'], () => roleOf(word, ...paragraphs));
      expect(off).not.toBe(relation);
    }
  });
  test('`Sang ayah` points back to no one named: the relation stays alone', () => {
    expect(
      roleOf(
        'Wagimin',
        'Kapolres Cibening AKBP Budi Santoso menyebut kasus itu ditutup.',
        'Sang ayah, Wagimin, berharap pelaku dihukum berat.',
        '“Kami ingin keadilan,” kata Wagimin.',
      ),
    ).toBe('ayah');
  });
  test('a name after a preposition is no owner', () => {
    expect(
      roleOf(
        'Sari',
        'Tarjo Sumarlin said he moved to Cibening Baru as a teenager.',
        'His wife, Sari Rahayu, 49, sells tea to the drivers.',
        '“The stall keeps us going,” Sari said.',
      ),
    ).toBe("Tarjo Sumarlin's wife");
  });
});
