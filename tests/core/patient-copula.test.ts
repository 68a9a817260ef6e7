import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A person named after a copula whose subject is a victim or one who died (`Salah satu korban
 * tewas adalah X (7), murid …`) is talked about: the description after the name does not
 * make them a source, and a later `ujarnya` stays with the speaker (`patientCopula`).
 */
const HEAD = [
  'Kepala Dinas Kesehatan Kabupaten Wonoasri, dr Linda Marpaung, mengatakan kasus demam berdarah naik tajam bulan ini. Kasus terbanyak ada di Kecamatan Karangrejo.',
  '“Genangan air ada di mana-mana,” kata Linda, Rabu (7/2).',
];
const QUOTE = '“Orang tua jangan menunggu sampai anaknya lemas,” ujarnya.';

describe('a victim named after a copula takes no later quote', () => {
  const cases: [string, string, string[]][] = [
    [
      'one of the dead',
      'Salah satu korban tewas adalah Raka Pratama (7), murid taman kanak-kanak di Desa Sukalaras, Kecamatan Karangrejo. Anak itu sempat dirawat empat hari di bangsal anak.',
      ['Linda Marpaung'],
    ],
    [
      'the one who died',
      'Yang meninggal adalah Yusuf Maulana (9), murid sekolah dasar di Desa Sukalaras, Kecamatan Karangrejo. Ia sempat dirawat dua hari.',
      ['Linda Marpaung'],
    ],
    // A copula whose subject is no victim presents its person as ever (`Pemenangnya adalah X`).
    [
      'a winner after a copula',
      'Pemenang lomba kebersihan tahun ini adalah Sekar Ayuningtyas (41), kader posyandu di Desa Sukalaras, Kecamatan Karangrejo. Ia rutin memeriksa jentik setiap pekan.',
      ['Sekar Ayuningtyas'],
    ],
  ];
  test.each(cases)('%s', (_, sentence, speakers) => {
    expect(lastSpeakers(...HEAD, sentence, QUOTE)).toEqual(speakers);
  });

  test('switched off, the boy who died takes the quote', () => {
    const [, sentence] = cases[0]!;
    expect(
      withFeaturesOff(['discourse.patientCopula'], () => lastSpeakers(...HEAD, sentence, QUOTE)),
    ).toEqual(['Raka Pratama']);
  });
});
