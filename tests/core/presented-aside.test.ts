import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const OPENING = '“Kami sudah menunggu sejak pagi,” kata Jonaedi Sukamto, warga Borong.';
const lastSpeakers = (...lines: string[]) => analyzeBody(...lines).quotes.at(-1)!.speakers;

// discourse.describedNewcomer, discourse.sentenceEndingAppositive, the person nouns' sex column
describe('a person first named as no subject, with a description after the name, is presented', () => {
  test.each([
    [
      'Tiap Kamis malam, belasan remaja belajar tajwid dengan dibimbing oleh Wartinah Purbasari, ustazah jebolan pondok di Ende.',
      '“Mereka rajin datang meski hujan deras,” kata ibu dua anak itu.',
      'Wartinah Purbasari',
    ],
    [
      'Bantuan itu diserahkan kepada Kartinah Dalimunthe, mahasiswi asal Lubai, di balai desa.',
      '“Saya tidak menyangka akan dapat beasiswa,” ujar perempuan itu.',
      'Kartinah Dalimunthe',
    ],
  ])('%s', (aside, quote, speaker) => {
    expect(lastSpeakers(OPENING, aside, quote)).toEqual([speaker]);
    const switches: FeatureName[] = ['discourse.describedNewcomer'];
    const off = withFeaturesOff(switches, () => lastSpeakers(OPENING, aside, quote));
    expect(off).not.toEqual([speaker]);
  });

  test('a description ending the sentence is what the article says the person is', () => {
    const lines = [
      'Tiap Kamis malam, remaja kampung belajar tajwid dengan dibimbing oleh Wartinah Purbasari, ustazah asal Ende.',
      '“Kami belajar tiap sore,” kata Wartinah.',
      'Camat Lubai, Bramantyo Kusnandar, mengatakan kampung itu rukun. “Warga saling membantu,” ujarnya.',
      '“Anak-anak ini harapan kampung,” kata ustazah asal Ende itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Wartinah Purbasari']);
    const off = withFeaturesOff(['discourse.sentenceEndingAppositive'], () =>
      lastSpeakers(...lines),
    );
    expect(off).not.toEqual(['Wartinah Purbasari']);
  });

  test('one cared for by the subject is talked about, not presented', () => {
    const lines = [
      'Kartinah Purba (45) sudah lima tahun merawat mertuanya di Desa Lubai. Setiap pagi ia memandikan dan menyuapi Sumilah, perempuan berusia 80 tahun yang lumpuh sejak 2019.',
      '“Saya ikhlas, beliau sudah seperti ibu sendiri,” kata ibu dua anak itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Kartinah Purba']);
  });

  test.each([
    // No description after the name.
    [
      'Tiap Kamis malam, remaja kampung belajar tajwid dengan dibimbing oleh Wartinah Purbasari di serambi surau.',
      '“Mereka rajin datang meski hujan deras,” kata ibu dua anak itu.',
    ],
    // A description of the other sex than the one told.
    [
      'Tiap Kamis malam, belasan remaja belajar tajwid dengan dibimbing oleh Wartinah Purbasari, ustazah jebolan pondok di Ende.',
      '“Mereka rajin datang meski hujan deras,” kata pria itu.',
    ],
  ])('nobody presented there: %s', (aside, quote) => {
    expect(lastSpeakers(OPENING, aside, quote)).not.toContain('Wartinah Purbasari');
  });
});
