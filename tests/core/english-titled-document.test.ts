import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * An English document named by its capitalised title, its noun last (`the Global Nutrition
 * Report`), is a document source: no quote, no speaker, and a later `she` means the person the
 * article did name (reported.englishTitledDocument).
 */
const PARAGRAPHS = [
  'Stunting remains high in the region, according to the Regional Nutrition Survey.',
  'Health office head Sekarwangi Purba said the district would train 200 more midwives.',
  '"We need a midwife in every village," she said.',
] as const;

const read = () => {
  const { quotes, speakers } = analyzeBody(...PARAGRAPHS);
  return { quotes: quotes.map(q => q.speakers.join(' + ')), speakers: speakers.map(s => s.name) };
};

describe('an English document by its title', () => {
  test('is no speaker', () =>
    expect(read()).toEqual({
      quotes: ['Sekarwangi Purba', 'Sekarwangi Purba'],
      speakers: ['Sekarwangi Purba'],
    }));

  test('switched off, the survey is read as a speaker of a quote', () => {
    const off = withFeaturesOff(['reported.englishTitledDocument'], read);
    expect(off.quotes).toHaveLength(3);
    expect(off.speakers).toHaveLength(2);
  });
});
