import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * English `he`/`she` agrees with what the article tells of its antecedent's sex: a title (`Mr`,
 * `Ms`, `Pak`, `Bu`), a role noun (`spokeswoman`) or a pronoun after the person's name in the same
 * sentence (discourse/gender.ts).
 */
const CASES: readonly (readonly [string, readonly string[], string])[] = [
  // A title before the name tells it.
  [
    'title',
    [
      'Mr Harlan Voss, the trade envoy, met the delegation on Monday.',
      'Ms Priya Nandakumar, the minister, said talks would continue.',
      '“We are close to a deal,” he said.',
    ],
    'Harlan Voss',
  ],
  [
    'Indonesian title',
    [
      'Bu Ratna Sulistyo, the village head, said the market would open on Sunday.',
      'Pak Dimas Prakoso, a fisheries official, said the catch had doubled.',
      '“The women here run every stall,” she said.',
    ],
    'Ratna Sulistyo',
  ],
  // A pronoun after the name in the same sentence tells it.
  [
    'pronoun after the name',
    [
      'Minister Priya Nandakumar said her team had worked all week.',
      'Deputy Harlan Voss attended the meeting too.',
      '“We are close to a deal,” she said.',
    ],
    'Priya Nandakumar',
  ],
  // A role noun tells it.
  [
    'role noun',
    [
      'Company spokeswoman Alma Reyes said the plant would reopen in May.',
      'Union leader Tomas Brandt criticised the delay.',
      '“Nobody has lost a job,” she said.',
    ],
    'Alma Reyes',
  ],
  // The description a name is set off after tells it, as a role noun does.
  [
    'lead-in',
    [
      'The mother of a pupil hurt at a boarding school, Wulan Sasmita, demanded an inquiry on Monday.',
      'Her son, Bayu Laksono, lost consciousness after being beaten by older pupils.',
      '“I want the school closed,” she said.',
    ],
    'Wulan Sasmita',
  ],
];

describe('English he/she agrees with the sex the article tells of its antecedent', () => {
  test.each(CASES)('%s', (_, paragraphs, speaker) => {
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]);
  });

  test('a person the article tells nothing about still takes either pronoun', () => {
    expect(
      lastSpeakers(
        'Trade envoy Harlan Voss met the delegation on Monday.',
        '“We are close to a deal,” she said.',
      ),
    ).toEqual(['Harlan Voss']);
  });

  test('a pronoun after somebody else is named between tells nothing of the subject', () => {
    expect(
      lastSpeakers(
        'Ambassador Harlan Voss thanked Priya Nandakumar for her patience.',
        '“We are close to a deal,” he said.',
      ),
    ).toEqual(['Harlan Voss']);
  });

  test('switched off, the previous speaker or the newest subject takes the pronoun', () => {
    const [, first] = CASES[0]!;
    const [, third] = CASES[2]!;
    // The mismatch also leaves a pronoun unnamed (discourse.genderAgreementRequired).
    withFeaturesOff(['discourse.genderMismatch', 'discourse.genderAgreementRequired'], () =>
      expect(lastSpeakers(...first)).toEqual(['Priya Nandakumar']),
    );
    withFeaturesOff(['discourse.genderAgrees'], () =>
      expect(lastSpeakers(...third)).toEqual(['Harlan Voss']),
    );
    const [, leadIn] = CASES[4]!;
    withFeaturesOff(['discourse.leadInGender'], () =>
      expect(lastSpeakers(...leadIn)).toEqual(['Bayu Laksono']),
    );
  });
});
