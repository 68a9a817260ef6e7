import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { castPeople } from './summarize';

/**
 * A later mention past the first word of a two-word regional opener (`Agung Putra` for `Anak
 * Agung Made Putra Wirawan`, `Bagus Oka` for `Ida Bagus Ketut Oka Sudana`) is the same person:
 * the caste's second word is how they are addressed (`cast.openerWordDropped`). A Ksatria name
 * opening with `Cokorda` keeps it.
 */
describe('a Balinese noble’s short form past the opener’s first word', () => {
  test.each([
    [
      [
        'Kepala Dinas Kebudayaan Bali, Anak Agung Made Putra Wirawan, membuka festival.',
        '“Kami ingin seni tradisi hidup,” tutur Agung Putra.',
      ],
      ['Anak Agung Made Putra Wirawan'],
    ],
    [
      [
        'Rektor Universitas Dwijendra, Ida Bagus Ketut Oka Sudana, menyambut mahasiswa baru.',
        '“Belajarlah dengan tekun,” kata Bagus Oka.',
      ],
      ['Ida Bagus Ketut Oka Sudana'],
    ],
    [
      ['Ketua Yayasan Puri Ubud, Cokorda Gde Raka Putra, meresmikan balai banjar.'],
      ['Cokorda Gde Raka Putra'],
    ],
  ])('%j', (paragraphs, names) => {
    expect(castPeople(...paragraphs)).toEqual(names);
  });

  test('switched off, the short form is a person of its own', () => {
    const off = withFeaturesOff(['cast.openerWordDropped'], () =>
      castPeople(
        'Kepala Dinas Kebudayaan Bali, Anak Agung Made Putra Wirawan, membuka festival.',
        '“Kami ingin seni tradisi hidup,” tutur Agung Putra.',
      ),
    );
    expect(off).toHaveLength(2);
  });
});

/**
 * `Dewa` (men) and `Desak` (women) open a Balinese Ksatria name as `Cokorda` does
 * (lexicon/regional-name-openers.ts): after a role and a place they are the name's first word, and
 * the article's shorter forms are the same person.
 */
describe('a Balinese Ksatria name opening with Dewa or Desak', () => {
  test.each([
    [
      [
        'Ketua sanggar tari Bangli Dewa Ketut Suarsana menerima penghargaan.',
        'Dewa Ketut mengatakan, “Penghargaan ini milik para penari.”',
        'Suarsana kemudian berfoto bersama murid-muridnya.',
      ],
      ['Dewa Ketut Suarsana'],
    ],
    [
      ['Kepala Sekolah SD Negeri 3 Ubud Desak Putu Ariani membuka pameran lukisan.'],
      ['Desak Putu Ariani'],
    ],
    // Alone, `Dewa` opens no name: a club's (`Dewa United`) stays the role's.
    [['Pelatih Dewa United Rudi Santoso mengatakan timnya siap.'], ['Rudi Santoso']],
  ])('%j', (paragraphs, names) => {
    expect(castPeople(...paragraphs)).toEqual(names);
  });
});
