import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of each quote of invented paragraphs, joined by ` + `. */
const speakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

describe('a kind noun opening the sentence is the organisation of that kind (cast.kindNoun)', () => {
  test.each([
    [
      'Pihak operator, PT Laut Biru Abadi, menyatakan siap menanggung biaya perawatan.',
      'Perusahaan juga menyatakan kapal sudah lolos uji kelaikan bulan lalu.',
      'PT Laut Biru Abadi',
    ],
    [
      'Penyelenggara, PT Bintang Gemilang Sentosa, akhirnya angkat bicara.',
      'Perusahaan menyatakan ada kesalahan sistem pada penjualan tiket.',
      'PT Bintang Gemilang Sentosa',
    ],
    [
      'Universitas Cendana Raya membuka pendaftaran mahasiswa baru pekan ini.',
      'Kampus menyebut kuota jalur mandiri masih tersedia hingga akhir bulan.',
      'Universitas Cendana Raya',
    ],
    [
      'Bank Sentosa Makmur menyatakan bunga kredit turun mulai bulan depan.',
      'Perusahaan juga menyatakan layanan digital diperluas.',
      'Bank Sentosa Makmur',
    ],
  ])('%s / %s → %s', (a, b, name) => {
    expect(speakers(a, b).at(-1)).toBe(name);
    const off = withFeaturesOff(['cast.kindNoun'], () => speakers(a, b));
    expect(off.at(-1)).not.toBe(name);
  });

  test.each([
    // No organisation of that kind before: the noun is left as it was read.
    ['Kemenkes menyatakan stok vaksin aman.', 'Perusahaan menyatakan produksi ditambah.'],
    // A name holding the word is that organisation, as any name is.
    [
      'Perusahaan Air Minum Tirta Jaya menyebut pasokan terganggu.',
      'Perusahaan menyatakan perbaikan pipa selesai besok.',
    ],
  ])('%s / %s: no company before it', (a, b) =>
    expect(speakers(a, b).at(-1)).toBe(
      withFeaturesOff(['cast.kindNoun'], () => speakers(a, b)).at(-1),
    ),
  );

  // A central bank or a lender to governments named between is no company the article goes on
  // calling `Perusahaan` (lexicon/organisation-kinds.ts PUBLIC_BANK_WORDS).
  test.each([
    ['Bank Dunia menyebut pertumbuhan kawasan itu melambat.'],
    ['Menurut Bank Indonesia, kredit perumahan tumbuh pesat.'],
    ['Bank Sentral Eropa menyebut inflasi mulai melandai.'],
  ])('PT X … %s … Perusahaan → PT X', between =>
    expect(
      speakers(
        'Pengembang perumahan itu, PT Cakrawala Pasir Tenggara, menyatakan siap mengganti kerugian.',
        between,
        'Perusahaan juga menyatakan pembangunan tetap berjalan.',
      ).at(-1),
    ).toBe('PT Cakrawala Pasir Tenggara'),
  );
});
