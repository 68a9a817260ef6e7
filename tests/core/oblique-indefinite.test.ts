import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers, joined. */
const said = (paragraph: string) => analyzeBody(paragraph).quotes.map(q => q.speakers.join(' + '));

describe('an indefinite inside an adjunct or a `yang` clause is no unnamed subject', () => {
  test.each([
    'Penari tamu asal Jepang, Aiko Tanabe, yang turut tampil dalam salah satu nomor, menyebut tarian itu paling rumit.',
    'Aiko Tanabe, yang pernah mengajar di sebuah sanggar, menilai tarian itu paling rumit.',
    'Aiko Tanabe, yang bergabung bersama seorang rekan, mengatakan latihan berlangsung tiga bulan.',
    'Aiko Tanabe yang tampil bersama seorang rekan menilai tarian itu paling rumit.',
  ])('%s', paragraph => expect(said(paragraph)).toEqual(['Aiko Tanabe']));

  test.each([
    'Dalam salah satu sesi, seorang peserta mengatakan harga tiket terlalu mahal.',
    'Salah seorang peserta mengatakan harga tiket terlalu mahal.',
  ])('an indefinite subject stays unnamed: %s', paragraph => expect(said(paragraph)).toEqual(['']));

  test('switched off, an indefinite inside a relative clause without commas takes the cue', () => {
    // With commas around the clause, names/described-name.ts finds the subject before it too.
    const off = withFeaturesOff(['names.obliqueIndefinite'], () =>
      said('Aiko Tanabe yang tampil bersama seorang rekan menilai tarian itu paling rumit.'),
    );
    expect(off).toEqual(['']);
  });
});
