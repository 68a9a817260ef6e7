import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of the last quote of invented paragraphs. */
const lastSpeakers = (...paragraphs: string[]): string[] => {
  const quotes = analyzeBody(...paragraphs).quotes;
  return quotes[quotes.length - 1]!.speakers;
};

const HEAD =
  'Ketua Paguyuban Pedagang Pasar Cibening, Rahmat Hidayat, mengatakan para pedagang sudah berulang kali mengadu.';
const HEAD_SAID = '“Jawabannya selalu sama, masih diproses,” kata Rahmat.';
const SAID = '“Kalau terus begini, entah sampai kapan kami bisa bertahan,”';

describe('somebody introduced unnamed is meant before a role holder sharing the word', () => {
  test.each([
    ['Seorang pedagang sayur di pasar itu mengaku terpaksa berutang.', 'kata pedagang itu.'],
    [
      'Seorang pedagang sayur di pasar itu mengaku terpaksa berutang.',
      'kata pedagang yang tak mau disebut namanya itu.',
    ],
    ['Salah seorang pedagang ikut mengeluhkan sepinya pembeli.', 'ujar pedagang tersebut.'],
  ])('%s … %s', (intro, cue) => {
    expect(lastSpeakers(HEAD, HEAD_SAID, intro, `${SAID} ${cue}`)).toEqual([]);
  });
});

describe('a description whose nearest use is the holder’s own role points back to the holder', () => {
  test.each([
    [
      'Ketua Paguyuban Pedagang Pasar Cibening, Rahmat Hidayat, mengatakan pedagang sudah mengadu.',
      'kata ketua paguyuban itu.',
    ],
    [
      'Seorang pedagang sayur mengaku terpaksa berutang. Pedagang senior Rahmat Hidayat mengatakan para pedagang resah.',
      'kata pedagang itu.',
    ],
  ])('%s … %s', (intro, cue) => {
    expect(lastSpeakers(intro, `${SAID} ${cue}`)).toEqual(['Rahmat Hidayat']);
  });
});

test('switched off, the role holder is taken', () => {
  const lines = [
    HEAD,
    HEAD_SAID,
    'Seorang pedagang sayur di pasar itu mengaku terpaksa berutang.',
    `${SAID} kata pedagang itu.`,
  ];
  expect(withFeaturesOff(['discourse.unnamedBeforeRole'], () => lastSpeakers(...lines))).toEqual([
    'Rahmat Hidayat',
  ]);
});
