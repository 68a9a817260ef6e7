import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { spelledOrganisation } from '../../core/engine/names/name-split';
import { analyzeBody } from './summarize';

/** Each speaker of the invented paragraphs as `name (role)`. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.map(s => (s.role ? `${s.name} (${s.role})` : s.name));

describe('an organisation its closing acronym spells out holds no name', () => {
  test.each([
    ['Ketua Himpunan Petani Garam Sari Makmur (HPGSM)', 1],
    ['Ketua Umum Ikatan Pedagang Pasar Nusantara (IPPN)', 2],
    ['Sekretaris Jenderal Aliansi Petani dan Nelayan Merdeka (APNM)', 2],
    // A person's initials are no organisation: no organisation head opens them.
    ['Presiden Susilo Bambang Yudhoyono (SBY)', -1],
    // Letters that do not spell the words before them.
    ['Ketua Ikatan Pedagang Pasar Nusantara (KPK)', -1],
  ])('%s', (run, start) => expect(spelledOrganisation(run.split(' '))).toBe(start));

  test.each([
    [
      'a passive crediting verb after the quote names the person after the office',
      [
        '“Harga garam jatuh terlalu dalam.” Keluhan itu disampaikan Ketua Himpunan Petani Garam Sari Makmur (HPGSM), Made Wirawan, dalam rapat dengan dinas kelautan.',
      ],
      ['Made Wirawan (Ketua Himpunan Petani Garam Sari Makmur (HPGSM))'],
    ],
    [
      'the office with its acronym is the role of the name after the comma',
      [
        'Ketua Umum Ikatan Pedagang Pasar Nusantara (IPPN), Rudi Hartono, mengatakan harga beras terus naik sejak bulan lalu.',
      ],
      ['Rudi Hartono (Ketua Umum Ikatan Pedagang Pasar Nusantara (IPPN))'],
    ],
  ])('%s', (_, paragraphs, expected) => expect(speakersOf(...paragraphs)).toEqual(expected));
});

describe('an organisation speaking as such, its fields joined by `dan` and spelled by its acronym', () => {
  test.each([
    [
      'Balai Konservasi dan Rehabilitasi Satwa Liar (BKRSL) dalam keterangan tertulisnya menyatakan populasi harimau terus menurun.',
      'Balai Konservasi dan Rehabilitasi Satwa Liar',
    ],
    [
      'Pusat Kajian dan Mitigasi Gempa (PKMG) mengatakan gempa susulan masih mungkin terjadi pekan ini.',
      'Pusat Kajian dan Mitigasi Gempa',
    ],
    // `Pusat` and `Kantor` head organisations as `Badan` does, with or without `dan`.
    [
      'Kemarin, Pusat Kajian Mitigasi Gempa (PKMG) mengatakan gempa susulan masih mungkin terjadi.',
      'Pusat Kajian Mitigasi Gempa',
    ],
    [
      'Kantor Staf Kepresidenan (KSK) menyatakan rapat koordinasi ditunda hingga pekan depan.',
      'Kantor Staf Kepresidenan',
    ],
  ])('%s', (paragraph, name) => expect(speakersOf(paragraph)).toEqual([name]));

  test('without the spelled-organisation reading the run splits at `dan`', () => {
    const paragraph =
      'Balai Konservasi dan Rehabilitasi Satwa Liar (BKRSL) dalam keterangan tertulisnya menyatakan populasi harimau terus menurun.';
    // names.joinedOrganisation reads the same shape without the spelling: both off.
    const off = withFeaturesOff(['names.model.spelledOrg', 'names.joinedOrganisation'], () =>
      speakersOf(paragraph),
    );
    expect(off).not.toEqual(['Balai Konservasi dan Rehabilitasi Satwa Liar']);
  });

  test('a place written after a city still names the place, not an organisation', () => {
    expect(
      speakersOf(
        'Wali Kota Jakarta Pusat Budi Santoso mengatakan, banjir sudah surut di semua kelurahan.',
      ),
    ).toEqual(['Budi Santoso (Wali Kota Jakarta Pusat)']);
  });
});
