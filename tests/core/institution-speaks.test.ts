import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each quote's speakers, joined, and the speakers' kinds. */
function read(paragraph: string) {
  const { quotes, speakers } = analyzeBody(paragraph);
  return { said: quotes.map(q => q.speakers.join(' + ')), kinds: speakers.map(s => s.kind) };
}

describe('an institution named by its head speaks as such', () => {
  test.each([
    [
      'Inspektorat Kabupaten Cibening menyatakan pemeriksaan dana bantuan sekolah dimulai bulan depan.',
      'Inspektorat Kabupaten Cibening',
    ],
    [
      'Perserikatan Petani Cibening (PPC) menyatakan harga pupuk di tingkat pengecer naik dua kali lipat.',
      'Perserikatan Petani Cibening',
    ],
    [
      'Direktorat Jenderal Bea Cukai menyatakan bahwa pemeriksaan barang impor diperketat mulai pekan depan.',
      'Direktorat Jenderal Bea Cukai',
    ],
    [
      'Balai Pengawas Cibening menyatakan bahwa sampel air sungai sudah dikirim ke laboratorium.',
      'Balai Pengawas Cibening',
    ],
  ])('%s', (paragraph, org) => {
    expect(read(paragraph)).toEqual({ said: [org], kinds: ['organization'] });
  });

  test.each([
    ['“Kami siap,” kata Ketua Fraksi Partai Maju Rudi Hartono.', 'Rudi Hartono'],
    ['“Kami siap,” kata Kepala Biro Humas Sekretariat Daerah Rudi Hartono.', 'Rudi Hartono'],
  ])('a person holding an office there stays the speaker: %s', (paragraph, name) => {
    expect(read(paragraph).said).toEqual([name]);
  });
});
