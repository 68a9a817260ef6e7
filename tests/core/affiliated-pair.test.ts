import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers (name and role) of the last quote of an invented paragraph. */
function speakers(text: string) {
  const { speakers: cast, quotes } = analyzeBody(text);
  const role = new Map(cast.map(s => [s.name, s.role]));
  return quotes[quotes.length - 1]!.speakers.map(n => [n, role.get(n) ?? null]);
}

// Two people joined by `dan`, each with the organisation after `dari`: both speak, each with its
// organisation as role; the last organisation is not the speaker.
describe('two affiliated people joined by `dan` both speak', () => {
  test.each([
    [
      'Budi Santoso dari KPK dan Rina Kartika dari ICW mengatakan, “Kami siap.”',
      [
        ['Budi Santoso', 'KPK'],
        ['Rina Kartika', 'ICW'],
      ],
    ],
    [
      'Budi Santoso dan Rina Kartika dari ICW mengatakan, “Kami siap.”',
      [
        ['Budi Santoso', null],
        ['Rina Kartika', 'ICW'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
    expect(withFeaturesOff(['names.affiliatedPair'], () => speakers(text))).not.toEqual(expected);
  });

  test('one affiliated person still speaks alone', () => {
    expect(speakers('Budi Santoso dari KPK mengatakan, “Kami siap.”')).toEqual([
      ['Budi Santoso', null],
    ]);
  });
});
