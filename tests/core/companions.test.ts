import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const ALL = ['Darto Wiyono', 'Wawan Setiawan', 'Asep Sunandar'];
const sorted = (names: string[]) => [...names].sort();

describe('a person named with the companions they act with makes one group', () => {
  test.each([
    [
      'Darto Wiyono bersama dua rekannya, Wawan Setiawan dan Asep Sunandar, menjaga palang itu setiap hari.',
      '"Yang penting selamat," kata ketiganya.',
    ],
    [
      'Darto Wiyono (52) sudah sepuluh tahun menjaga palang itu. Ia merawat kebun itu dengan dua rekannya, Wawan Setiawan (40) dan Asep Sunandar (35).',
      '"Kami tidak dibayar," kata Wawan. Ketiganya mengaku senang membantu. "Yang penting selamat," ujar mereka.',
    ],
    [
      'Darto Wiyono beserta tetangganya, Wawan Setiawan dan Asep Sunandar, mendatangi balai desa.',
      '"Kami minta kejelasan," kata mereka.',
    ],
  ])('%s', (intro, quote) => {
    expect(sorted(lastSpeakers(intro, quote))).toEqual(sorted(ALL));
  });

  test('`keduanya` counts two: the pair, not the three', () => {
    const intro =
      'Darto Wiyono bersama dua rekannya, Wawan Setiawan dan Asep Sunandar, menjaga palang itu setiap hari.';
    const quote =
      '"Kami bergantian," kata Wawan. "Sudah biasa," ujar Asep. "Kami senang," kata keduanya.';
    expect(sorted(lastSpeakers(intro, quote))).toEqual(['Asep Sunandar', 'Wawan Setiawan']);
  });

  test('switched off, the companions alone are the group', () => {
    const lines = [
      'Darto Wiyono bersama dua rekannya, Wawan Setiawan dan Asep Sunandar, menjaga palang itu setiap hari.',
      '"Yang penting selamat," kata ketiganya.',
    ];
    const off = withFeaturesOff(['discourse.companionGroups'], () => lastSpeakers(...lines));
    expect(sorted(off)).toEqual(['Asep Sunandar', 'Wawan Setiawan']);
  });

  // The model's feature, shown by switching it off.
  test('`mereka` means the person with the companions, not the companions alone (discourse.companions)', () => {
    const lines = [
      'Darto Wiyono beserta tetangganya, Wawan Setiawan dan Asep Sunandar, mendatangi balai desa.',
      '"Kami minta kejelasan," kata mereka.',
    ];
    const off = withFeaturesOff(['discourse.companions'], () => lastSpeakers(...lines));
    expect(sorted(off)).toEqual(['Asep Sunandar', 'Wawan Setiawan']);
  });
});

describe('a pronoun opening the paragraph after a skipped page line still finds the leader', () => {
  const paragraphs = [
    'Darto Wiyono (52) sudah sepuluh tahun menjaga palang itu.',
    'Baca Juga',
    'Palang Pintu Perlintasan Liar Kembali Ditutup',
    'Ia merawat kebun itu dengan dua rekannya, Wawan Setiawan (40) dan Asep Sunandar (35).',
    '"Yang penting selamat," ujar mereka.',
  ];
  test('the three of them speak', () =>
    expect(sorted(lastSpeakers(...paragraphs))).toEqual(sorted(ALL)));
  test('counting lines instead, the leader was out of reach', () =>
    withFeaturesOff(['discourse.bodyParagraphDistance'], () =>
      expect(sorted(lastSpeakers(...paragraphs))).not.toEqual(sorted(ALL)),
    ));
});
