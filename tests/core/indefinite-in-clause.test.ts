import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each quote's speakers, joined. */
const said = (paragraph: string) => analyzeBody(paragraph).quotes.map(q => q.speakers.join(' + '));

describe('an indefinite inside a `yang` clause between commas is no unnamed subject', () => {
  test.each([
    'Pelatih tamu asal Jepang, Aiko Tanabe, yang ikut melatih dalam salah satu sesi, menyebut tarian itu paling rumit.',
    'Aiko Tanabe, yang pernah mengajar di sebuah sanggar, menilai tarian itu paling rumit.',
    'Aiko Tanabe, yang bergabung bersama seorang rekan, mengatakan latihan berlangsung tiga bulan.',
  ])('%s', paragraph => expect(said(paragraph)).toEqual(['Aiko Tanabe']));

  test.each([
    'Dalam salah satu sesi, seorang peserta mengatakan harga tiket terlalu mahal.',
    'Salah seorang peserta mengatakan harga tiket terlalu mahal.',
  ])('an indefinite subject stays unnamed: %s', paragraph => expect(said(paragraph)).toEqual(['']));
});
