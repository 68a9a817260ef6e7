import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { castPeople } from './summarize';

// names.rankInBrackets: `(Purn)` after a force's name says the rank is retired; it names no
// members of the force, so the given name after it stays the person's.
const ROWS: readonly (readonly [string, string])[] = [
  [
    'Ketua panitia, Mayjen TNI (Purn) Abdullah Sani Siregar, membuka acara.',
    'Abdullah Sani Siregar',
  ],
  ['Irjen Polri (Purn) Ahmad Fauzi Lubis hadir sebagai saksi ahli.', 'Ahmad Fauzi Lubis'],
];

describe('a retired rank in brackets keeps the name after it whole (names.rankInBrackets)', () => {
  test.each(ROWS)('%s', (sentence, name) => {
    expect(castPeople(sentence)).toEqual([name]);
    expect(withFeaturesOff(['names.rankInBrackets'], () => castPeople(sentence))).not.toEqual([
      name,
    ]);
  });
});
