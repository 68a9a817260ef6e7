import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of the first quote of one invented paragraph. */
const firstSpeakers = (paragraph: string): string[] => analyzeBody(paragraph).quotes[0]!.speakers;

describe('an organisation whose full name holds a joining word speaks as one (names.joinedOrganisation)', () => {
  test.each([
    [
      'Organisasi Pangan dan Pertanian (FAO) menyebut harga gandum dunia turun.',
      'Organisasi Pangan dan Pertanian',
    ],
    [
      'Badan Dunia untuk Anak-Anak (Unicef) mengatakan ribuan anak kehilangan rumah.',
      'Badan Dunia untuk Anak-Anak',
    ],
    [
      'Komisi Nasional bagi Hak Petani (Komnas Tani) menilai ganti rugi lahan terlalu kecil.',
      'Komisi Nasional bagi Hak Petani',
    ],
    [
      'Himpunan Pedagang Beras dan Palawija (Hipeba) Jawa Tengah menilai harga gabah terlalu rendah.',
      'Himpunan Pedagang Beras dan Palawija Jawa Tengah',
    ],
    [
      'Asosiasi Pengusaha Kopi dan Cokelat (Apeko) menyatakan harga biji kopi akan naik.',
      'Asosiasi Pengusaha Kopi dan Cokelat',
    ],
    [
      'Kemarin, Lembaga Kajian tentang Air Bersih (LKAB) memperkirakan kemarau lebih panjang.',
      'Lembaga Kajian tentang Air Bersih',
    ],
  ])('%s', (paragraph, who) => expect(firstSpeakers(paragraph)).toEqual([who]));

  test('a later quote credited to the short form goes to the same organisation', () => {
    const { quotes } = analyzeBody(
      'Himpunan Pedagang Beras dan Palawija (Hipeba) Jawa Tengah menilai harga gabah terlalu rendah.',
      '“Petani rugi setiap musim,” kata Hipeba.',
    );
    expect(quotes.map(q => q.speakers)).toEqual([
      ['Himpunan Pedagang Beras dan Palawija Jawa Tengah'],
      ['Himpunan Pedagang Beras dan Palawija Jawa Tengah'],
    ]);
  });

  test.each([
    // An office holder named after the organisation speaks, not the organisation.
    'Ketua Himpunan Pedagang Beras dan Palawija (Hipeba) Sugeng Riyadi mengatakan harga gabah turun.',
    // A role before the organisation: its holder is meant, not the organisation as such.
    'Direktur Badan Dunia untuk Anak-Anak (Unicef) mengatakan ribuan anak kehilangan rumah.',
  ])('no organisation as such: %s', paragraph => {
    const speakers = analyzeBody(paragraph).quotes[0]?.speakers ?? [];
    expect(speakers).not.toContain('Himpunan Pedagang Beras dan Palawija');
    expect(speakers).not.toContain('Badan Dunia untuk Anak-Anak');
  });

  test('switched off, the subject is the tail after the joining word', () => {
    const paragraph = 'Organisasi Pangan dan Pertanian (FAO) menyebut harga gandum dunia turun.';
    expect(
      withFeaturesOff(['names.joinedOrganisation'], () => firstSpeakers(paragraph)),
    ).not.toEqual(['Organisasi Pangan dan Pertanian']);
  });
});
