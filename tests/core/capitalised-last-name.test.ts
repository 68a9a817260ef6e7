import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** The speakers of each quote of the invented paragraphs. */
const quoteSpeakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(', '));

describe('a name whose last word spells a function word', () => {
  test.each([
    [
      'an age after the name',
      [
        'Pemahat termuda di sanggar itu adalah Marselina Tefa Dalam (19).',
        '“Saya belajar dari ayah,” ujar Marselina.',
      ],
      ['Marselina Tefa Dalam'],
    ],
    [
      'a comma after the name',
      ['Pedagang itu, Yohanes Tana Saat, menutup kiosnya.', '“Sepi sekali,” kata Yohanes.'],
      ['Yohanes Tana Saat'],
    ],
  ])('%s', (_, paragraphs, expected) => expect(quoteSpeakers(...paragraphs)).toEqual(expected));

  test('a day after a name stays out of it', () =>
    expect(quoteSpeakers('“Kami siap,” kata Budi Santoso Senin (3/4).')).toEqual(['Budi Santoso']));
});
