import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * An unnamed group opening a sentence (`Sejumlah mahasiswa …`, `Ratusan buruh …`) is who a later
 * `mereka` means; the organisation or place written right after the group's noun is where its
 * members work, study or live, not the subject.
 */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  [
    'counted group with its employer',
    [
      'Ratusan buruh PT Sinar Tenun Abadi berunjuk rasa di depan kantor bupati.',
      '“Kami menuntut upah dibayar penuh,” kata mereka.',
    ],
  ],
  [
    'counted group with its village, an office as the object',
    [
      'Puluhan warga Desa Sukamekar mendatangi kantor DPRD Kabupaten Ciamis, Senin.',
      '“Air sumur kami sudah kering,” kata mereka.',
    ],
  ],
  [
    'determiner group with its university',
    [
      'Sejumlah mahasiswa Universitas Tanjungpura menggelar aksi di bundaran kampus.',
      '“Kami menolak kenaikan uang kuliah,” kata mereka.',
    ],
  ],
];

describe('mereka after an unnamed group means the group, not its organisation', () => {
  test.each(CASES)('%s', (_, paragraphs) => {
    expect(lastSpeakers(...paragraphs)).toEqual([]);
  });

  test('an organisation subject on its own is still who mereka means', () => {
    expect(
      lastSpeakers(
        'Serikat Buruh Tenun Ciamis menggelar aksi di depan kantor bupati.',
        '“Kami menuntut upah dibayar penuh,” kata mereka.',
      ),
    ).toEqual(['Serikat Buruh Tenun Ciamis']);
  });

  test('switched off, the organisation after the group’s noun is taken for the subject', () => {
    const [, employer] = CASES[0]!;
    const [, village] = CASES[1]!;
    withFeaturesOff(['discourse.groupAffiliation'], () =>
      expect(lastSpeakers(...employer)).toEqual(['PT Sinar Tenun Abadi']),
    );
    withFeaturesOff(['cast.countedGroup'], () =>
      expect(lastSpeakers(...village)).toEqual(['DPRD Kabupaten Ciamis']),
    );
  });
});
