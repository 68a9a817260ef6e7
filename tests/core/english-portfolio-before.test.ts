import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

const CASES: [string, string, string][] = [
  [
    '“We will continue to monitor the situation,” said Religious Affairs Minister Hasan Mahfudz.',
    'Hasan Mahfudz',
    'Religious Affairs Minister',
  ],
  [
    'Foreign Minister Laras Pramesti said the talks would resume next week.',
    'Laras Pramesti',
    'Foreign Minister',
  ],
];

describe('English writes an office’s portfolio before its head', () => {
  test.each(CASES)('%s', (paragraph, name, role) =>
    expect(speakerRoles(paragraph)).toEqual([[name, role]]),
  );

  test('switched off, the role keeps its head alone', () => {
    const off = withFeaturesOff(['names.englishPortfolioBefore'], () =>
      CASES.map(([paragraph]) => speakerRoles(paragraph)[0]?.[1]),
    );
    expect(off[0]).toBe('Minister');
  });
});
