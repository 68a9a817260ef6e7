import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

const directOf = (paragraph: string) =>
  analyzeBody(paragraph)
    .quotes.filter(q => q.type === 'direct')
    .map(q => [q.text, q.speakers]);

describe('a quoted label given by a reporting verb is its subject’s direct quote', () => {
  test.each([
    ['Hendra Gunawan menyebut lawannya sebagai "penakut dan pembohong".', 'penakut dan pembohong'],
    [
      'Rina Anggraeni menuding kelompok itu sebagai “perusak tatanan desa”.',
      'perusak tatanan desa',
    ],
    ['Hendra Gunawan menuding pengelola pasar “tidak becus bekerja”.', 'tidak becus bekerja'],
  ])('%s', (paragraph, text) => {
    const speaker = paragraph.split(' ').slice(0, 2).join(' ');
    expect(directOf(paragraph)).toEqual([[text, [speaker]]]);
  });

  test.each([
    // A one-word label is a term.
    ['Hendra Gunawan menyebut lawannya sebagai "penakut".'],
    // A title-case label is a name or title.
    ['Hendra Gunawan menyebut gerakan itu sebagai "Desa Bersih Kita".'],
    // A term word before the mark names a term.
    ['Hendra Gunawan menyebut program "Desa maju bersama" berhasil.'],
    // No reporting verb: a description, not anyone's words.
    ['Desa itu dikenal sebagai "lumbung padi daerah".'],
    // The clause runs on after the marked phrase: a term inside a reported clause.
    ['Hendra Gunawan menilai gaya "wastra lambat" seperti itu membuat harga kain naik.'],
    [
      'Hendra Gunawan menyebut cara itu sebagai jalan mengenalkan "pasar tanpa plastik" kepada warga.',
    ],
  ])('%s → no direct quote', paragraph => {
    expect(directOf(paragraph)).toEqual([]);
  });

  test('the clause that runs on past a marked term is reported speech', () => {
    const reported = analyzeBody(
      'Hendra Gunawan menilai gaya "wastra lambat" seperti itu membuat harga kain naik.',
    )
      .quotes.filter(q => q.type === 'indirect')
      .map(q => [q.text, q.speakers]);
    expect(reported).toEqual([
      ['gaya "wastra lambat" seperti itu membuat harga kain naik', ['Hendra Gunawan']],
    ]);
  });
});
