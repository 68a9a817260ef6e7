import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Analyses one invented paragraph; the quotes as [type, text, speakers]. */
const run = (line: string) => analyzeBody(line).quotes.map(q => [q.type, q.text, q.speakers]);

describe('finds reported speech after newer cue verbs', () => {
  test.each([
    [
      'Kepala BMKG Dedi Setiabudi memperingatkan hujan lebat akan turun hingga akhir pekan.',
      'hujan lebat akan turun hingga akhir pekan',
    ],
    [
      'Ekonom Sari Indrawati menaksir kerugian akibat banjir mencapai Rp 2 triliun.',
      'kerugian akibat banjir mencapai Rp 2 triliun',
    ],
    // Telling what happened and confirming it report a clause as `mengatakan` does.
    [
      'Seorang relawan, Sari Indrawati, menceritakan air naik begitu cepat menjelang subuh.',
      'air naik begitu cepat menjelang subuh',
    ],
    [
      'Kepala BMKG Dedi Setiabudi membenarkan telah terjadi gempa susulan di dua kecamatan.',
      'telah terjadi gempa susulan di dua kecamatan',
    ],
    // `mengeklaim` is the common spelling of `mengklaim` (a loan root of one syllable takes `menge-`).
    [
      'Kepolisian Daerah Jawa Tengah dalam keterangannya mengeklaim tidak ada korban jiwa.',
      'tidak ada korban jiwa',
    ],
    // `selama ini` ("so far") is an adverb inside the clause, not a clause of time after a noun.
    [
      'Kepala BMKG Dedi Setiabudi mengatakan pemantauan selama ini belum menjangkau pulau terluar.',
      'pemantauan selama ini belum menjangkau pulau terluar',
    ],
    // A cleft (`hanya … yang …`) after the cue is a statement, not a noun phrase.
    [
      'Kepala BMKG Dedi Setiabudi mengatakan setiap tahun hanya sekitar 20 persen stasiun yang diperbarui.',
      'setiap tahun hanya sekitar 20 persen stasiun yang diperbarui',
    ],
  ])('%s', (line, text) => {
    expect(run(line)).toEqual([['indirect', text, [expect.any(String)]]]);
  });
});

describe('ignores the same verbs with only a noun object', () => {
  test.each([
    ['Kepala BMKG Dedi Setiabudi memperingatkan warga pesisir.'],
    ['Kepala BMKG Dedi Setiabudi menceritakan pengalamannya kepada para siswa.'],
    ['Kepala BMKG Dedi Setiabudi membenarkan hal tersebut.'],
  ])('%s', line => {
    expect(run(line)).toEqual([]);
  });
});

describe('finds an urging verb with the clause it urges', () => {
  test.each([
    ['Ketua panitia Budi Santoso mengajak para pemuda desa untuk menjaga kebersihan sungai.'],
    ['Ketua panitia Budi Santoso mendorong para petani untuk menanam padi organik.'],
    ['Ketua panitia Budi Santoso meminta warga agar tidak membuang sampah ke sungai.'],
    ['Ketua panitia Budi Santoso meminta pemerintah segera membangun jembatan baru.'],
    ['Ketua panitia Budi Santoso mengimbau masyarakat selalu waspada terhadap penipuan.'],
    ['Ketua panitia Budi Santoso mempersilakan warga melapor bila ada pungutan liar.'],
    ['Ketua panitia Budi Santoso mengajak umat memakmurkan masjid tidak hanya pada hari Jumat.'],
  ])('%s', line => {
    expect(run(line)).toEqual([['indirect', expect.any(String), ['Budi Santoso']]]);
  });
});

describe('ignores an urging verb with only a thing or a group as its object', () => {
  test.each([
    ['Ketua panitia Budi Santoso mendorong adanya perdamaian di kawasan itu.'],
    ['Ketua panitia Budi Santoso mengajak seluruh warga desa di kawasan itu.'],
    ['Ketua panitia Budi Santoso mengajak warga yang hadir menonton bersama.'],
    ['Ketua panitia Budi Santoso meminta dukungan seluruh warga yang hadir di balai desa.'],
  ])('%s', line => {
    expect(run(line)).toEqual([]);
  });
});

describe('an adverb of togetherness between a pair and the cue (`kompak`, `serempak`)', () => {
  test.each([
    [
      'Kepala Dinas Budi Santoso dan Sekretaris Dinas Rina Kartika kompak menyebut program ini sebagai bagian dari upaya desa.',
      'program ini sebagai bagian dari upaya desa',
    ],
    [
      'Budi Santoso dan Rina Kartika serempak menyatakan program ini akan dilanjutkan tahun depan.',
      'program ini akan dilanjutkan tahun depan',
    ],
  ])('%s', (line, text) => {
    expect(run(line)).toEqual([['indirect', text, ['Budi Santoso', 'Rina Kartika']]]);
  });
});
