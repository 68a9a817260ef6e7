import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

const indirectOf = (paragraph: string) =>
  analyzeBody(paragraph)
    .quotes.filter(q => q.type === 'indirect')
    .map(q => q.text);

describe('a counted noun or a thing asked for after a cue is the verb’s object', () => {
  test.each([
    ['Hendra Gunawan mengingatkan satu petuah dari ayahnya.'],
    ['Hendra Gunawan meminta izin untuk pulang lebih awal.'],
    ['Rina Anggraeni melaporkan dua pegawainya, yakni Ani dan Budi, ke polisi.'],
    ['Rina Anggraeni meminta restu kepada orang tuanya.'],
  ])('%s → no reported quote', paragraph => {
    expect(indirectOf(paragraph)).toEqual([]);
  });

  test.each([
    // A counted subject with its own predicate is a clause.
    [
      'Hendra Gunawan mengatakan dua pegawainya sudah ditahan polisi.',
      'dua pegawainya sudah ditahan polisi',
    ],
    [
      'Rina Anggraeni mengingatkan izin usaha itu harus diperpanjang.',
      'izin usaha itu harus diperpanjang',
    ],
  ])('%s → reported', (paragraph, text) => {
    expect(indirectOf(paragraph)).toEqual([text]);
  });
});
