import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFFICIAL =
  'Kepala Dinas Pertanian Kabupaten Wonosari, Hendra Kusuma, mengatakan stok pupuk aman. "Stok cukup sampai Juni," kata Hendra.';
const RESIDENT =
  'Ketua RW setempat, Sugeng Riyadi, mengatakan warga kampung berbulan-bulan resah akibat pencurian ternak.';
const QUOTE = '"Kami bergantian jaga sampai subuh," ujar';

describe('the rest of a statement’s paragraph goes on with what it reported', () => {
  test.each([
    [
      ' Sejak awal Maret, warga kampung berjaga bergiliran tiap malam.',
      'pria berusia 61 tahun itu',
    ],
    [' Pencurian ternak terakhir terjadi dua pekan lalu.', 'ayah tiga anak itu'],
    [' Dalam sebulan, tiga kambing warga hilang dari kandang.', 'pria itu'],
  ])('%s … %s', (rest, description) => {
    expect(lastSpeakers(OFFICIAL, RESIDENT + rest, `${QUOTE} ${description}.`)).toEqual([
      'Sugeng Riyadi',
    ]);
  });

  test.each([
    // A sentence about something else, sharing no content word with the statement.
    [' Kandang desa itu dibangun pada 1990.'],
    // Somebody new is a subject in between, named or not.
    [' Seorang peternak kehilangan dua kambing pekan lalu karena pencurian ternak.'],
    [' Tetangganya, Wagiman Saputra, juga resah karena pencurian ternak.'],
  ])('not when %s', rest => {
    expect(lastSpeakers(OFFICIAL, RESIDENT + rest, `${QUOTE} pria itu.`)).not.toEqual([
      'Sugeng Riyadi',
    ]);
  });

  test('not when the quote does not open the next paragraph', () => {
    const lines = [
      OFFICIAL,
      RESIDENT + ' Sejak awal Maret, warga kampung berjaga tiap malam.',
      'Kandang desa itu dibangun pada 1990.',
      `${QUOTE} pria itu.`,
    ];
    expect(lastSpeakers(...lines)).not.toEqual(['Sugeng Riyadi']);
  });

  test('switched off, the sentence between breaks the link', () => {
    const lines = [
      OFFICIAL,
      RESIDENT + ' Sejak awal Maret, warga kampung berjaga bergiliran tiap malam.',
      `${QUOTE} pria berusia 61 tahun itu.`,
    ];
    expect(lastSpeakers(...lines)).toEqual(['Sugeng Riyadi']);
    expect(withFeaturesOff(['discourse.statementParagraph'], () => lastSpeakers(...lines))).toEqual(
      [],
    );
  });
});
