import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

const intro = 'Perancang busana Laras Pramudita memamerkan koleksi tenun terbarunya di Maumere.';

/** The indirect quotes of the paragraphs, as [text, speakers]. */
const reported = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => [q.text, q.speakers]);

describe('a person noun opening a description closed by a demonstrative', () => {
  test.each([
    [
      'Perempuan asal Larantuka itu mengatakan seluruh benang diwarnai dengan akar mengkudu.',
      'seluruh benang diwarnai dengan akar mengkudu',
    ],
    [
      'Perempuan yang akrab disapa Ayu itu menuturkan satu kain bisa selesai dalam dua bulan.',
      'satu kain bisa selesai dalam dua bulan',
    ],
  ])('%s', (line, text) => {
    expect(reported(intro, line)).toEqual([[text, ['Laras Pramudita']]]);
  });

  test('told by sex and age alone it stays unnamed (negative case)', () => {
    expect(
      reported(intro, 'Perempuan paruh baya itu mengatakan harga kain terlalu mahal baginya.'),
    ).toEqual([['harga kain terlalu mahal baginya', []]]);
  });

  test('a person noun inside the sentence opens no description (negative case)', () => {
    expect(
      reported(intro, 'Kain buatan perempuan asal Larantuka itu menyebut nama desanya.'),
    ).toEqual([]);
  });
});
