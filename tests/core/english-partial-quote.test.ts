import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Every quote of invented paragraphs as `type: speakers | text`, speakers joined by `+`. */
const quotes = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(
    q => `${q.type === 'direct' ? 'D' : 'I'}: ${q.speakers.join(' + ')} | ${q.text}`,
  );

const STATEMENT =
  'In a joint statement, the Coastal Towns Association said it "remained deeply worried" about the new dam.';

describe('English: a partial quote inside a reported statement', () => {
  test.each([
    [STATEMENT, 'D: Coastal Towns Association | remained deeply worried'],
    [
      'Rina Kartika said she "would never resign" over the report.',
      'D: Rina Kartika | would never resign',
    ],
    [
      'The union warned that they "will not accept any more delays" from the company.',
      'D:  | will not accept any more delays',
    ],
    [
      'Budi Santoso said that he "had done nothing wrong" in the deal.',
      'D: Budi Santoso | had done nothing wrong',
    ],
  ])('%s', (line, expected) => {
    // One direct quote; the reported clause around it is no second entry.
    expect(quotes(line)).toEqual([expected]);
  });

  test.each([
    // A capitalised name in marks is a title or a term, not the speaker's words.
    ['The ministry said it "Kota Hijau" would open in May.'],
    // One quoted word is a scare quote.
    ['Rina Kartika said she "regretted" the decision.'],
  ])('no partial quote: %s', line => {
    expect(quotes(line).filter(q => q.startsWith('D:'))).toEqual([]);
  });

  test('switched off, the clause holding the marks is the only quote', () => {
    const off = withFeaturesOff(['quotes.englishPartial'], () => quotes(STATEMENT));
    expect(off).toEqual([
      'I: Coastal Towns Association | it "remained deeply worried" about the new dam',
    ]);
  });
});
