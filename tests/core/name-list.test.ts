import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** The speakers of the last quote of an invented article. */
const lastSpeakers = (...paragraphs: string[]): string[] => {
  const quotes = analyzeBody(...paragraphs).quotes;
  return quotes[quotes.length - 1]!.speakers;
};

const THREE = ['Budi Santoso', 'Joko Pramono', 'Rina Kartika'];

describe('`mereka`/`ketiganya` after a list of people means every one of them', () => {
  test.each([
    [
      'Rapat itu dihadiri Ketua RT Budi Santoso, Kepala Desa Joko Pramono dan Camat Rina Kartika.',
      '“Kami sepakat membangun jembatan baru,” kata mereka.',
    ],
    [
      'Rapat itu dihadiri Ketua RT Budi Santoso, Kepala Desa Joko Pramono dan Camat Rina Kartika.',
      'Ketiganya mengatakan jembatan itu harus selesai tahun depan.',
    ],
    [
      'Rapat itu dihadiri Budi Santoso, Joko Pramono, dan Rina Kartika.',
      '“Kami sepakat membangun jembatan baru,” ujar ketiganya.',
    ],
    [
      'Rapat itu dihadiri Budi Santoso, Joko Pramono, serta Rina Kartika.',
      '“Kami sepakat membangun jembatan baru,” ujar ketiganya.',
    ],
  ])('%s %s', (...lines) => {
    expect(lastSpeakers(...lines)).toEqual(THREE);
  });

  test('English: `A, B and C … they said`', () => {
    expect(
      lastSpeakers(
        'Budi Santoso, Joko Pramono and Rina Kartika attended the meeting.',
        '"We agreed on the plan," they said.',
      ),
    ).toEqual(THREE);
  });
});

describe('a name closing a sentence-opening phrase is no member of the list after its comma', () => {
  test.each([
    'Selain Anton Wijaya, Joko Pramono dan Rina Kartika juga hadir dalam rapat itu.',
    'Bagi Anton Wijaya, Joko Pramono dan Rina Kartika adalah sahabat lama.',
  ])('%s', line => {
    expect(lastSpeakers(line, 'Mereka mengatakan jembatan itu harus segera diperbaiki.')).toEqual([
      'Joko Pramono',
      'Rina Kartika',
    ]);
  });

  test('a role between the names makes no list of people: the pair `dan` joins stays', () => {
    expect(
      lastSpeakers(
        'Warga Desa Sukamaju, Kecamatan Cibening, dan Joko Pramono menggelar rapat.',
        'Budi Santoso dan Rina Kartika juga hadir. “Kami sepakat,” kata mereka.',
      ),
    ).toEqual(['Budi Santoso', 'Rina Kartika']);
  });
});
