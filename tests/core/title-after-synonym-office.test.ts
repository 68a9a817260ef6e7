import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakerWithRole as lastSpeaker } from './summarize';

// Invented sentences: an office written with its regional synonym (`Perbekel atau Kepala Desa
// X, Y, …`), then a quote credited to the synonym alone (`ucap Perbekel`): the holder speaks,
// never the village. One line each.
const SAME_PARAGRAPH: [string, string[], string][] = [
  [
    'the title after the quote in the paragraph that introduced the holder',
    [
      'Perbekel atau Kepala Desa Tegal Sari, I Gede Arta Wijaya, menilai program itu bermanfaat. “Kami di desa wajib mendukung,” ucap Perbekel.',
    ],
    'I Gede Arta Wijaya [Kepala Desa Tegal Sari]',
  ],
  [
    'the same, a sentence about the holder between',
    [
      'Lurah atau Kepala Kelurahan Tegal Sari, Budi Santoso, menilai program itu bermanfaat. Ia menyebutkan dana sudah disiapkan. “Kami wajib mendukung,” ucap Lurah.',
    ],
    'Budi Santoso [Kepala Kelurahan Tegal Sari]',
  ],
];

const SEAT_UNKNOWN: [string, string[], string][] = [
  [
    'a village no gazetteer knows before the holder set off by commas',
    [
      'Perbekel atau Kepala Desa Bongkas Kelod, I Gede Arta Wijaya, menilai program itu bermanfaat.',
      '“Kami di desa wajib mendukung,” ucap Perbekel.',
    ],
    'I Gede Arta Wijaya [Kepala Desa Bongkas Kelod]',
  ],
  [
    'the same with a plain name',
    [
      'Perbekel atau Kepala Desa Bongkas Kelod, Budi Santoso, menilai program itu bermanfaat.',
      '“Kami di desa wajib mendukung,” ucap Perbekel.',
    ],
    'Budi Santoso [Kepala Desa Bongkas Kelod]',
  ],
];

// A preposed title keeps its own words: the holder introduced before them still speaks.
const KEPT: [string, string[], string][] = [
  [
    'a preposed bare title',
    [
      'Kepala Desa Tegal Sari, Budi Santoso, menilai program itu bermanfaat.',
      'Kepala Desa mengatakan, “Kami wajib mendukung.”',
    ],
    'Budi Santoso [Kepala Desa Tegal Sari]',
  ],
];

describe('a regional synonym of an office used alone means its holder', () => {
  test.each([...SAME_PARAGRAPH, ...SEAT_UNKNOWN, ...KEPT])('%s', (_, paragraphs, expected) =>
    expect(lastSpeaker(...paragraphs)).toEqual(expected),
  );

  test('switched off, the paragraph’s opening word is read as the title’s own (discourse.titleOwnWordsAtCue)', () => {
    const off = withFeaturesOff(['discourse.titleOwnWordsAtCue'], () =>
      SAME_PARAGRAPH.map(([, p]) => lastSpeaker(...p)),
    );
    expect(off).toEqual(['', '']);
  });

  test('switched off, the village is a person the title means (cast.roleRunBeforeClosedName)', () => {
    const off = withFeaturesOff(['cast.roleRunBeforeClosedName'], () =>
      SEAT_UNKNOWN.map(([, p]) => lastSpeaker(...p)),
    );
    expect(off).toEqual(['Bongkas Kelod [Kepala Desa]', 'Bongkas Kelod [Kepala Desa]']);
  });
});
