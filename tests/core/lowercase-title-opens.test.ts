import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A lowercase medical title before a name set off after a role (`Kepala RSUD Lembah, dr
 * Nama, membantah …`) is the name's own: the name opens its clause as after a bare comma, a source
 * whom the `Ia` after it means, not the speaker before (names.model.lowercaseTitleOpens).
 */
const WARGA =
  'Keluarga pasien, Sutrisno, mengaku ayahnya ditolak karena ruang rawat dibilang penuh. “Kami disuruh pulang padahal ayah sesak napas,” kata Sutrisno.';

describe('a name after a lowercase title set off by commas opens its clause', () => {
  const cases: [string, string[], string[]][] = [
    [
      'a hospital director who denies',
      [
        WARGA,
        'Kepala RSUD Lembah, dr Wahyu Pranoto SpPD, membantah tudingan itu. Ia menjelaskan seluruh tempat tidur saat itu terisi.',
        '“Kami tidak pernah memilih pasien,” ujarnya.',
      ],
      ['Wahyu Pranoto'],
    ],
    [
      'a dentist heading a clinic who explains',
      [
        WARGA,
        'Kepala klinik tersebut, drg Melati Sukma, menepis tudingan itu. Ia berjanji menambah petugas pendaftaran.',
        '“Pekan depan loketnya kami buka dua,” tuturnya.',
      ],
      ['Melati Sukma'],
    ],
  ];
  test.each(cases)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test.each(cases)('switched off: %s loses the quote', (_, paragraphs, speakers) => {
    expect(
      withFeaturesOff(['names.model.lowercaseTitleOpens'], () => lastSpeakers(...paragraphs)),
    ).not.toEqual(speakers);
  });
});
