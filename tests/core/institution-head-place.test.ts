import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each quote's speakers, as names, for one invented paragraph. */
const speakersOf = (line: string) => analyzeBody(line).quotes.map(q => q.speakers.join(' + '));

describe('one or two unknown words after an institution or area head name the place, not a person', () => {
  test.each([
    ['Jamaah Masjid Raya Cibening mengatakan pengajian digelar setiap Kamis malam.', ''],
    ['“Pengajian digelar setiap Kamis,” kata jamaah Masjid Baitul Mubarok.', ''],
    [
      'Seorang warga Desa Cibening, Kecamatan Sindangwaru, mengatakan jalan itu rusak sejak tahun lalu.',
      '',
    ],
    ['“Jalan itu rusak sejak tahun lalu,” kata warga Kelurahan Cibening.', ''],
    // A resident's village of two words, whatever the corpora know of its words.
    [
      'Seorang warga Desa Gurit Kemuning, Kecamatan Sindangwaru, mengaku dua hari tinggal di tenda pengungsian.',
      '',
    ],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));

  test.each([
    // A person's name after the place keeps the run a person's.
    [
      'Kepala Desa Cibening Andi Wirawan mengatakan jalan desa diperbaiki pekan depan.',
      'Andi Wirawan',
    ],
    ['Direktur RSUD Harapan Rina Kartika mengatakan stok vaksin cukup.', 'Rina Kartika'],
    // After a role head the place may be left out: an unknown word is the holder's name.
    ['“Kami tambah armada sampah,” kata Wali Kota Ujang.', 'Ujang'],
  ])('a person: %s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));
});
