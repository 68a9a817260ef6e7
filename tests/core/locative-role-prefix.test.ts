import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

describe('a lowercase role before a name never crosses a locative preposition', () => {
  test.each([
    // `petani di X`: a farmer in a place; the place is no speaker, whoever the pronoun means.
    'Pemerintah menaikkan harga pupuk. Kebijakan itu dikeluhkan Wagiman, petani di Cibening. “Kami rugi besar,” ujarnya.',
    'Hal itu dibantah Wagiman, petani di Cibening. Menurut dia, harga gabah masih rendah.',
  ])('%s', paragraph => {
    const { speakers, quotes } = analyzeBody(paragraph);
    expect(speakers.map(s => s.name)).not.toContain('Cibening');
    expect(quotes.flatMap(q => q.speakers)).not.toContain('Cibening');
  });

  test.each([
    // A lowercase role of several words still opens the mention.
    ['“Berkas sudah lengkap,” kata jaksa penuntut umum Rina Safitri.', 'jaksa penuntut umum'],
    // A role after the name between commas keeps its place.
    ['Wagiman, petani di Cibening, mengatakan harga gabah masih rendah.', 'petani di Cibening'],
  ])('%s', (paragraph, role) => {
    const { speakers } = analyzeBody(paragraph);
    expect(speakers.map(s => s.role)).toEqual([role]);
  });
});
