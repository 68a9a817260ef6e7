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
    'Pemilik gudang yang terbakar itu ialah Sekarwangi Purbaningrum, 41 tahun.',
    'Karyawan yang terakhir keluar merupakan Sekarwangi Purbaningrum.',
  ])('%s … ujarnya', presented => {
    expect(lastSpeakers(...RESCUER, presented, QUOTE)).toEqual(['Sekarwangi Purbaningrum']);
  });

  test('switched off, the last speaker goes on', () => {
    const lines = [...RESCUER, 'Salah satu karyawan itu adalah Sekarwangi Purbaningrum.', QUOTE];
    expect(withFeaturesOff(['discourse.copularPresented'], () => lastSpeakers(...lines))).toEqual([
      'Rudi Hartawan',
    ]);
  });

  test('a name owning a thing is only talked of: the last speaker goes on', () => {
    const lines = [...RESCUER, 'Gudang itu milik Sekarwangi Purbaningrum.', QUOTE];
    expect(lastSpeakers(...lines)).toEqual(['Rudi Hartawan']);
  });
});
