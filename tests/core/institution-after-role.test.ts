import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

describe('after a role, an organisation head opens an institution, never a person’s name', () => {
  test.each([['kata juru bicara Gedung Putih'], ['kata juru bicara Kementerian Luar Negeri']])(
    '%s → an unnamed spokesperson, no speaker',
    cue => {
      const got = analyzeBody(`“Kami menolak usulan itu,” ${cue}.`);
      expect(got.quotes.map(q => q.speakers)).toEqual([[]]);
      expect(got.speakers).toEqual([]);
    },
  );

  test('a name after the institution is still the person', () => {
    const got = analyzeBody(
      '“Kami menolak usulan itu,” kata juru bicara Kementerian Pariwisata Sarah Miller.',
    );
    expect(got.quotes.map(q => q.speakers)).toEqual([['Sarah Miller']]);
  });
});
