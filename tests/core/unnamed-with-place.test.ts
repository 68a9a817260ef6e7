import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each quote's speakers (joined), then the speaker list, for invented paragraphs. */
const read = (...paragraphs: string[]) => {
  const r = analyzeBody(...paragraphs);
  return {
    quotes: r.quotes.map(q => q.speakers.join(' + ')),
    speakers: r.speakers.map(s => s.name),
  };
};

describe('a run after a preposition inside an unnamed subject is a place, not the speaker', () => {
  test.each([
    [
      'a user of an app in a town',
      'Seorang pengguna aplikasi Tokobaru di Cibening mengaku sudah menerima tiga panggilan. “Mereka tahu barang yang saya beli,” katanya.',
    ],
    [
      'a trader from a district the article named earlier as an area',
      'Jalan yang menghubungkan Kecamatan Sukalaras dengan pusat kota rusak berat.',
      'Seorang pedagang sayur asal Sukalaras mengaku waktu tempuhnya kini dua jam. “Motor saya dua kali masuk bengkel,” katanya.',
    ],
  ])('%s', (_, ...paragraphs) => {
    const { quotes, speakers } = read(...paragraphs);
    expect(quotes).toEqual(['', '']);
    expect(speakers).toEqual([]);
  });

  test('a person named with the unnamed subject is still read', () =>
    expect(
      read('Seorang warga bersama Budi Santoso mengatakan jalan itu rusak sejak tahun lalu.')
        .quotes,
    ).toEqual(['Budi Santoso']));
});
