import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const OFFICIAL =
  'Regional envoy Bramantyo Kusnandar said on Monday the talks would resume. "We remain hopeful," Kusnandar said.';

/** The speakers of the last direct quote after the envoy's paragraph. */
function lastQuote(paragraph: string): string {
  const direct = analyzeBody(OFFICIAL, paragraph).quotes.filter(q => q.type === 'direct');
  return direct[direct.length - 1]!.speakers.join(' + ');
}

// discourse.englishStatementAuthor: `the statement said`, `the joint communique said` point back
// to the statement's author, the nearest clause subject before it, not the envoy who spoke last.
const ROWS: [string, string][] = [
  [
    'Ende Fishers Union',
    'The Ende Fishers Union, for its part, urged both navies to stay out of traditional fishing grounds. "Our boats are small and our nets are old," the statement said.',
  ],
  [
    'Lubai Farmers Alliance',
    'The Lubai Farmers Alliance said on Tuesday it would join the protest. "Land without water is no land at all," the joint statement said.',
  ],
  [
    'Tanah Datar Teachers Forum',
    'The Tanah Datar Teachers Forum said on Friday that classrooms were unsafe. "Every child deserves a roof over the classroom," the official communique said.',
  ],
];

describe('an English statement pointed back to is its author (discourse.englishStatementAuthor)', () => {
  test.each(ROWS)('%s', (author, paragraph) => expect(lastQuote(paragraph)).toBe(author));

  test.each(ROWS)('switched off: %s', (author, paragraph) => {
    const off = withFeaturesOff(['discourse.englishStatementAuthor'], () => lastQuote(paragraph));
    expect(off).not.toBe(author);
  });

  // Guards from a review: a publication (`the Post`) and a letter someone received are no
  // statement of the subject before them.
  test.each([
    'Governor Sukamto Jonaedi denied the claim after the Ende Post published a report. "The audit found gaps," the Post said.',
    'Regent Surtaman Dalimunthe said he had received a letter from the fishers. "We have waited three years," the letter said.',
  ])('no statement pointer: %s', paragraph =>
    expect(lastQuote(paragraph)).not.toMatch(/Sukamto Jonaedi|Surtaman Dalimunthe/u),
  );

  test('a statement written in title case is still a statement', () => {
    const paragraph =
      'Fisheries Minister Sukamto Jonaedi signed the Joint Statement in Ende on Friday. "Both sides will patrol the strait," the Joint Statement said.';
    expect(lastQuote(paragraph)).toBe('Sukamto Jonaedi');
  });

  test('a person named as the subject before the statement is its author', () => {
    const paragraph =
      'Sukamto Jonaedi, who heads the relief mission, said in a statement that supplies were low. "We need fuel before flour," the statement said.';
    expect(lastQuote(paragraph)).toBe('Sukamto Jonaedi');
  });
});
