import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The last quote of the invented paragraphs: its speakers and how the cue named them. */
const lastQuote = (...paragraphs: string[]) => {
  const q = analyzeBody(...paragraphs).quotes.at(-1)!;
  return { speakers: q.speakers, mention: q.mention };
};

// A named fishmonger heard from first.
const SELLER =
  'At the market, Rahmat Hidayat has sold fish since 1998. “Buyers used to crowd here,” Rahmat said.';

describe('an unnamed English speaker after an inverted cue (`said a buyer`) is nobody named', () => {
  test.each([
    ['“His scales are never short,” said a buyer.', 'a buyer'],
    ['“His scales are never short,” said another buyer.', 'another buyer'],
    ['“His scales are never short,” said one of the buyers.', 'one of the buyers'],
    [
      '“We wait for him every morning,” said one of the women, who declined to give her name.',
      'one of the women',
    ],
    ['“His scales are never short,” said a shopper from the next village.', 'a shopper'],
  ])('%s', (second, mention) => {
    expect(lastQuote(SELLER, second)).toEqual({ speakers: [], mention });
    const off = withFeaturesOff(['names.englishUnnamedAfterCue'], () => lastQuote(SELLER, second));
    expect(off.speakers).toEqual(['Rahmat Hidayat']);
  });

  test('a named speaker after the cue is read as before', () => {
    const second = '“His scales are never short,” said Maya Sari, a teacher.';
    expect(lastQuote(SELLER, second).speakers).toEqual(['Maya Sari']);
  });
});

describe('after a closing mark, a description set off before an aside withholding the name, then the cue', () => {
  test.each([
    '“Nobody tells us anything,” another buyer, who declined to be named, said.',
    '“Nobody tells us anything,” a driver, who asked not to be named, said from his cabin.',
  ])('%s', second => {
    expect(lastQuote(SELLER, second).speakers).toEqual([]);
    const off = withFeaturesOff(['quotes.anonymousAsideBeforeCue'], () =>
      lastQuote(SELLER, second),
    );
    expect(off.speakers).toEqual(['Rahmat Hidayat']);
  });

  test('an aside that names others keeps no unnamed speaker of its own', () => {
    const second = '“Nobody tells us anything,” Rahmat, who named three suppliers, said.';
    expect(lastQuote(SELLER, second).speakers).toEqual(['Rahmat Hidayat']);
  });
});
