import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const OPENING =
  'Kuasa hukum warga, Rudi Hartono, mengatakan pihaknya akan banding. “Kami belum kalah,” katanya.';

/** The speakers of the last quote. */
const lastQuoteSpeakers = (...paragraphs: string[]) => {
  const { quotes } = analyzeBody(...paragraphs);
  return quotes[quotes.length - 1]!.speakers;
};

describe('a quote with no cue after a sentence about a new person is that person’s', () => {
  test.each([
    [
      'Sementara itu, kuasa hukum PT Lahan Makmur, Dewi Prameswari, menyambut baik putusan tersebut.',
    ],
    ['Dewi Prameswari dari PT Lahan Makmur menyambut baik putusan tersebut.'],
    ['Di tempat terpisah, Dewi Prameswari tampak lega mendengar putusan itu.'],
  ])('%s', narrative => {
    const paragraphs = [OPENING, narrative, '“Putusan ini membuktikan hak klien kami sah.”'];
    expect(lastQuoteSpeakers(...paragraphs)).toEqual(['Dewi Prameswari']);
    expect(
      withFeaturesOff(['discourse.floatingSubject'], () => lastQuoteSpeakers(...paragraphs)),
    ).toEqual(['Rudi Hartono']);
  });

  test.each([
    // The narrative is about the previous speaker: the quote goes on from him.
    ['Usai sidang, Rudi Hartono menemui puluhan warga di luar ruang sidang.'],
    // A new person only as an object, not as the subject.
    ['Usai sidang, warga menyalami Dewi Prameswari di depan gedung pengadilan.'],
  ])('the previous speaker goes on: %s', narrative => {
    expect(lastQuoteSpeakers(OPENING, narrative, '“Perjuangan masih panjang.”')).toEqual([
      'Rudi Hartono',
    ]);
  });
});
