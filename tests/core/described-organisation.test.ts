import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers, joined. */
const said = (paragraph: string) => analyzeBody(paragraph).quotes.map(q => q.speakers.join(' + '));

const ENGLISH =
  'Meanwhile, PT Cahaya Tambang Lestari, one of the miners in Cibening, said in a statement that it had set aside funds for a clinic.';

describe('an organisation described between commas before the cue speaks', () => {
  test.each([
    ENGLISH,
    'Sementara itu, PT Cahaya Tambang Lestari, produsen nikel di Cibening, mengatakan pihaknya telah menyiapkan dana klinik.',
  ])('%s', paragraph => expect(said(paragraph)).toEqual(['PT Cahaya Tambang Lestari']));

  test('a person described so keeps the description as role', () => {
    const { speakers } = analyzeBody(
      'Meanwhile, Budi Santoso, one of the fishermen in Cibening, said that the catch had fallen by half.',
    );
    expect(speakers.map(s => [s.name, s.role])).toEqual([
      ['Budi Santoso', 'one of the fishermen in Cibening'],
    ]);
  });

  test('switched off, the place inside the description is read as the speaker', () => {
    const off = withFeaturesOff(['names.describedOrganisation'], () => said(ENGLISH));
    expect(off).toEqual(['Cibening']);
  });
});
