import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of the last quote of the invented paragraphs. */
const lastSpeakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.at(-1)!.speakers;

// An organisation and one named pilgrim heard from first: without the crowd, `they` could only
// mean the organisation.
const FIRST =
  'The Ministry of Religious Affairs said the search teams would keep working. Khodijah, who shares a room with the woman, said the group had prayed every night. “We prayed after every Isha,” Khodijah said.';

describe('English `several`/`many` open an unnamed crowd, the one a later `they` means', () => {
  test.each([
    'Several pilgrims nodded in agreement. “Now we will take turns holding her hand,” they said, laughing.',
    'Many residents gathered at the gate. “We only want the road repaired,” they said.',
  ])('%s', second => {
    expect(lastSpeakers(FIRST, second)).toEqual([]);
    const off = withFeaturesOff(['cast.englishGroupOpeners'], () => lastSpeakers(FIRST, second));
    expect(off).toEqual(['Ministry of Religious Affairs']);
  });

  test('two people heard from after the crowd are whom `they` means', () => {
    const second =
      'Several pilgrims waited outside. Khodijah said the group would pray again. “We will not give up,” Fauzi Rahman said. “We will find her,” they said.';
    expect(lastSpeakers(FIRST, second)).toEqual(['Khodijah', 'Fauzi Rahman']);
  });
});
