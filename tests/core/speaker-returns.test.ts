import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A person who spoke an earlier quote is a source of the article: narrated again as a clause's
 * subject in a paragraph another earlier speaker opened, they are re-entering, not talked about,
 * and the `ujarnya` after them is theirs (`discourse.speakerReturns`; without it `narratedHere`
 * and `narratedBefore` give the quote to whoever opened the paragraph).
 */
const TANI =
  'Ketua Kelompok Tani Sumber Makmur, Darmaji, mengatakan panen tahun ini turun. “Hujan datang terlambat,” kata Darmaji.';
const PENYULUH =
  'Penyuluh pertanian setempat, Wulan Sari, menilai petani perlu menanam varietas tahan kering. “Bibitnya sudah kami siapkan,” ujar Wulan.';
const DINAS =
  'Kepala Dinas Pertanian Kabupaten Grobak, Hendro Susilo, mengatakan bantuan pompa air akan dikirim pekan depan. “Anggarannya sudah cair,” kata Hendro.';
const SORE =
  'Sore itu, Darmaji mengajak rombongan berkeliling sawah. Wulan berjalan di belakang, mencatat setiap petak yang retak.';
const SAID = '“Tahun depan kita tanam lebih awal,” ujarnya.';

describe('an earlier speaker narrated again takes the quote after them', () => {
  const cases: [string, string[], string[]][] = [
    [
      'a lone quote after the paragraph they were narrated in',
      [TANI, PENYULUH, DINAS, SORE, SAID],
      ['Wulan Sari'],
    ],
    [
      'the quote in the paragraph they were narrated in',
      [TANI, PENYULUH, DINAS, `${SORE} ${SAID}`],
      ['Wulan Sari'],
    ],
    // A person who never spoke, narrated so, is still talked about.
    [
      'a newcomer narrated stays talked about',
      [
        TANI,
        DINAS,
        'Darmaji menjelaskan, sebagian petani sudah menggadaikan sawahnya. Seorang petani muda, Rudi Hartanto, menggadaikan sepetak sawah warisan ayahnya.',
        '“Kalau tidak begitu, kami tidak bisa membeli pupuk,” ujarnya.',
      ],
      ['Darmaji'],
    ],
  ];
  test.each(cases)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('switched off, the speaker who opened the paragraph takes it', () => {
    const [, paragraphs] = cases[0]!;
    expect(
      withFeaturesOff(['discourse.speakerReturns'], () => lastSpeakers(...paragraphs)),
    ).toEqual(['Darmaji']);
  });
});
