import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const COACH =
  'Pelatih Persikota, Heru Santoso, mengatakan timnya bermain disiplin. "Anak-anak menjalankan instruksi," kata Heru.';

/**
 * A person set off in a phrase of means (`lewat penalti kapten lawan, X`, `melalui sepakan
 * gelandang muda, Y`) is how something came about, talked about: the paragraph's `-nya` stays
 * with the source who spoke before.
 */
const CASES: readonly (readonly [string, readonly string[], readonly string[], string])[] = [
  [
    'lewat, a scorer of the other side',
    [
      COACH,
      'Persikota tertinggal 0-1 lewat penalti kapten tamu, Rian Pratama, menjelang turun minum.',
      '"Kami lengah di awal babak," ujarnya.',
    ],
    ['Heru Santoso'],
    'Rian Pratama',
  ],
  [
    'melalui, a long description and no verb before it',
    [
      COACH,
      'Gol balasan datang melalui sepakan voli gelandang muda, Yoga Saputra, sepuluh menit kemudian.',
      '"Anak muda itu berlatih keras sepanjang pekan," ujarnya.',
    ],
    ['Heru Santoso'],
    'Yoga Saputra',
  ],
  [
    'lewat, with the club after the description',
    [
      COACH,
      'Tamu menyamakan kedudukan lewat tembakan keras bek Persimura, Dani Kurniawan, di awal babak kedua.',
      '"Kami belum rapi mengantisipasi sepak pojok," katanya.',
    ],
    ['Heru Santoso'],
    'Dani Kurniawan',
  ],
];

describe('a person in a phrase of means is talked about, not the next speaker', () => {
  test.each(CASES)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('switched off, the person in the phrase takes the cue', () => {
    for (const [, paragraphs, , narrated] of CASES)
      withFeaturesOff(['discourse.meansAppositive'], () =>
        expect(lastSpeakers(...paragraphs)).toEqual([narrated]),
      );
  });

  /** [a statement made through someone who speaks for another, the one it was made through]. */
  const VOICES: readonly (readonly [string, string])[] = [
    [
      'Tanggapan klub disampaikan melalui juru bicara manajemen, Dimas Arya, pada Senin malam.',
      'Dimas Arya',
    ],
    [
      'Bantahan klub disampaikan lewat kuasa hukum klub, Sinta Maharani, kepada wartawan.',
      'Sinta Maharani',
    ],
    [
      'Permintaan maaf pemain itu disampaikan melalui pengacara klub, Bagus Pranoto, pada Selasa.',
      'Bagus Pranoto',
    ],
    ['Sikap pengurus dijelaskan lewat jubir klub, Wulan Sari, seusai rapat.', 'Wulan Sari'],
  ];
  const SAID = '"Kami menghormati keputusan komisi disiplin," ujarnya.';

  test.each(VOICES)(
    'a statement made through a spokesperson or lawyer is theirs: %s',
    (line, voice) => {
      expect(lastSpeakers(COACH, line, SAID)).toEqual([voice]);
    },
  );

  test('switched off (discourse.meansVoiceSource), the voice is an instrument and the coach keeps it', () => {
    for (const [line] of VOICES)
      withFeaturesOff(['discourse.meansVoiceSource'], () =>
        expect(lastSpeakers(COACH, line, SAID)).toEqual(['Heru Santoso']),
      );
  });

  test('a subject set off after its own description still opens the topic', () => {
    expect(
      lastSpeakers(
        COACH,
        'Gelandang muda Persikota, Yoga Saputra, mengaku puas dengan golnya.',
        '"Saya cuma mengikuti arahan pelatih," ujarnya.',
      ),
    ).toEqual(['Yoga Saputra']);
  });
});
