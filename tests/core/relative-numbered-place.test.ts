import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers' names of an invented paragraph. */
const names = (text: string) => analyzeBody(text).speakers.map(s => s.name);

// A relative clause between commas describes the name before `yang`, which is the subject; a
// place inside it named with a number (a school, a neighbourhood unit) is no speaker of its own.
describe('a numbered place inside a relative clause is not the subject', () => {
  test.each([
    [
      'Guru honorer Rina Kartika mengeluhkan gaji. Rina, yang sudah sembilan tahun mengajar di SDN 4 Sukamaju, menyebut banyak rekannya mencari kerja sampingan.',
      ['Rina Kartika'],
    ],
    [
      'Perawat Dewi Lestari mengatakan pasien bertambah. Dewi, yang bertugas di Puskesmas 2 Cibening, menyebut stok obat menipis.',
      ['Dewi Lestari'],
    ],
  ])('%s', (text, speakers) => {
    expect(names(text)).toEqual(speakers);
    // The unit's digit inside the place's name (names.unitDigit) also keeps the place whole, and a
    // one-word given name the article opened a name with is a person before `yang`
    // (names.relativeKnownGiven) by itself.
    const off = withFeaturesOff(
      ['names.relativeNumberedPlace', 'names.unitDigit', 'names.relativeKnownGiven'],
      () => names(text),
    );
    expect(off).not.toEqual(speakers);
  });
});
