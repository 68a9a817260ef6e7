import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * A noun presenting the name after it (`Namanya Sukarti.`, `Panggilannya Ucok.`) is a word of the
 * sentence, not the person's first name, so the speaker is the name alone. Invented paragraphs;
 * the speakers of the last quote.
 */
const SCENE = 'Seorang perempuan duduk di depan warung kecil di ujung pasar.';
const lastSpeakers = (...lines: string[]) => analyzeBody(SCENE, ...lines).quotes.at(-1)?.speakers;

describe('a possessed noun opening a name run', () => {
  test.each([
    ['Namanya Sukarti.', '“Dulu pembeli ramai sekali,” kata Sukarti.', 'Sukarti'],
    [
      'Namanya Darmaji, pedagang sayur sejak 1990.',
      '“Harga cabai naik terus,” ujar Darmaji.',
      'Darmaji',
    ],
    [
      'Namanya Wagiyo. Ayah tiga anak itu menjual pisang.',
      '“Pisang sedang murah,” kata Wagiyo.',
      'Wagiyo',
    ],
    [
      'Seorang pemuda menyapu halaman masjid. Panggilannya Ucok.',
      '“Saya di sini sejak subuh,” kata Ucok.',
      'Ucok',
    ],
  ])('%s %s', (intro, quote, speaker) => {
    expect(lastSpeakers(intro, quote)).toEqual([speaker]);
    const off = withFeaturesOff(['names.possessedNounOpens', 'names.nyaWordNoName'], () =>
      lastSpeakers(intro, quote),
    );
    expect(off).not.toEqual([speaker]);
  });
});
