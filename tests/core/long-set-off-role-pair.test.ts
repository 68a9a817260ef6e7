import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { indirectQuotes, lastSpeakers } from './summarize';

/**
 * Two people joined by a role whose unit is a centre inside a campus, or whose first person is set
 * off after a role too, make the statement together, and a later `kata mereka` means both
 * (discourse.longSetOffRolePair).
 */
const ROWS: readonly (readonly [paragraphs: readonly string[], speakers: readonly string[]])[] = [
  [
    [
      'Koordinator Komite Warga Ende (KWE) Kusnandar Tumangger dan dosen Pusat Studi Hukum Universitas Borong, Dr. Sekarwangi Purba, menilai proyek itu rawan korupsi.',
      '"Pengawasannya lemah," kata mereka.',
    ],
    ['Kusnandar Tumangger', 'Sekarwangi Purba'],
  ],
  [
    [
      'Ketua RT, Kusnandar, dan peneliti Universitas Borong, Sekarwangi, menilai proyek itu rawan korupsi.',
      '"Pengawasannya lemah," kata mereka.',
    ],
    ['Kusnandar', 'Sekarwangi'],
  ],
];

/** A comma after a name that nobody set off ends its clause: `dan` opens a new one. */
const GUARD = [
  'Polisi sudah memeriksa Kusnandar Purba, dan ketua RT Kampung Lubai Jaya, Sekarwangi, mengatakan proyek itu rawan korupsi.',
  '"Pengawasannya lemah," kata mereka.',
] as const;

describe('a pair joined by a long set-off role', () => {
  test('guard: a comma closing a clause joins nobody', () =>
    expect(indirectQuotes(...GUARD)).toEqual(['proyek itu rawan korupsi → Sekarwangi']));

  test.each(ROWS)('%s', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
    expect(indirectQuotes(...paragraphs)).toEqual([
      `proyek itu rawan korupsi → ${speakers.join(' + ')}`,
    ]);
  });

  test('switched off, `mereka` does not find the pair', () => {
    const [paragraphs, speakers] = ROWS[0]!;
    const off = withFeaturesOff(['discourse.longSetOffRolePair'], () =>
      lastSpeakers(...paragraphs),
    );
    expect(off).not.toEqual(speakers);
  });
});
