import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A bare title (`tegas Bupati`) means the holder of the office, not a deputy or assistant whose
 * role holds the title's word after `Wakil`/`Asisten`, though that one was introduced or heard last.
 */
const CASES: readonly (readonly [string, readonly string[], string])[] = [
  [
    'the regent, after the deputy regent spoke',
    [
      'Bupati Sidareja Handoko Prasetyo dan Wakil Bupati Sidareja Melati Kusuma meninjau pasar, Kamis.',
      '“Pasar ini harus selesai tahun ini,” kata Handoko.',
      'Melati meminta pedagang bersabar. “Kios sementara sudah siap,” ujar Melati.',
      '“Anggarannya sudah kami kunci,” tegas Bupati.',
    ],
    'Handoko Prasetyo',
  ],
  [
    'the coach, after his assistant spoke',
    [
      'Pelatih Persimulya Gunawan Saleh memuji lini tengahnya, Sabtu.',
      '“Mereka bermain rapi,” kata Gunawan.',
      'Asisten Pelatih Persimulya Rahmat Jaya menambahkan, “Kami sudah berlatih pola ini sepekan.”',
      '“Kami tetap harus memperbaiki penyelesaian akhir,” ujar Pelatih.',
    ],
    'Gunawan Saleh',
  ],
];

describe('a bare title is not held by a deputy or assistant of that office', () => {
  test.each(CASES)('%s', (_, paragraphs, speaker) => {
    expect(lastSpeakers(...paragraphs)).toEqual([speaker]);
  });

  test('switched off, the deputy introduced later takes the title', () => {
    const [, paragraphs] = CASES[0]!;
    expect(withFeaturesOff(['cast.subordinateRole'], () => lastSpeakers(...paragraphs))).toEqual([
      'Melati Kusuma',
    ]);
  });
});
