import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { groupDescription } from '../../core/engine/names/group-description';
import { lastSpeakers } from './summarize';

// discourse.groupDescription: a definite description of a pair or a small band points back to
// the people named together before it, as `keduanya` does.
const OPENING =
  'Rektor Universitas Lubai, Darmaji Kusuma, mengatakan wisuda diikuti 3.000 orang. “Ini rekor,” katanya.';

const STORIES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [
    'a couple',
    [
      OPENING,
      'Pasangan suami istri Jonaedi Purba dan Kartinah Sukarmini ikut diwisuda.',
      '“Kami belajar bersama tiap malam,” kata pasangan itu.',
    ],
    ['Jonaedi Purba', 'Kartinah Sukarmini'],
  ],
  [
    'a father and his son, joined by `dan`',
    [
      OPENING,
      'Di antara wisudawan, ayah dan anak asal Ende, Bramantyo Purba dan Jonaedi Purba, naik ke panggung bersama.',
      '“Kami sepakat merahasiakannya,” tutur ayah dan anak itu.',
    ],
    ['Bramantyo Purba', 'Jonaedi Purba'],
  ],
  [
    'twins, by `si`',
    [
      OPENING,
      'Dua saudara kembar, Bramantyo Sukamto dan Kusnandar Sukamto, juga diwisuda.',
      '“Ini untuk ibu,” ujar si kembar.',
    ],
    ['Bramantyo Sukamto', 'Kusnandar Sukamto'],
  ],
  [
    'four siblings, counted',
    [
      OPENING,
      'Empat bersaudara, Bramantyo Sukamto, Kusnandar Sukamto, Sumilah Sukamto, dan Kartinah Sukamto, juga diwisuda.',
      '“Ini untuk ibu,” kata empat bersaudara itu.',
    ],
    ['Bramantyo Sukamto', 'Kusnandar Sukamto', 'Sumilah Sukamto', 'Kartinah Sukamto'],
  ],
];

describe('a pair or a band described points back to them together', () => {
  test.each(STORIES)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test.each([
    ['pasangan itu', 2],
    ['si kembar', 2],
    ['empat bersaudara itu', 4],
    ['ibu dan anak itu', 2],
    ['pasangan suami istri asal Lubai itu', 2],
    ['the couple', 2],
    // A pair written as one hyphenated word (discourse.hyphenPairDescription).
    ['kakek-nenek itu', 2],
    ['kakak-beradik itu', 2],
    // English, opened by a count (discourse.englishCountedDescription).
    ['the two men', 2],
    ['the three women', 3],
    // A reduplicated plural or a household is no pair of nouns; nor one person by another.
    ['anak-anak itu', 0],
    ['anak-istri itu', 0],
    ['anak-menantu itu', 0],
    ['pemuda-pemudi itu', 0],
    ['anak-anaknya itu', 0],
    ['ayah-anak itu', 2],
    ['ayah bocah itu', 0],
    ['suami istri itu', 2],
    // Not a group: one person, an indefinite pair, or no demonstrative.
    ['ibu itu', 0],
    ['sepasang suami istri', 0],
    ['pasangan', 0],
  ] as const)('%s counts %i', (text, n) => {
    expect(groupDescription(text)).toBe(n);
  });

  test('switched off, the couple is one of them or nobody', () => {
    const [, paragraphs, speakers] = STORIES[0]!;
    expect(
      withFeaturesOff(['discourse.groupDescription'], () => lastSpeakers(...paragraphs)),
    ).not.toEqual(speakers);
  });
});

// The two readings each need their switch: the hyphenated pair and the English counted description.
describe('a pair in one hyphenated word, or counted in English, points back to them', () => {
  const stories = [
    [
      'discourse.hyphenPairDescription',
      [
        'Kusnandar (71) dan istrinya, Wartinah (68), menyulam kain sejak muda.',
        'Cucu mereka, Sekarwangi (19), kini ikut belajar. “Saya mau meneruskan,” kata Sekarwangi.',
        '“Sabar dan teliti,” kata kakek-nenek itu bersamaan.',
      ],
      ['Kusnandar', 'Wartinah'],
    ],
    [
      'discourse.englishCountedDescription',
      [
        'Boat builder Kusnandar Tumangger, 61, still saws every plank himself. “Wood tells you where to cut,” Kusnandar said.',
        'His son, Jonaedi Tumangger, 30, handles the orders. “Half our buyers are from abroad,” Jonaedi said.',
        '“We argue about every angle,” the two men replied, laughing.',
      ],
      ['Kusnandar Tumangger', 'Jonaedi Tumangger'],
    ],
  ] as const;
  test.each(stories)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });
  test.each(stories)('switched off: %s', (feature, paragraphs, speakers) => {
    expect(withFeaturesOff([feature], () => lastSpeakers(...paragraphs))).not.toEqual(speakers);
  });
});

// discourse.pairCompounds: two kin nouns side by side describe a pair only when they name one.
test('switched off, one person described by another counts two', () => {
  expect(groupDescription('ayah bocah itu')).toBe(0);
  expect(
    withFeaturesOff(['discourse.pairCompounds'], () => groupDescription('ayah bocah itu')),
  ).toBe(2);
});
