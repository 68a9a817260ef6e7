import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers, as names, for one or more invented paragraphs. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

// A person's origin (`dari Cibening`, `asal Sukamaju`) between two listed people is where the first
// comes from, not a member of the list.
describe('the origin of a listed person is no member of the list', () => {
  test.each([
    [
      'Rina Kartika dari Cibening dan Andi Pratama mengatakan mereka sudah mendaftar sejak pagi.',
      'Rina Kartika + Andi Pratama',
    ],
    [
      'Menurut Budi Hartono dari Cibening dan Dedi Kurnia, harga beras akan turun pekan depan.',
      'Budi Hartono + Dedi Kurnia',
    ],
    [
      '“Harga beras akan turun pekan depan,” kata Budi Hartono asal Sukamaju dan Dedi Kurnia.',
      'Budi Hartono + Dedi Kurnia',
    ],
  ])('%s', (sentence, speakers) => {
    expect(speakersOf(sentence)).toEqual([speakers]);
    const off = withFeaturesOff(['names.memberOrigin'], () => speakersOf(sentence));
    expect(off).not.toEqual([speakers]);
  });

  // A place after `dan` is the origin's second place, not a person.
  test('kata Budi Hartono dari Cibening dan Jakarta', () => {
    const sentence =
      '“Harga beras akan turun pekan depan,” kata Budi Hartono dari Cibening dan Jakarta.';
    expect(speakersOf(sentence)).toEqual(['Budi Hartono']);
  });
});
