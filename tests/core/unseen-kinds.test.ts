import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';
import { UNSEEN_CASES } from './unseen-kinds-cases';

describe('speakers of the kinds that go wrong on unseen articles (invented mini-articles)', () => {
  test.each(UNSEEN_CASES.map(([kind, paragraphs, speakers]) => [kind, paragraphs, speakers]))(
    '%s',
    (_kind, paragraphs, speakers) => {
      const { quotes } = analyzeBody(...paragraphs);
      expect(quotes.map(q => q.speakers)).toEqual(speakers);
    },
  );
});
