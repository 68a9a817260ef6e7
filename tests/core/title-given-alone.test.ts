import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each quote's speakers, as names, for one or more invented paragraphs. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

describe('a title word that is also a given name, used alone after a cue', () => {
  test('names the person whose name the article opens with it', () =>
    expect(
      speakersOf(
        'Ketua DMI Cibening, Ustaz Imam Fauzan Harahap, menjelaskan gerakan itu menyasar ratusan masjid.',
        '“Setiap masjid punya satu kajian pekan ini,” kata Imam.',
      ),
    ).toEqual(['Imam Fauzan Harahap', 'Imam Fauzan Harahap']));

  test('is the title of the one who holds it when no name opens with it', () =>
    expect(
      speakersOf(
        'Imam Masjid Raya Sukamaju, Hasan Mahfudz, mengatakan pengajian digelar setiap Kamis malam.',
        '“Kami siap menampung jamaah,” kata Imam.',
      ),
    ).toEqual(['Hasan Mahfudz', 'Hasan Mahfudz']));
});
