import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// discourse.causedReaction: the object of a causative verb made to react, feel or act
// (`Pertanyaan itu membuat pelatih X, Nama, tersenyum kecut.`) is the one the next `kata dia` or
// `ujarnya` means, not the speaker before: the sentence tells that person's turn.
const ROWS: [string, string, string][] = [
  [
    'Joko Susilo',
    'Kapten tim tamu, Rudi Hartono, mengaku timnya kalah stamina. Pertanyaan wartawan soal masa depannya membuat pelatih Arema Cibening, Joko Susilo, tersenyum kecut.',
    '“Saya tidak mau bicara soal itu sekarang,” sahut dia.',
  ],
  [
    'Sari Lestari',
    'Bupati Sukamaju, Rudi Santika, membuka rapat evaluasi. Laporan itu membuat Kepala Dinas Pertanian Sari Lestari sangat kecewa.',
    '“Data ini harus diperbaiki,” ujarnya.',
  ],
  [
    'Dewi Anggraini',
    'Ketua panitia Budi Hartono mengumumkan pemenang lomba. Pengumuman itu membuat Dewi Anggraini terdiam sejenak.',
    '“Saya tidak menyangka,” kata dia.',
  ],
  // A cause that belongs to somebody (`Penjelasan Kepala Dinas itu`) is still a thing; a `yang`
  // clause set off after the person, and an idiom of speaking (`angkat bicara`).
  [
    'Yohanes Tabuni',
    'Kepala Dinas Pendidikan Maria Lestari menjelaskan anggaran sekolah dipangkas. Penjelasan Kepala Dinas itu membuat Yohanes Tabuni, yang sejak awal diam, angkat bicara.',
    '“Sekolah di kampung kami sudah lama menunggu,” ujar dia.',
  ],
  [
    'Andi Wijaya',
    'Rektor Universitas Lembah, Hendra Gunawan, menjanjikan dialog dengan mahasiswa. Pernyataan Hendra membuat Ketua BEM Andi Wijaya sedikit melunak.',
    '“Kami tunggu janji itu dalam sepekan,” kata dia.',
  ],
  // A long lowercase description of the object before its name.
  [
    'Bagus Wiranata',
    'Di partai final, Komang Sari mengalahkan pesilat tuan rumah. Kemenangan itu membuat pelatih pencak silat kontingen Badung Bagus Wiranata melompat dari kursinya.',
    '“Dia bertarung dengan kepala dingin,” kata dia.',
  ],
];

describe('the one a causative makes react or act is the next pronoun’s source (discourse.causedReaction)', () => {
  test.each(ROWS)('%s', (who, intro, quote) => {
    expect(lastSpeakers(intro, quote)).toEqual([who]);
  });

  test.each(ROWS)('switched off: %s', (who, intro, quote) => {
    const off = withFeaturesOff(['discourse.causedReaction'], () => lastSpeakers(intro, quote));
    expect(off).not.toEqual([who]);
  });

  // A person who makes a thing (`X membuat Surat Edaran …`): the causative's object is no person
  // turned to, and the one who made it speaks on.
  test('a person making a thing: the speaker goes on', () => {
    expect(
      lastSpeakers(
        'Bupati Sukamaju, Rudi Santika, membuat Surat Edaran Nomor 5 yang melarang pedagang berjualan di trotoar.',
        '“Trotoar untuk pejalan kaki,” ujarnya.',
      ),
    ).toEqual(['Rudi Santika']);
  });
});
