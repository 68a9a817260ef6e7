import { describe, expect, test } from 'vitest';
import { lastSpeakers } from './summarize';
import { sourceRows, type SourceRow } from './source-rows';

// discourse.causedReaction: the object of a causative verb made to react, feel or act
// (`Soal itu membuat pelatih X, Nama, tertawa.`) is the one the next `kata dia` or
// `ujarnya` means, not the speaker before: the sentence tells that person's turn.
const ROWS: readonly SourceRow[] = [
  [
    'Joko Susilo',
    'Kapten tim tamu, Rudi Hartono, menyebut lapangan terlalu licin. Soal kontrak baru membuat pelatih Persiba Lembah, Joko Susilo, tertawa.',
    '“Tanyakan ke manajemen saja,” sahut dia.',
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
  // clause set off after the person, and an idiom of speaking (`buka suara`).
  [
    'Yohanes Tabuni',
    'Kepala Dinas Pendidikan Maria Lestari menjelaskan anggaran sekolah dipangkas. Keterangan Kepala Dinas itu membuat Yohanes Tabuni, yang mengajar di Distrik Lembah, buka suara.',
    '“Sekolah di kampung kami sudah lama menunggu,” ujar dia.',
  ],
  [
    'Andi Wijaya',
    'Rektor Universitas Lembah, Hendra Gunawan, menjanjikan dialog dengan mahasiswa. Penjelasan Hendra membuat Ketua BEM Andi Wijaya agak mereda.',
    '“Kami tunggu janji itu dalam sepekan,” kata dia.',
  ],
  // A long lowercase description of the object before its name.
  [
    'Bagus Wiranata',
    'Di babak semifinal, Rudi Hartono menumbangkan unggulan pertama. Hasil itu membuat pelatih tim bulu tangkis putra Sukamaju Bagus Wiranata bersorak.',
    '“Anak ini bermain sabar sekali,” kata dia.',
  ],
];

describe('the one a causative makes react or act is the next pronoun’s source (discourse.causedReaction)', () => {
  sourceRows(ROWS, 'discourse.causedReaction');

  // A person or an office as the cause (`Penyidik membuat …`), or a noun made of the object
  // (`menjadikan Budi tersangka`): nobody is turned to.
  test.each([
    'Bupati Sukamaju, Rudi Santika, membuka rapat. Penyidik menjadikan Budi Santoso tersangka.',
    'Bupati Sukamaju, Rudi Santika, membuka rapat. Polisi membuat Budi Santoso terdiam.',
  ])('no thing as the cause: %s', intro => {
    expect(lastSpeakers(intro, '“Kami punya dua alat bukti,” kata dia.')).toEqual(['Rudi Santika']);
  });

  test('a person making a thing: the speaker goes on', () => {
    expect(
      lastSpeakers(
        'Bupati Sukamaju, Rudi Santika, membuat Surat Edaran Nomor 5 yang melarang pedagang berjualan di trotoar.',
        '“Trotoar untuk pejalan kaki,” ujarnya.',
      ),
    ).toEqual(['Rudi Santika']);
  });
});
