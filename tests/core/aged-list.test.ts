import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// cast.agedListMembers: a bracketed age after each listed name keeps the list of people, so a
// later `ketiganya` or `mereka` means every member; discourse.groupDescription counts a band by
// the number that opens its description.
const THREE = ['Bramantyo Sukamto', 'Kusnandar Sukamto', 'Jonaedi Sukamto'];

describe('a list of people with their ages is one group', () => {
  test.each([
    [
      'counted by `ketiganya`',
      [
        'Tiga di antaranya bersaudara, yakni Bramantyo Sukamto (31), Kusnandar Sukamto (28), dan Jonaedi Sukamto (25).',
        '“Kami mulai dari garasi,” kata Bramantyo.',
        '“Kami ingin tampil di luar negeri,” ujar ketiganya.',
      ],
    ],
    [
      'as the subject, then `mereka`',
      [
        'Tiga pemuda, Bramantyo Sukamto (31), Kusnandar Sukamto (28), dan Jonaedi Sukamto (25), mengaku senang.',
        '“Kami ingin tampil di luar negeri,” kata mereka.',
      ],
    ],
    [
      'each member with an age and a home town (cast.originInList)',
      [
        'Tim SAR menemukan tiga pendaki. Ketiganya adalah Bramantyo Sukamto (25) asal Bekasi, Kusnandar Sukamto (24) asal Ende, dan Jonaedi Sukamto (26) asal Medan.',
        '“Kami tersesat,” ujar Bramantyo.',
        'Ibunda Bramantyo, Sumilah (52), mengucap syukur. “Saya lega sekali,” kata Sumilah.',
        '“Kami ingin tampil di luar negeri,” kata ketiganya.',
      ],
    ],
    [
      'a counted band description, after the last two spoke',
      [
        'Tiga di antaranya bersaudara, yakni Bramantyo Sukamto (31), Kusnandar Sukamto (28), dan Jonaedi Sukamto (25).',
        '“Kami sering diledek,” ujar Kusnandar. “Paspor baru dibuat,” kata Jonaedi.',
        '“Kami ingin tampil di luar negeri,” kata tiga bersaudara itu.',
      ],
    ],
  ])('%s', (_, paragraphs) => {
    expect(lastSpeakers(...paragraphs)).toEqual(THREE);
  });

  test('switched off, the ages break the list', () => {
    const paragraphs = [
      'Tiga pemuda, Bramantyo Sukamto (31), Kusnandar Sukamto (28), dan Jonaedi Sukamto (25), mengaku senang.',
      '“Kami ingin tampil di luar negeri,” kata mereka.',
    ];
    expect(
      withFeaturesOff(['cast.agedListMembers'], () => lastSpeakers(...paragraphs)),
    ).not.toEqual(THREE);
  });
});
