import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

const analyze = (paragraph: string) => analyzeBody(paragraph);

describe('a lowercase-led organisation phrase opening the clause is the whole organisation', () => {
  test.each([
    [
      'Komunitas intelijen AS menyimpulkan bahwa serangan itu direncanakan.',
      'Komunitas intelijen AS',
    ],
    ['Badan antariksa Jepang mengumumkan bahwa peluncuran ditunda.', 'Badan antariksa Jepang'],
  ])('%s', (paragraph, org) => {
    const got = analyze(paragraph);
    expect(got.quotes.map(q => q.speakers)).toEqual([[org]]);
    expect(got.speakers).toMatchObject([{ name: org, kind: 'organization' }]);
  });

  test('a person noun before the acronym is not an organisation head', () => {
    const got = analyze('Pejabat intelijen AS mengatakan bahwa serangan itu direncanakan.');
    expect(got.speakers.map(s => s.name)).not.toContain('Pejabat intelijen AS');
  });

  test('an organisation head inside the clause does not take the subject', () => {
    const got = analyze('Hendra Gunawan mengatakan bahwa badan intelijen AS menyimpulkan hal itu.');
    expect(got.quotes.map(q => q.speakers)).toEqual([['Hendra Gunawan']]);
  });

  test('a place after a preposition locates the organisation, it is not its name', () => {
    const got = analyze('Otoritas kesehatan di Jepang mengatakan bahwa wabah mereda.');
    expect(got.speakers.map(s => s.name)).not.toContain('Otoritas kesehatan di Jepang');
  });

  test.each([
    ['Pejabat intelijen AS mengatakan bahwa serangan itu direncanakan.'],
    ['Seorang pejabat intelijen Jepang mengatakan bahwa serangan itu direncanakan.'],
  ])('a person noun heading the phrase is an unnamed member: %s', paragraph => {
    const got = analyze(paragraph);
    expect(got.quotes.map(q => q.speakers)).toEqual([[]]);
    expect(got.speakers).toEqual([]);
  });

  test('after a cue the lowercase phrase is the organisation too', () => {
    const got = analyze('Menurut komunitas intelijen Jepang, serangan itu sudah direncanakan.');
    expect(got.quotes.map(q => q.speakers)).toEqual([['komunitas intelijen Jepang']]);
    expect(got.speakers).toMatchObject([{ kind: 'organization' }]);
  });

  test('after a cue a person noun heading the phrase stays unnamed', () => {
    const got = analyze('Menurut pejabat intelijen Jepang, serangan itu sudah direncanakan.');
    expect(got.quotes.map(q => q.speakers)).toEqual([[]]);
  });
});
