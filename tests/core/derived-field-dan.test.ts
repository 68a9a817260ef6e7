import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

// A derived noun (`pe(N)-…-an`, `ke-…-an`) before `dan` is a field of the office, never a given
// name, so `dan` is inside the role and the name after the place is one person's.
describe('a derived noun before `dan` keeps `dan` inside the role', () => {
  test.each([
    [
      'Kepala Kantor Pencarian dan Pertolongan Wonosobo Agus Wiratmaja mengatakan, “Tim dibagi tiga.”',
      'Kepala Kantor Pencarian dan Pertolongan Wonosobo',
    ],
    [
      '“Tim dibagi tiga,” kata Kepala Kantor Pencarian dan Pertolongan Wonosobo Agus Wiratmaja.',
      'Kepala Kantor Pencarian dan Pertolongan Wonosobo',
    ],
    [
      'Menurut Kepala Seksi Pemantauan dan Pengawasan Ibadah Haji dan Umrah Kemenag Wonosobo, Agus Wiratmaja, ada dua cara mendaftar.',
      'Kepala Seksi Pemantauan dan Pengawasan Ibadah Haji dan Umrah Kemenag Wonosobo',
    ],
  ])('%s', (text, role) => {
    expect(speakerRoles(text)).toEqual([['Agus Wiratmaja', role]]);
    const off = withFeaturesOff(['names.model.derivedFieldBeforeDan'], () => speakerRoles(text));
    expect(off).not.toEqual([['Agus Wiratmaja', role]]);
  });

  // Two people joined by `dan` stay two: a name is no derived noun.
  test('two people', () => {
    const names = speakerRoles('Pengamat Budi Santoso dan Rina Kartika menilai, “Harga naik.”');
    expect(names.map(c => c[0])).toEqual(['Budi Santoso', 'Rina Kartika']);
  });
});
