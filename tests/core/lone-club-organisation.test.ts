import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/** Each quote's speakers of invented paragraphs. */
const read = (...paragraphs: string[]) => analyzeBody(...paragraphs).quotes.map(q => q.speakers);

const COACH = 'Pelatih Persikura Bramantyo Kusnandar puas dengan permainan anak asuhnya.';

/** A club the article writes alone speaks as a club, not as the person whose role names it. */
const CASES: readonly (readonly [sentence: string])[] = [
  ['Persikura lewat rilis klub menyebut tiket laga kandang berikutnya sudah habis terjual.'],
  ['Persikura dalam siaran persnya menyebut laga berikutnya digelar tanpa penonton.'],
];

describe('a lone club at a cue', () => {
  test.each(CASES)('%s', sentence => expect(read(COACH, sentence)).toEqual([['Persikura']]));
  test.each(CASES)('without the feature: %s', sentence =>
    withFeaturesOff(['names.loneClubOrganisation'], () =>
      expect(read(COACH, sentence)).not.toEqual([['Persikura']]),
    ),
  );
  test('a person the article names so stays a person', () =>
    expect(
      read(
        'Pemain senior Persada Kusnandar mencetak dua gol.',
        'Persada menyatakan timnya siap menghadapi laga berikutnya.',
      ),
    ).toEqual([['Persada Kusnandar']]));
});
