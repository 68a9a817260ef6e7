import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const RESCUER = [
  'Kepala regu penyelamat, Rudi Hartawan, menjelaskan dua karyawan dievakuasi lewat jendela.',
  '“Keduanya selamat, hanya sesak napas,” ujar Rudi.',
];
const QUOTE = '“Kami tidak bisa turun, tangganya penuh asap,” ujarnya.';

describe('a name after a copula is presented as a source (discourse.copularPresented)', () => {
  test.each([
    'Salah satu karyawan itu adalah Sekarwangi Purbaningrum.',
    'Salah seorang karyawan yang terjebak ialah Sekarwangi Purbaningrum, 41 tahun.',
    'Salah satu karyawan yang terakhir keluar merupakan Sekarwangi Purbaningrum.',
  ])('%s … ujarnya', presented => {
    expect(lastSpeakers(...RESCUER, presented, QUOTE)).toEqual(['Sekarwangi Purbaningrum']);
  });

  test('switched off, the last speaker goes on', () => {
    const lines = [...RESCUER, 'Salah satu karyawan itu adalah Sekarwangi Purbaningrum.', QUOTE];
    expect(withFeaturesOff(['discourse.copularPresented'], () => lastSpeakers(...lines))).toEqual([
      'Rudi Hartawan',
    ]);
  });

  // A copula after no phrase picking one out of a group may name somebody only talked of; so is
  // the owner of a thing.
  test.each([
    'Korban yang paling lama dirawat adalah Sekarwangi Purbaningrum.',
    'Gudang itu milik Sekarwangi Purbaningrum.',
  ])('%s … the last speaker goes on', narrative => {
    expect(lastSpeakers(...RESCUER, narrative, QUOTE)).toEqual(['Rudi Hartawan']);
  });
});
