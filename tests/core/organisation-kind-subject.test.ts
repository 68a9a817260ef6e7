import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each reported statement: `speakers « text`, in order. */
const reported = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => `${q.speakers.join(' + ')} « ${q.text.split(' ').slice(0, 3).join(' ')}`);

// names.organisationKindSubject: an organisation named by its kind alone opening a reporting
// clause, after the text named it in full, is that organisation (the nearest organisation
// subject, or the one its name holds the kind), not a new organisation called `Kementerian` nor
// no statement at all.
const ROWS: [string, string[]][] = [
  [
    'PT Sinar Pangan membantah tudingan itu. Dalam keterangan resmi yang diterima wartawan, perusahaan menyatakan beras yang dijual sudah lolos uji mutu.',
    ['PT Sinar Pangan « beras yang dijual'],
  ],
  [
    'Kementerian Pendidikan ikut angkat bicara. Dalam keterangan tertulis, kementerian menegaskan bahwa sumbangan tidak boleh menjadi syarat penerimaan.',
    ['Kementerian Pendidikan « sumbangan tidak boleh'],
  ],
  [
    'Kemendikbud dalam keterangan tertulisnya menyatakan akan menindaklanjuti laporan itu. Kementerian juga mengingatkan bahwa sanksi dapat dijatuhkan.',
    ['Kemendikbud « akan menindaklanjuti laporan', 'Kemendikbud « sanksi dapat dijatuhkan'],
  ],
  [
    'Dalam rilis resmi, RSUD Sukamaju menyatakan dokumen pasien telah diamankan. Rumah sakit juga meminta masyarakat tidak menyebarkan informasi yang belum terverifikasi.',
    ['RSUD Sukamaju « dokumen pasien telah', 'RSUD Sukamaju « masyarakat tidak menyebarkan'],
  ],
  // `perseroan`, a kind noun of cast/kind-noun.ts, is read from the same list.
  [
    'PT Tirta Lestari Abadi Tbk mencatat laba Rp 3 triliun. Dalam keterangan tertulis, perseroan menyatakan laba naik karena penjualan ekspor.',
    ['PT Tirta Lestari Abadi Tbk « laba naik karena'],
  ],
];

describe('an organisation named by its kind alone is the one meant (names.organisationKindSubject)', () => {
  test.each(ROWS)('%s', (paragraph, expected) => {
    expect(reported(paragraph)).toEqual(expected);
  });

  test.each(ROWS)('switched off: %s', (paragraph, expected) => {
    const off = withFeaturesOff(['names.organisationKindSubject'], () => reported(paragraph));
    expect(off).not.toEqual(expected);
  });

  test('a capitalised kind after its organisation spoke stays with it', () => {
    expect(
      reported(
        'Dalam rilis resmi, PT Sinar Pangan menyatakan gudangnya sudah kosong. Perusahaan juga mengklaim telah menarik produk itu dari pasar.',
      ),
    ).toEqual([
      'PT Sinar Pangan « gudangnya sudah kosong',
      'PT Sinar Pangan « telah menarik produk',
    ]);
  });

  test('the government by its own word speaks as itself', () => {
    expect(reported('Pemerintah menyatakan stok beras cukup hingga akhir tahun.')).toEqual([
      'Pemerintah « stok beras cukup',
    ]);
  });

  test('a kind inside a sentence is no subject of its own', () => {
    expect(
      reported('Warga yang bekerja di perusahaan menyatakan upah belum dibayar sejak Mei.'),
    ).not.toContain('PT Sinar Pangan « upah belum dibayar');
  });
});
