import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// discourse.responseAgent: the agent of a passive that answers what was said or done
// (`Tuduhan itu dibantah X`), after a subject naming nobody, takes a side: the `Ia` that opens the
// next sentence, and the quote after it, are theirs, not the one whose statement they answered.
const ROWS: [string, string, string[]][] = [
  [
    'Hendra Kusuma',
    'Sekretaris Daerah Agus Sumarna mengumumkan pemotongan anggaran. Keputusan itu dikritik anggota DPRD Hendra Kusuma. Ia menyebut pemotongan itu merugikan sekolah.',
    ['"Pendidikan tidak boleh dikorbankan," kata dia.'],
  ],
  [
    'Bambang Triyono',
    'Kepala Dinas Pendidikan Rudi Hartawan menyebut sekolah itu melanggar aturan zonasi. Tudingan tersebut dibantah Kepala Sekolah SMP Negeri 4, Bambang Triyono. Dia mengatakan semua siswa diterima sesuai kuota.',
    ['"Kami tidak pernah menerima titipan siapa pun," ujarnya.'],
  ],
  [
    'Yohana Siregar',
    'Gubernur Ahmad Sofyan meresmikan jembatan itu pada Senin. Peresmian itu disambut gembira Yohana Siregar, warga setempat. Ia menyebut perjalanan ke kota kini hanya 20 menit.',
    ['"Dulu kami harus memutar dua jam," ucap dia.'],
  ],
  [
    'Nur Halimatus',
    'Camat Joko Santoso menyatakan bantuan sudah disalurkan. "Semua sudah kami bagikan," kata Joko.',
    [
      'Pernyataan itu dibantah Nur Halimatus, warga RT 03. Dia mengaku belum menerima apa pun.',
      '"Sampai hari ini kami belum dapat beras," kata dia.',
    ],
  ],
  [
    'Wayan Sudarma',
    'Pemerintah kota menaikkan tarif parkir. "Tarif baru berlaku bulan depan," kata Kepala Dinas Perhubungan Anton Wibisono.',
    [
      'Kebijakan itu ditolak keras oleh Ketua Paguyuban Juru Parkir Wayan Sudarma. Ia menyebut pendapatan anggotanya akan turun.',
      '"Kami tidak diajak bicara," kata dia.',
    ],
  ],
  [
    'Arif Budiman',
    'Bupati Sugeng Riyadi menyebut program makan siang gratis berjalan lancar. Namun, klaim tersebut dipertanyakan pengamat kebijakan publik Arif Budiman. Menurut dia, menu di banyak sekolah sering terlambat.',
    ['"Datanya tidak pernah dibuka," ujarnya.'],
  ],
];

describe('the agent of a response passive is the next pronoun’s source (discourse.responseAgent)', () => {
  test.each(ROWS)('%s', (who, intro, rest) => {
    expect(lastSpeakers(intro, ...rest)).toEqual([who]);
  });

  test.each(ROWS)('switched off: %s loses the pronoun', (who, intro, rest) => {
    const off = withFeaturesOff(['discourse.responseAgent'], () => lastSpeakers(intro, ...rest));
    expect(off).not.toEqual([who]);
  });

  test.each([
    // A person as the passive's subject stays the topic: the agent is only the one acting on them.
    [
      'Rudi Hartono',
      'Pelatih Rudi Hartono menilai timnya bermain buruk. Kiper Dedi Firmansyah dikritik suporter Rina Wati. Ia mengakui lini belakang rapuh.',
      '"Kami harus banyak berbenah," ujarnya.',
    ],
  ])('not after a person: %s', (who, intro, quote) => {
    expect(lastSpeakers(intro, quote)).toEqual([who]);
  });
});
