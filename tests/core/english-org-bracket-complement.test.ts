import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speaker of each quote of the invented paragraphs, in order. */
const quoteSpeakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' & '));

const PATROL = 'it would add rangers to the park.';

describe('an English organisation with its acronym in brackets before the `of` of its region', () => {
  test.each([
    [
      'an agency of a province',
      `The Forest Conservation Agency (FCA) of East Kalimantan said ${PATROL}`,
      ['Forest Conservation Agency (FCA) of East Kalimantan'],
    ],
    [
      'an office of a regency',
      `The Fisheries Office (FO) of Lembah Hijau Regency said ${PATROL}`,
      ['Fisheries Office (FO) of Lembah Hijau Regency'],
    ],
    [
      'then the agency speaks again by its description',
      `The Forest Conservation Agency (FCA) of East Kalimantan said ${PATROL} "We will add rangers," the agency said in a statement.`,
      [
        'Forest Conservation Agency (FCA) of East Kalimantan',
        'Forest Conservation Agency (FCA) of East Kalimantan',
      ],
    ],
    // Negative: the acronym closes the name, no complement after it.
    [
      'the acronym closing the name',
      `The Forest Conservation Agency (FCA) said ${PATROL}`,
      ['Forest Conservation Agency'],
    ],
  ])('%s', (_, paragraph, expected) => expect(quoteSpeakers(paragraph)).toEqual(expected));

  test('the acronym is the organisation’s alias', () => {
    const { speakers } = analyzeBody(
      `The Forest Conservation Agency (FCA) of East Kalimantan said ${PATROL}`,
    );
    expect(speakers.map(s => s.aliases)).toEqual([['FCA']]);
  });

  test('switched off, the complement is not read with the organisation', () => {
    const off = withFeaturesOff(['names.englishOrgBracketComplement'], () =>
      quoteSpeakers(`The Forest Conservation Agency (FCA) of East Kalimantan said ${PATROL}`),
    );
    expect(off).not.toEqual(['Forest Conservation Agency (FCA) of East Kalimantan']);
  });
});
