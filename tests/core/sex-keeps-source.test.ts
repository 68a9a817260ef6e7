import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const lastSpeakers = (...lines: string[]) => analyzeBody(...lines).quotes.at(-1)!.speakers;

const STALL = [
  '“Dulu kerupuk ini hanya saya titipkan di warung,” kata Hj. Wartinah Purbasari.',
  '“Kalau hujan terus, kerupuk tidak bisa dijemur,” ujarnya.',
  'Ia berharap ada mesin pengering bantuan dari dinas.',
];

// discourse.describedSexKeepsSource
describe('a description by sex keeps the last speaker of that sex the text went on about', () => {
  test('over a paragraph that names her again and goes on with pronouns', () => {
    const lines = [
      ...STALL,
      'Bagi Wartinah, dapur kecilnya bukan sekadar tempat mencari nafkah. Ia ingin dapur itu membuka lapangan kerja bagi tetangga.',
      '“Saya tahu susahnya hidup sendiri,” tutur nenek enam cucu itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Wartinah Purbasari']);
    const off = withFeaturesOff(['discourse.describedSexKeepsSource'], () =>
      lastSpeakers(...lines),
    );
    expect(off).toEqual([]);
  });

  test.each([
    // Somebody else brought in as a subject between.
    'Seorang pedagang lain di pasar itu mengeluhkan sepinya pembeli sejak pagi.',
    // A man brought in by name.
    'Bramantyo Kusnandar, tetangganya, ikut membantu mengangkut barang dagangan ke lapak.',
  ])('not when somebody else came in between: %s', between => {
    const lines = [
      ...STALL,
      between,
      '“Saya tahu susahnya hidup sendiri,” tutur nenek enam cucu itu.',
    ];
    expect(lastSpeakers(...lines)).not.toEqual(['Wartinah Purbasari']);
  });

  test('not for a description of the other sex', () => {
    const lines = [
      ...STALL,
      'Bagi Wartinah, dapur itu bukan soal uang.',
      '“Pasar ini harus dibenahi,” kata pria itu.',
    ];
    expect(lastSpeakers(...lines)).not.toEqual(['Wartinah Purbasari']);
  });
});
