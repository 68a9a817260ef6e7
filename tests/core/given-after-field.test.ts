import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { castPeople } from './summarize';

/**
 * After a body never named after a person and its field (`Kepala Dinas Kesehatan`, `Kementerian
 * Agama`), a given name followed by two more name words opens the person's name; an unknown seat
 * there still goes to the role (`names.model.givenAfterField`).
 */
describe('a three-word name after a body and its field keeps its given name', () => {
  test.each([
    [
      'Kepala Dinas Kesehatan Budi Santoso Halim mengatakan larvasida dikirim.',
      ['Budi Santoso Halim'],
    ],
    [
      'Direktur Jenderal Bimas Islam Kementerian Agama Ahmad Rizal Fahmi menyebut kuota bertambah.',
      ['Ahmad Rizal Fahmi'],
    ],
    [
      'Kepala Dinas Kesehatan Cibening Rina Kartika mengatakan larvasida dikirim.',
      ['Rina Kartika'],
    ],
  ])('%s', (paragraph, names) => {
    expect(castPeople(paragraph)).toEqual(names);
  });

  test('switched off, the given name goes to the role', () => {
    const off = withFeaturesOff(['names.model.givenAfterField'], () =>
      castPeople('Kepala Dinas Kesehatan Budi Santoso Halim mengatakan larvasida dikirim.'),
    );
    expect(off).toEqual(['Santoso Halim']);
  });
});
