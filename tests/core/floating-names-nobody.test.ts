import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// discourse.floatingNamesNobody: a quote paragraph with no cue of its own, left open into the next
// one whose cue is plural, names nobody since the pair was renewed; the plural means the pair.
const STORY = [
  'Perempuan itu adalah Sumilah Purba (31), guru di SD Negeri Lubai. Bersama adiknya, Kartinah Purba (27), ia pulang setelah kuliah di Universitas Nusa Cendana, Kupang.',
  '“Saya berjanji pulang,” kata Sumilah.',
  'Kartinah, yang akrab disapa Ina, menuturkan bahwa ia memakai bahasa daerah di kelas.',
  '“Anak-anak cepat paham,” ujar Ina.',
  'Kedua kakak-beradik itu menumpang di rumah kepala sekolah.',
  '“Buku cerita kami angkut sendiri dari Kupang. Perpustakaan belum ada.',
  '“Gaji kami sering terlambat,” kata mereka.',
];
const PAIR = ['Sumilah Purba', 'Kartinah Purba'];

describe('an uncued quote names nobody since a renewal (discourse.floatingNamesNobody)', () => {
  test('the plural cue after it means the pair', () => {
    expect(lastSpeakers(...STORY)).toEqual(PAIR);
  });
  test('switched off: it does not', () => {
    expect(
      withFeaturesOff(['discourse.floatingNamesNobody'], () => lastSpeakers(...STORY)),
    ).not.toEqual(PAIR);
  });
});

// Guard: a third person named after the renewal whose own quote has no cue is somebody since.
test('a newcomer who speaks uncued is no member of the pair', () => {
  const newcomer = [
    ...STORY.slice(0, 5),
    'Kepala Desa Lubai, Bramantyo Tefa, mengunjungi sekolah itu pekan lalu. “Desa kami berutang budi.”',
    '“Kami ingin tinggal lebih lama,” kata mereka.',
  ];
  expect(lastSpeakers(...newcomer)).not.toEqual(['Kartinah Purba', 'Bramantyo Tefa']);
});
