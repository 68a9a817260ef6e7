import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { sentences } from '../../core/engine/text/text';
import { castPeople, lastSpeakers } from './summarize';

/**
 * A Roman numeral after a lowercase noun counted by it (`kelas V`, `lantai III`; lexicon/time-nouns.ts
 * NUMBERED_NOUNS) is that number, never a person's initial: its dot may end the sentence, and the
 * capitalised word after it opens the next one (names.numberAfterNoun).
 */
const SCHOOL =
  'Juara lomba menggambar tahun ini adalah Dimas, siswa kelas V. Bocah itu mengatakan, “Saya menggambar kapal nelayan milik ayah.”';

describe('a Roman numeral counting a noun', () => {
  test('the dot after it ends the sentence', () => {
    const text = 'Ruang itu ada di lantai III. Pengunjung naik lewat tangga.';
    expect(sentences(text).length).toBe(2);
  });

  test('no initial glued to the next sentence’s first word', () => {
    expect(castPeople(SCHOOL)).toEqual(['Dimas']);
  });

  test('the description after it means the pupil set off with the class', () => {
    expect(lastSpeakers('Kepala sekolah Rina Kartika membuka pameran.', SCHOOL)).toEqual(['Dimas']);
  });

  test('an initial after a name word is still an initial', () => {
    expect(castPeople('Kepala sekolah V. Sutrisno mengatakan murid bertambah.')).toEqual([
      'V. Sutrisno',
    ]);
  });

  test('switched off, the numeral read as an initial', () => {
    const off = withFeaturesOff(['names.numberAfterNoun'], () => castPeople(SCHOOL));
    expect(off).not.toEqual(['Dimas']);
  });
});
