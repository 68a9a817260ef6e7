import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of an invented English paragraph, as [name, kind]. */
const speakers = (line: string) =>
  analyzeBody('Boats stayed in the harbour all week.', line).speakers.map(s => [s.name, s.kind]);

describe('an English organisation named by the occupation it gathers', () => {
  test.each([
    [
      'The Cibening Fishermen Association said the new rules would hurt small boats.',
      'Cibening Fishermen Association',
    ],
    ['The Teachers Union said the exam should be delayed by a week.', 'Teachers Union'],
    ['The Rice Farmers Council said the harvest would be late.', 'Rice Farmers Council'],
  ])('%s', (line, name) => {
    expect(speakers(line)).toEqual([[name, 'organization']]);
  });

  test.each([
    // A singular title stays a person's, and so does a head before a complement.
    ['Foreign Ministry Spokesperson Rina Kartika said the talks went well.', 'Rina Kartika'],
    ['Head of the Fisheries Agency Rina Kartika said the rules would help.', 'Rina Kartika'],
  ])('a person’s title: %s', (line, name) => {
    expect(speakers(line)).toEqual([[name, 'person']]);
  });

  test('switched off, the occupation is read as a title and the head as a name', () => {
    const off = withFeaturesOff(['names.englishMembersOrg'], () =>
      speakers('The Teachers Union said the exam should be delayed by a week.'),
    );
    expect(off).toEqual([['Union', 'person']]);
  });
});
