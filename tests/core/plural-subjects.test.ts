import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * `kata mereka` after people acting side by side in the running text: the subjects of the latest
 * sentence's clauses (`A …, sementara B …`), or the people a plural subject (`keduanya`, `ketiga
 * nelayan itu`) kept the topic, are who speak together.
 */
const sorted = (names: readonly string[]) => [...names].sort();

// cast.joinedClauseSubject, discourse.subjectsTogether
describe('the subjects of the clauses of the latest sentence speak together', () => {
  const paragraphs = [
    'Kakak beradik Bramantyo Kusnandar (45) dan Wartinah Kusnandar (41) membuka bengkel sepeda di Ende sejak 2001.',
    '“Awalnya cuma pompa dan kunci pas,” kata Bramantyo.',
    'Camat Ende Tengah, Jonaedi Purba, mengatakan bengkel itu kini melatih anak putus sekolah.',
    '“Sudah dua puluh anak yang bisa membuka usaha sendiri,” ujar Jonaedi.',
    'Menjelang magrib, bengkel itu mulai sepi. Bramantyo mengunci lemari perkakas, sementara Wartinah menyapu serbuk besi di lantai.',
    '“Selama masih kuat, kami tidak mau tutup,” kata mereka.',
  ];
  test('both of them, not the official heard last', () => {
    expect(sorted(lastSpeakers(...paragraphs))).toEqual([
      'Bramantyo Kusnandar',
      'Wartinah Kusnandar',
    ]);
  });
  test.each(['cast.joinedClauseSubject', 'discourse.subjectsTogether'] as const)(
    'switched off (%s), the official heard last takes a share',
    feature => {
      const off = withFeaturesOff([feature], () => lastSpeakers(...paragraphs));
      expect(off).toContain('Jonaedi Purba');
    },
  );
});

// discourse.pluralRenewal
describe('a plural subject in the running text keeps the people heard before it the topic', () => {
  const pair = [
    'Nelayan Pulang Pisau, Sukamto Dalimunthe, sudah tiga puluh tahun menjaring udang di muara.',
    '“Dulu sekali turun bisa dapat sepuluh kilo,” ujarnya.',
    'Sejak 2015 ia melaut bersama menantunya, Kusnandar Tumangger, lulusan Politeknik Kelautan dan Perikanan Dumai.',
    '“Mesin tempel itu saya rakit sendiri dari bekas genset,” kata Kusnandar.',
    'Sepulang melaut, keduanya menjemur jaring di dermaga.',
    '“Rezeki laut tidak pernah bohong,” kata mereka.',
  ];
  test('`keduanya` two paragraphs on: both, not the school', () => {
    expect(sorted(lastSpeakers(...pair))).toEqual(['Kusnandar Tumangger', 'Sukamto Dalimunthe']);
    const off = withFeaturesOff(['discourse.pluralRenewal'], () => lastSpeakers(...pair));
    expect(off).not.toContain('Sukamto Dalimunthe');
  });

  const weavers = [
    'Tiga perajin songket, Sukarmini Lubis, Kartinah Tumangger, dan Sumilah Purba, bekerja di satu rumah panggung di Tanah Datar.',
    '“Selembar songket makan waktu enam minggu,” kata Sukarmini.',
    'Kartinah mengatakan motif lama mulai jarang dipesan. “Orang sekarang suka yang cerah,” ujar Kartinah.',
    'Sumilah memilih bertahan dengan pewarna alam. “Warnanya lebih awet,” katanya.',
    'Kepala Dinas Perindustrian Tanah Datar, Surtaman Purba, mengatakan pihaknya menyiapkan pameran. “Kami bawa ke Jakarta bulan depan,” ujar Surtaman.',
    'Menjelang sore, ketiga perajin itu kembali ke alat tenun masing-masing. Ditanya apakah akan berhenti, jawaban mereka kompak. “Selama tangan masih bisa bergerak,” kata mereka.',
  ];
  test('`ketiga perajin itu` in the quote’s own paragraph: the three weavers', () => {
    expect(sorted(lastSpeakers(...weavers))).toEqual([
      'Kartinah Tumangger',
      'Sukarmini Lubis',
      'Sumilah Purba',
    ]);
    const off = withFeaturesOff(['discourse.pluralRenewal'], () => lastSpeakers(...weavers));
    expect(off).toContain('Surtaman Purba');
  });

  test('a person named after the plural subject leaves the people heard last as they were', () => {
    const named = [
      ...pair.slice(0, 4),
      'Kepala Dinas Perikanan, Sekarwangi Purba, mengatakan pihaknya membagikan mesin baru. “Kami mulai bulan depan,” ujar Sekarwangi.',
      'Ditanya soal mesin itu, Kusnandar menjawab, mereka akan mencobanya dulu.',
      '“Kalau cocok, kami pakai,” kata mereka.',
    ];
    expect(lastSpeakers(...named)).toContain('Sekarwangi Purba');
  });

  test('a bare `Mereka` after a crowd the text brought in renews nobody', () => {
    const crowd = [
      'Kepala BPBD Ende, Sukamto Dalimunthe, mengatakan air mulai surut. “Kami siagakan perahu karet,” kata Sukamto.',
      'Bupati Ende Jonaedi Purba meninjau pengungsian. “Logistik cukup untuk sepekan,” ujar Jonaedi.',
      'Relawan dari berbagai daerah berdatangan sejak malam. Mereka membuka dapur umum di alun-alun.',
      '“Kami datang dengan biaya sendiri,” kata mereka.',
    ];
    expect(lastSpeakers(...crowd)).toEqual([]);
  });
});
