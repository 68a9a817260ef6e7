import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of invented paragraphs, as [name, role]. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.map(s => [s.name, s.role] as const);

const AFTER_ORGANISATION = [
  'Ekonom Institute for Study of Trade and Policy (ISTP) Abdul Rahman Siregar berpendapat bahwa pajak itu perlu ditunda.',
  'Rahman memperkirakan penerimaan negara dari pajak itu kecil.',
];

describe('a given name before the article’s short mention opens the same name', () => {
  test.each([
    // After an organisation's bracketed short form, `kata Rahman` does not cut `Abdul` off.
    [
      AFTER_ORGANISATION,
      [['Abdul Rahman Siregar', 'Ekonom Institute for Study of Trade and Policy (ISTP)']],
    ],
    // The same inside an Indonesian organisation's name: `Dimas` is a given name.
    [
      [
        '“Kami siap,” kata Ketua Paguyuban Sekar Lintasan Dimas Prakoso Wibowo.',
        '“Kami menang,” kata Prakoso.',
      ],
      [['Dimas Prakoso Wibowo', 'Ketua Paguyuban Sekar Lintasan']],
    ],
    // A word no name lexicon knows before the short mention still goes to the role.
    [
      [
        '“Kami siap,” kata Ketua Paguyuban Tani Lestari Makmur Prakoso Wibowo.',
        '“Kami menang,” kata Prakoso.',
      ],
      [['Prakoso Wibowo', 'Ketua Paguyuban Tani Lestari Makmur']],
    ],
  ])('%j', (paragraphs, speakers) => expect(speakersOf(...paragraphs)).toEqual(speakers));

  test('switched off, the short mention starts the name', () => {
    const off = withFeaturesOff(['names.model.givenBeforeShort'], () =>
      speakersOf(...AFTER_ORGANISATION),
    );
    expect(off.map(s => s[0])).toEqual(['Rahman Siregar']);
  });
});
