import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A description after a cue may tell a person's people or home and then an age before its
 * demonstrative (`kata perempuan Minahasa berusia 47 tahun itu`): the demonstrative closes the whole
 * description, so the capitalised word is what the writer adds of the person, not her name.
 */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [
    'a weaver told by her people and age with `berusia`',
    [
      'Perajin tenun Kartinah Dalimunthe memamerkan kain ulos di pameran kriya Medan.',
      'Ia menjual dua puluh helai dalam sehari, katanya.',
      '“Motif ini warisan nenek saya,” kata perempuan Betawi berusia 41 tahun itu.',
    ],
    ['Kartinah Dalimunthe'],
  ],
  [
    'a farmer told by his people and a bare age',
    [
      'Petani kopi Jonaedi Purbaningrum menunjukkan kebunnya di lereng bukit.',
      '“Panen tahun ini lebih sedikit,” ujar lelaki Dayak 56 tahun tersebut.',
    ],
    ['Jonaedi Purbaningrum'],
  ],
  [
    'guard: a full name before the age is the person’s',
    [
      'Pameran kriya digelar di Medan.',
      '“Motif ini warisan nenek saya,” kata penenun Kartinah Dalimunthe berusia 41 tahun itu.',
    ],
    ['Kartinah Dalimunthe'],
  ],
  [
    'guard: a person named after the description word keeps her name',
    [
      'Penyanyi Sukarmini Tumangger tampil di alun-alun.',
      '“Saya gugup sekali,” kata biduan Sukarmini.',
    ],
    ['Sukarmini Tumangger'],
  ],
];

describe('an age closing a description after a cue', () => {
  test.each(CASES)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('switched off, the capitalised word becomes a speaker of its own', () => {
    const [, paragraphs, speakers] = CASES[0]!;
    withFeaturesOff(['names.agedDescriptionClosed'], () =>
      expect(lastSpeakers(...paragraphs)).not.toEqual(speakers),
    );
  });
});
