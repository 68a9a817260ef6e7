import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { indirectQuotes, lastSpeakers } from './summarize';

// names.unnamedDescriptionRun: a run inside the description of an unnamed subject opening its
// sentence (an owner, a place, a unit) is not the subject; the unnamed person is.
const HEAD =
  'Camat Lubai, Purbasari, mengatakan pasar malam dibuka lagi pekan ini. “Pedagang sudah menunggu,” kata Purbasari.';
const OFF = ['names.unnamedDescriptionRun'] as const;

const PREPOSED: readonly (readonly [string, string])[] = [
  [
    'Seorang karyawan di toko Sumber Rejeki mengatakan stok gula masih cukup.',
    'stok gula masih cukup → ',
  ],
  [
    'Sejumlah nelayan di dermaga Sekarwangi mengatakan solar sulit didapat.',
    'solar sulit didapat → ',
  ],
  [
    'Salah satu penjahit di kios milik Jonaedi Dalimunthe mengatakan pesanan seragam menumpuk.',
    'pesanan seragam menumpuk → ',
  ],
  [
    'Seorang kasir di terminal Kusmawati mengatakan tiket habis sejak pagi.',
    'tiket habis sejak pagi → ',
  ],
  [
    'Seorang tukang parkir di dekat warung Wartinah mengatakan pengunjung mulai ramai sejak sore.',
    'pengunjung mulai ramai sejak sore → ',
  ],
  [
    'Seorang penjaga loket di samping kios Sekarwangi mengatakan antrean mengular sejak pagi.',
    'antrean mengular sejak pagi → ',
  ],
];

describe('a run in an unnamed subject’s description is not the subject (names.unnamedDescriptionRun)', () => {
  test.each(PREPOSED)('%s', (sentence, reading) => {
    expect(indirectQuotes(HEAD, sentence).at(-1)).toBe(reading);
  });
  test.each(PREPOSED)('switched off: %s', (sentence, reading) => {
    expect(withFeaturesOff(OFF, () => indirectQuotes(HEAD, sentence).at(-1))).not.toBe(reading);
  });
  // The cast reads the run so too: a place the article wrote as a group's before is no antecedent.
  const village =
    'Warga Dusun Sekarwangi, Kecamatan Lubai, mengeluhkan jalan yang rusak sejak tahun lalu.';
  const becak =
    'Seorang tukang becak di perempatan Sekarwangi membenarkan cerita itu. “Sewa makin sepi,” katanya.';
  test('the -nya after it means the unnamed person', () => {
    expect(lastSpeakers(village, HEAD, becak)).toEqual([]);
  });
  test('switched off: the -nya after it means the run', () => {
    expect(withFeaturesOff(OFF, () => lastSpeakers(village, HEAD, becak))).toEqual(['Sekarwangi']);
  });
});

// Guards: a name set off by commas, a role word before the run, an age after it, a run with no
// adjunct before it, a full name, a companion, and a determiner of things name the person.
const NAMED: readonly (readonly [string, string])[] = [
  [
    'Seorang penjual jagung bakar di pintu barat, Sukamto, mengatakan pembeli datang dari luar kota.',
    'pembeli datang dari luar kota → Sukamto',
  ],
  [
    'Seorang anggota DPRD Lubai, Jonaedi Dalimunthe, menyebut retribusi belum dipungut.',
    'retribusi belum dipungut → Jonaedi Dalimunthe',
  ],
  [
    'Seorang pedagang mainan di pasar malam Sukarmini (52) mengatakan dagangannya laku keras.',
    'dagangannya laku keras → Sukarmini',
  ],
  [
    'Seorang pedagang mainan keliling Sukarmini mengatakan dagangannya laku keras.',
    'dagangannya laku keras → Sukarmini',
  ],
];

const MORE: readonly (readonly [string, string])[] = [
  [
    'Sejumlah warga menunggu di balai desa saat Jonaedi mengatakan bantuan sudah dikirim.',
    'bantuan sudah dikirim → Jonaedi',
  ],
  [
    'Salah satu pengunjung asal Ende Sri Kusmawati mengatakan pantainya bersih.',
    'pantainya bersih → Sri Kusmawati',
  ],
  [
    'Seorang penjual es di pasar pagi Kusmawati Dalimunthe mengatakan pembeli turun saat hujan.',
    'pembeli turun saat hujan → Kusmawati Dalimunthe',
  ],
  [
    'Seorang pemandu di kawasan wisata I Wayan Bramantyo mengatakan kunjungan turun.',
    'kunjungan turun → I Wayan Bramantyo',
  ],
  [
    'Seorang nenek dengan tiga cucu Wartinah Sumilah mengatakan rumahnya belum diperbaiki.',
    'rumahnya belum diperbaiki → Wartinah Sumilah',
  ],
  [
    'Beberapa hari setelah rapat di balai desa Jonaedi mengatakan anggaran sudah cair.',
    'anggaran sudah cair → Jonaedi',
  ],
];

test.each([...NAMED, ...MORE])('the person named: %s', (sentence, reading) => {
  expect(indirectQuotes(HEAD, sentence).at(-1)).toBe(reading);
});
