import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { splitRun } from '../../core/engine/names/name-split';
import { tokenize } from '../../core/engine/text/text';
import { lastSpeakers } from './summarize';

describe('an English sentence led by a new person hands them the next `he said`', () => {
  const paragraphs = [
    'Home coach Dedi Santoso said his team had lacked focus. “We made too many mistakes,” Santoso said.',
    'Bali United coach Rudi Hartono praised his players. “They followed the plan perfectly,” he told reporters.',
  ];
  const last = () => lastSpeakers(...paragraphs);

  test('the quote is the new subject’s', () => {
    expect(last()).toEqual(['Rudi Hartono']);
  });

  test('switched off, the previous speaker kept it', () => {
    expect(withFeaturesOff(['discourse.englishLeadingVerb'], last)).toEqual(['Dedi Santoso']);
  });
});

describe('a team word after a place names the team, nobody', () => {
  test.each([['Bali United'], ['Bandung United']])('%s', run => {
    expect(splitRun(tokenize(run), run, new Set()).name).toBeNull();
  });

  test('a given name after a place is still a person’s', () => {
    expect(splitRun(tokenize('Bupati Bantul Joko'), 'Bupati Bantul Joko', new Set()).name).toBe(
      'Joko',
    );
  });
});
