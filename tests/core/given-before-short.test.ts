import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

const AFTER_ORGANISATION = [
  'Peneliti Center for Maritime Policy (CMP) Abdul Rahman Siregar berpendapat bahwa tarif pelabuhan itu perlu dikaji ulang.',
  'Rahman menduga tarif baru itu hanya berlaku sebentar.',
];

describe('a given name before the article’s short mention opens the same name', () => {
  test.each([
    // After an organisation's bracketed short form, `kata Rahman` does not cut `Abdul` off.
    [AFTER_ORGANISATION, [['Abdul Rahman Siregar', 'Peneliti Center for Maritime Policy (CMP)']]],
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
        '“Kami siap,” kata Ketua Paguyuban Nelayan Teluk Makmur Prakoso Wibowo.',
        '“Kami menang,” kata Prakoso.',
      ],
      [['Prakoso Wibowo', 'Ketua Paguyuban Nelayan Teluk Makmur']],
    ],
  ])('%j', (paragraphs, speakers) => expect(speakerRoles(...paragraphs)).toEqual(speakers));

  test('switched off, the short mention starts the name', () => {
    const off = withFeaturesOff(['names.model.givenBeforeShort'], () =>
      speakerRoles(...AFTER_ORGANISATION),
    );
    expect(off.map(s => s[0])).toEqual(['Rahman Siregar']);
  });
});
