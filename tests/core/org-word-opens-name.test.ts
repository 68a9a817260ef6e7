import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of an invented paragraph, by name. */
const namesOf = (paragraph: string) => analyzeBody(paragraph).speakers.map(s => s.name);

describe('a given name the corpora also know from organisations opens a whole name', () => {
  test.each([
    [
      '“Kami kewalahan,” kata juru bicara Badan Pangan Dunia di Makassar, Mitra Anggun Pertiwi.',
      'Mitra Anggun Pertiwi',
    ],
    ['“Stok aman,” kata Mitra Anjani Lestari.', 'Mitra Anjani Lestari'],
  ])('%s', (paragraph, name) => expect(namesOf(paragraph)).toEqual([name]));

  test('switched off, the organisation word is cut from the name', () => {
    const off = withFeaturesOff(['names.model.orgWordOpensName'], () =>
      namesOf(
        '“Kami kewalahan,” kata juru bicara Badan Pangan Dunia di Makassar, Mitra Anggun Pertiwi.',
      ),
    );
    expect(off).toEqual(['Anggun Pertiwi']);
  });
});
