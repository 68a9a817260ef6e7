import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The names of the speakers of an invented paragraph. */
const names = (paragraph: string) => analyzeBody(paragraph).speakers.map(s => s.name);

/** [paragraph, speaker]: `according to the <organisation>, …`. */
const ROWS: readonly (readonly [paragraph: string, speaker: string])[] = [
  [
    'According to the Regional Health Agency, dozens of patients were treated.',
    'Regional Health Agency',
  ],
  ['According to the Public Works Office, the bridge will reopen in May.', 'Public Works Office'],
  [
    'According to the River Basin Authority, the water level fell overnight.',
    'River Basin Authority',
  ],
];

describe('`according to the X, …`: the article is no word of the organisation’s name', () => {
  test.each(ROWS)('%s', (paragraph, speaker) => expect(names(paragraph)).toEqual([speaker]));
  test('switched off, the name kept its article', () => {
    const off = withFeaturesOff(['names.englishArticleOffName'], () => names(ROWS[0]![0]));
    expect(off).toEqual([`the ${ROWS[0]![1]}`]);
  });
});
