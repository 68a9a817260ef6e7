import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * Two bare titles joined by `dan` opening a clause (`Kapolres dan Dandim meninjau …`) are one
 * mention of their two holders, whom a later `keduanya` or `mereka` means, not the people heard
 * from last (discourse.titlePair).
 */
const ROWS: [string, string[], string, string[]][] = [
  [
    'two district officials after a third speaker',
    [
      'Kapolres Lembah AKBP Darmawan Saputro mengatakan jalur mudik dijaga 300 personel.',
      'Komandan Kodim Lembah Letkol Inf Yoga Pratama menyebut prajuritnya ikut berjaga.',
      'Seorang sopir bus, Rudi, mengeluh antrean panjang. “Sudah dua jam kami tertahan,” ujarnya.',
      'Kapolres dan Dandim kemudian meninjau gerbang tol bersama.',
    ],
    '“Arus kendaraan kami atur bergantian,” kata keduanya.',
    ['Darmawan Saputro', 'Yoga Pratama'],
  ],
  [
    'a regent and a hospital director',
    [
      'Bupati Sukamaju Rina Kartika meresmikan gedung rawat inap baru.',
      'Direktur RSUD Sukamaju dr Hendra Wijaya menjelaskan gedung itu punya 80 tempat tidur.',
      'Warga Desa Lembah, Sari, berharap antrean pasien berkurang. “Dulu kami menunggu seharian,” katanya.',
      'Bupati dan Direktur lalu mengajak warga memeriksakan diri lebih awal.',
    ],
    '“Jangan tunggu sakit parah,” ujar mereka.',
    ['Rina Kartika', 'Hendra Wijaya'],
  ],
];

describe('two titles joined by dan are one pair of holders', () => {
  test.each(ROWS)('%s', (_, paragraphs, quote, holders) => {
    expect(lastSpeakers(...paragraphs, quote)).toEqual(holders);
  });

  test.each(ROWS)('switched off: %s', (_, paragraphs, quote, holders) => {
    const off = withFeaturesOff(['discourse.titlePair'], () => lastSpeakers(...paragraphs, quote));
    expect(off).not.toEqual(holders);
  });
});
