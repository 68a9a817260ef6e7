import { describe, expect, test } from 'vitest';
import { lastSpeakers } from './summarize';
import { sourceRows, type SourceRow } from './source-rows';

// discourse.answersLast: a cue that joins in somebody's talk (`timpalnya`, `ia menimpali`,
// `“…,” ujar X menimpali`) is never the previous quote's speaker answering themself.
const ROWS: readonly SourceRow[] = [
  [
    'Joko Susilo',
    'Pelatih Joko Susilo mendampingi kaptennya, Rudi Hartono, dalam jumpa pers. “Kami siap tampil habis-habisan,” kata Rudi.',
    '“Tim ini belum pernah kalah di kandang,” timpal dia.',
  ],
  [
    'Ketut Arya',
    'Ketua koperasi Made Sudana menemui anggotanya, Ketut Arya, di sawah. “Harga gabah sedang turun,” kata Made.',
    '“Tapi pupuk malah naik,” timpalnya.',
  ],
  // Cited before the quote: the joining verb is the cue itself.
  [
    'Wulan Sari',
    'Guru honorer Wulan Sari mengajar bersama rekannya, Maria Goreti. “Murid kami empat puluh orang,” kata Maria.',
    'Ia menimpali, “Buku paket baru datang dua bulan lalu.”',
  ],
  // The joining verb after the speaker a description names.
  [
    'Andi Wijaya',
    'Dosen Universitas Lembah, Hendra Gunawan, berdiskusi dengan mahasiswanya, Andi Wijaya. “Riset ini butuh tiga tahun,” ujar Hendra.',
    '“Kami siap begadang,” ujar mahasiswa semester akhir itu menimpali.',
  ],
];

describe('one who chimes in is not the speaker before (discourse.answersLast)', () => {
  sourceRows(ROWS, 'discourse.answersLast');

  // Answering a question the narration tells is no joining in: the speaker goes on.
  test.each(['jawabnya', 'sahutnya'])('a question answered: %s', cue => {
    expect(
      lastSpeakers(
        'Bupati Sukamaju, Rudi Santika, meninjau tanggul bersama Camat Lembah, Ujang Sopandi. “Kami sudah siapkan pompa,” kata Rudi.',
        `Ditanya apakah anggaran cukup, “Cukup untuk tahun ini,” ${cue}.`,
      ),
    ).toEqual(['Rudi Santika']);
  });
});
