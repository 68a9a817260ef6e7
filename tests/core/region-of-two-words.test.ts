import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each speaker as `name (role)`. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.map(s => (s.role ? `${s.name} (${s.role})` : s.name));

const CASES: [string, string[], string][] = [
  [
    'a regency with a compass word before a single-word name',
    [
      'Kepala BPBD Konawe Utara Darmono mengatakan air sudah surut.',
      '“Jalan sudah bisa dilewati,” kata Darmono.',
    ],
    'Darmono (Kepala BPBD Konawe Utara)',
  ],
  [
    'a city with a compass word, the person later speaking alone',
    [
      'Kepala Dinas Perhubungan Jakarta Selatan Suharyono mengatakan jalur itu ditutup sementara.',
      'Suharyono menambahkan, pengendara diminta memutar.',
    ],
    'Suharyono (Kepala Dinas Perhubungan Jakarta Selatan)',
  ],
];

describe("a second place word no name lexicon knows goes on naming the role's region", () => {
  test.each(CASES)('%s', (_, paragraphs, speaker) =>
    expect(speakersOf(...paragraphs)).toEqual([speaker]),
  );

  test('a second place word that is also a given name stays the person’s', () =>
    expect(
      speakersOf(
        'Ketua KONI Bantul Sakti Wibowo mengatakan stadion dibuka besok. “Kami siap,” kata Wibowo.',
      ).map(s => s.split(' (')[0]),
    ).toEqual(['Sakti Wibowo']));

  test('switched off, the compass word is read as the first name word', () => {
    const off = withFeaturesOff(['names.model.regionOfTwoWords'], () =>
      CASES.map(([, paragraphs]) => speakersOf(...paragraphs)),
    );
    expect(off).not.toEqual(CASES.map(([, , speaker]) => [speaker]));
  });
});
