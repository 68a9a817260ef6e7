import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers, speakerRoles } from './summarize';

/**
 * A titled name right after the head of an institution often named after an honoured person
 * (`RSUD dr. X Ende`) is the institution's name when another titled name is set off right after
 * the run or follows inside it: nobody called X speaks, and a later `dokter itu` means the doctor
 * who did (names.model.namesakeAfterHead).
 */
const ROWS: readonly (readonly [paragraphs: readonly string[], speakers: readonly string[]])[] = [
  [
    [
      'Dokter jaga RSUD dr. Sukamto Ende, dr. Kusmawati Dalimunthe, Sp.A, mengatakan demam setelah imunisasi biasanya ringan.',
      '"Kompres saja," ujar dokter yang bertugas di kota itu sejak 2015 itu.',
    ],
    ['Kusmawati Dalimunthe'],
  ],
  [
    [
      'Direktur RSUD dr. Sukamto Ende dr. Kusmawati Dalimunthe mengatakan ruang isolasi sudah penuh.',
    ],
    ['Kusmawati Dalimunthe'],
  ],
  // Nothing after the run and no later title: the titled name may be the director's own, even
  // when a place closes it (Batak surnames name places too).
  [
    ['Direktur RSUD dr. Kusmawati Dalimunthe mengatakan ruang isolasi sudah penuh.'],
    ['Kusmawati Dalimunthe'],
  ],
  [
    ['Direktur RSUD dr. Sekarwangi Samosir mengatakan ruang isolasi sudah penuh.'],
    ['Sekarwangi Samosir'],
  ],
];

describe('an institution named after a person', () => {
  test.each(ROWS)('%s', (paragraphs, speakers) => {
    expect(speakerRoles(...paragraphs).map(([n]) => n)).toEqual(speakers);
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('switched off, the namesake is a person and the doctor described later is taken for them', () => {
    const [paragraphs] = ROWS[0]!;
    const off = withFeaturesOff(['names.model.namesakeAfterHead'], () =>
      lastSpeakers(...paragraphs),
    );
    expect(off).not.toEqual(['Kusmawati Dalimunthe']);
  });
});
