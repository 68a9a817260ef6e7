import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of an invented paragraph, by name. */
const namesOf = (paragraph: string) => analyzeBody(paragraph).speakers.map(s => s.name);

describe('an unknown seat after an institution’s acronym is the role’s', () => {
  test.each([
    ['“Kami dukung,” kata Ketua DPRD Cibening Andi Wijaya.', 'Andi Wijaya'],
    ['“Pasien sudah ditangani,” kata Direktur RSUD Cibening Rina Kartika.', 'Rina Kartika'],
    ['“Warga diminta waspada,” kata Kepala BPBD Tanjung Lumut Rudi Hartono.', 'Rudi Hartono'],
  ])('%s', (paragraph, name) => expect(namesOf(paragraph)).toEqual([name]));

  test.each([
    // A given name right after the acronym opens the name.
    ['“Kami dukung,” kata Peneliti Indef Rudi Hartawan Saputra.', 'Rudi Hartawan Saputra'],
    // A rank stands right before the name it belongs to.
    [
      '“Pelaku sudah ditangkap,” kata Kapolres Cibening AKBP Dedo Fernando Situmeang.',
      'Dedo Fernando Situmeang',
    ],
  ])('the name stays whole: %s', (paragraph, name) => expect(namesOf(paragraph)).toEqual([name]));

  test('switched off, the seat opens the name', () => {
    const off = withFeaturesOff(['names.model.seatAfterAcronym'], () =>
      namesOf('“Kami dukung,” kata Ketua DPRD Cibening Andi Wijaya.'),
    );
    expect(off).toEqual(['Cibening Andi Wijaya']);
  });
});
