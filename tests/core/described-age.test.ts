import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** The speakers of each quote of the invented paragraphs, with the words that named them. */
const attributions = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => `${q.mention} → ${q.speakers.join(', ')}`);

describe('a description with an age points back to the person it describes', () => {
  test.each([
    [
      'after a post-posed cue, closed by `itu`',
      [
        '“Kami kalah segalanya,” kata pelatih Persikabo, Dedi Santoso, seusai laga.',
        '“Kami harus bangkit,” ujar pelatih berusia 51 tahun itu.',
      ],
      [
        'pelatih Persikabo, Dedi Santoso → Dedi Santoso',
        'pelatih berusia 51 tahun itu → Dedi Santoso',
      ],
    ],
    [
      'after `menurut`, the clause starting after the description',
      [
        '“Kami siap bertanding,” kata pemain sayap Rina Kartika.',
        'Menurut pemain berumur 24 tahun itu, para pemain muda belum siap menghadapi tekanan di laga tandang.',
      ],
      ['pemain sayap Rina Kartika → Rina Kartika', 'pemain berumur 24 tahun itu → Rina Kartika'],
    ],
  ])('%s', (_, paragraphs, expected) => expect(attributions(...paragraphs)).toEqual(expected));

  test('a number that is no age still ends the description', () =>
    expect(
      attributions(
        '“Kami kalah segalanya,” kata pelatih Persikabo, Dedi Santoso, seusai laga.',
        '“Itu bukan alasan,” ujar pelatih 48 kali juara itu.',
      )[1],
    ).not.toBe('pelatih 48 kali juara itu → Dedi Santoso'));
});
