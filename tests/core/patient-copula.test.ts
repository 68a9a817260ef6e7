import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A person named after a copula whose subject is a victim or one who died (`Salah satu korban
 * meninggal adalah X (6), siswa …`) is talked about: the description after the name does not
 * make them a source, and a later `ujarnya` stays with the speaker (`patientCopula`).
 */
const HEAD = [
  'Kepala Dinas Kesehatan Kabupaten Lamongan, dr Linda Marpaung, mengatakan kasus demam berdarah naik tajam bulan ini. Kasus terbanyak ada di Kecamatan Babat.',
  '“Genangan air ada di mana-mana,” kata Linda, Rabu (7/2).',
];
const QUOTE = '“Orang tua jangan menunggu sampai anaknya lemas,” ujarnya.';

describe('a victim named after a copula takes no later quote', () => {
  const cases: [string, string, string[]][] = [
    [
      'one of the dead',
      'Salah satu korban meninggal adalah Fajar Ramadhan (6), siswa kelas satu sekolah dasar di Desa Sidomulyo, Kecamatan Babat. Bocah itu sempat dirawat tiga hari sebelum kritis.',
      ['Linda Marpaung'],
    ],
    [
      'the one who died',
      'Yang meninggal adalah Yusuf Maulana (9), murid sekolah dasar di Desa Sidomulyo, Kecamatan Babat. Ia sempat dirawat dua hari.',
      ['Linda Marpaung'],
    ],
    // A copula whose subject is no victim presents its person as ever (`Pemenangnya adalah X`).
    [
      'a winner after a copula',
      'Pemenang lomba kebersihan tahun ini adalah Sri Handayani (41), kader posyandu di Desa Sidomulyo, Kecamatan Babat. Ia rutin memeriksa jentik setiap pekan.',
      ['Sri Handayani'],
    ],
  ];
  test.each(cases)('%s', (_, sentence, speakers) => {
    expect(lastSpeakers(...HEAD, sentence, QUOTE)).toEqual(speakers);
  });

  test('switched off, the boy who died takes the quote', () => {
    const [, sentence] = cases[0]!;
    expect(
      withFeaturesOff(['discourse.patientCopula'], () => lastSpeakers(...HEAD, sentence, QUOTE)),
    ).toEqual(['Fajar Ramadhan']);
  });
});
