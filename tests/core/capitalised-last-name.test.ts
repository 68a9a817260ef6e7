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
        'Penenun termuda adalah Kristina Ndapa Lalu (23).',
        '“Saya belajar dari nenek,” tutur Kristina.',
      ],
      ['Kristina Ndapa Lalu'],
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
