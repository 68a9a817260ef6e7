import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

// The first given names here are ones no name lexicon knows: the short form in brackets decides
// (names.englishOrgBracketCloses).
const rows = [
  [
    'Economist at the Institute for Trade Studies (ITS) Naufal Budi Santoso warned that the target was ambitious.',
    'Naufal Budi Santoso',
    'Institute for Trade Studies (ITS)',
  ],
  [
    'Peneliti Center for Strategic Policy (CSP) Haikal Dimas Pratama menilai target itu ambisius.',
    'Haikal Dimas Pratama',
    'Peneliti Center for Strategic Policy (CSP)',
  ],
] as const;

describe('an English organisation’s short form in brackets closes its name before a person', () => {
  test.each(rows)('%s', (paragraph, name, role) =>
    expect(speakerRoles(paragraph)).toEqual([[name, role]]),
  );

  test('a known place right after the bracket is still the seat', () => {
    expect(
      speakerRoles(
        'Researcher at the Center for Maritime Studies (CMS) Jakarta Rudi Hartono said the plan was weak.',
      ),
    ).toEqual([['Rudi Hartono', 'Center for Maritime Studies (CMS) Jakarta']]);
  });

  test('switched off, the unknown first name is read as the seat', () => {
    const off = withFeaturesOff(['names.englishOrgBracketCloses'], () =>
      rows.map(([paragraph]) => speakerRoles(paragraph)[0]?.[0]),
    );
    expect(off).toEqual(['Budi Santoso', 'Dimas Pratama']);
  });
});
