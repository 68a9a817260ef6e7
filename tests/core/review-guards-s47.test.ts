import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/**
 * Where this session's readings must not fire, in the shapes two reviews of them found: each row
 * once gave a wrong speaker.
 */
const lastSpeakers = (...lines: string[]) => analyzeBody(...lines).quotes.at(-1)!.speakers;

describe('a description by a profession', () => {
  test('keeps the last speaker written with the title', () => {
    const lines = [
      '“Pasien kami bertambah,” kata Kepala Puskesmas Lubai, dr. Kartinah Purba.',
      'Ia sudah menghubungi dr. Bramantyo Lado di RSUD Ende untuk meminta bantuan.',
      '“Dia baru bisa datang pekan depan,” kata dokter itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Kartinah Purba']);
  });

  test('of another profession than the title tells means somebody else', () => {
    const lines = [
      'Warga Desa Lubai berobat ke dr. Kartinah Purba di balai desa.',
      'Sementara itu, drh. Bramantyo Lado memeriksa sapi-sapi di kandang warga.',
      '“Ternak yang mati harus dikubur dalam,” kata dokter hewan itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Bramantyo Lado']);
  });
});

describe('a person presented after a comma', () => {
  test.each([
    // A clause after the comma describes nobody.
    [
      '“Kami kehilangan semua dagangan,” kata Kartinah Purba, pedagang sayur.',
      'Api diduga berasal dari kios milik Hj. Wartinah Sukamto, lalu merembet ke deretan kios.',
      '“Belum ada petugas yang datang,” kata perempuan itu.',
    ],
    // The quote speaks of the one presented as `dia`.
    [
      '“Antrean obat makin panjang,” kata Kartinah Purba, warga Lubai.',
      'Ia lalu menelepon Sumilah Sari, mahasiswi kebidanan asal Ende, untuk meminta obat.',
      '“Tapi dia tidak bisa datang malam itu,” kata ibu dua anak itu.',
    ],
    // An organisation acting on the one presented is the sentence's subject.
    [
      '“Antrean obat makin panjang,” kata Kartinah Purba, warga Lubai.',
      'Dinas Kesehatan Ende mengirim Sumilah Sari, mahasiswi kebidanan, ke desa itu.',
      '“Obatnya sudah habis sejak Senin,” kata perempuan itu.',
    ],
  ])('is not who speaks: %s', (...lines) => {
    expect(lastSpeakers(...lines)).not.toContain('Sumilah Sari');
    expect(lastSpeakers(...lines)).not.toContain('Wartinah Sukamto');
  });
});

test('a description after `Suami X, Y, …` of the sex X is goes on about X, not Y', () => {
  const lines = [
    'Suami Kartinah Purba, Bramantyo Sukamto, hilang di laut dua tahun lalu. Perempuan berusia 41 tahun itu kini membesarkan tiga anaknya sendirian.',
    '“Saya harus kuat demi anak-anak,” kata ibu tiga anak itu.',
  ];
  expect(lastSpeakers(...lines)).not.toContain('Bramantyo Sukamto');
});

test('a description by sex may mean somebody brought in by its head noun since', () => {
  const lines = [
    '“Dulu kerupuk saya titipkan di warung,” kata Hj. Wartinah Purba.',
    '“Kalau hujan, kerupuk tidak bisa dijemur,” ujarnya.',
    'Usaha itu kini dibantu oleh cucu perempuannya yang baru lulus kuliah.',
    '“Saya yang mengurus penjualan daring,” kata perempuan itu.',
  ];
  expect(lastSpeakers(...lines)).toEqual([]);
});

describe('a description by sex keeps the last speaker', () => {
  const SPEAKER = '“Dulu kerupuk saya titipkan di warung,” kata Hj. Wartinah Purba.';
  test.each([
    // Its head noun inside a compound is nobody brought in.
    'Ia pernah lima tahun merantau ke ibu kota.',
    // A man named as no subject is nobody the description means.
    'Setiap pagi ia dibantu suaminya, Bramantyo Sukamto, menggoreng kerupuk.',
  ])('%s', between => {
    const lines = [
      SPEAKER,
      between,
      '“Kalau hujan, kerupuk tidak kering,” ujar ibu tiga anak itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Wartinah Purba']);
  });
});

test('a pronoun inside a `yang` clause does not keep a presented newcomer talked about', () => {
  const lines = [
    '“Antrean obat makin panjang,” kata Kartinah Purba, warga Lubai.',
    'Beasiswa yang ia galang bersama warga diserahkan kepada Sumilah Sari, mahasiswi asal Ende, di balai desa.',
    '“Saya tidak menyangka akan dapat beasiswa,” ujar perempuan itu.',
  ];
  expect(lastSpeakers(...lines)).toEqual(['Sumilah Sari']);
});
