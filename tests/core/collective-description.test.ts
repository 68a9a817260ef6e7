import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A description opened by a collective numeral and closed by a demonstrative (`ujar kedua petani
 * itu`) points back to a group of that many, as `keduanya` does, not to one of its members.
 */
const ROWS: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [
    'two farmers named together',
    [
      'Tarjo (50) dan Wagimin (47) belum juga bisa menggarap lahan mereka sejak banjir surut.',
      'Keduanya adalah petani padi di Desa Sukamaju.',
      '“Benih kami hanyut semua,” ujar kedua petani itu.',
    ],
    ['Tarjo', 'Wagimin'],
  ],
  [
    'two athletes heard one after the other',
    [
      'Pelari Dedi Kurnia mengaku puas dengan catatan waktunya. “Saya sudah maksimal,” kata Dedi.',
      'Rekannya, Yoga Prasetya, juga menembus final. “Lintasannya cepat,” ujar Yoga.',
      '“Kami ingin membawa pulang medali,” kata kedua atlet tersebut.',
    ],
    ['Dedi Kurnia', 'Yoga Prasetya'],
  ],
];

describe('a description of two or three people points back to a group', () => {
  test.each(ROWS)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test.each(ROWS)('switched off: %s', (_, paragraphs, speakers) => {
    const off = withFeaturesOff(['discourse.collectiveDescription'], () =>
      lastSpeakers(...paragraphs),
    );
    expect(off).not.toEqual(speakers);
  });

  test('an ordinal after a noun is no group (`istri kedua itu`)', () => {
    const paragraphs = [
      'Saksi Wulan Pertiwi (34) adalah istri kedua terdakwa. Ia dihadirkan jaksa pada sidang Senin.',
      '“Saya tidak tahu soal uang itu,” kata istri kedua itu.',
    ];
    expect(lastSpeakers(...paragraphs)).toEqual(
      withFeaturesOff(['discourse.collectiveDescription'], () => lastSpeakers(...paragraphs)),
    );
  });
});
