import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';
import { EXCLUDED, INCLUDED, INTRO } from './reported-policy-cases';

/** The indirect quotes of one case line after the introduction, as their texts. */
const indirect = (line: string) =>
  analyzeBody(INTRO, line)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => q.text);

describe('reports nothing the policy excludes', () => {
  test.each(EXCLUDED)('%s: %s', (_reason, line) => {
    expect(indirect(line)).toEqual([]);
  });
});

describe('reports the clause of every cue family the policy includes', () => {
  test.each(INCLUDED)('%s: %s', (_shape, line, text) => {
    expect(indirect(line)).toEqual([text]);
  });
});
