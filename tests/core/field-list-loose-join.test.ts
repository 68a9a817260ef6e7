import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The first quote's speakers of one invented paragraph, each as `name (role)`. */
function credited(paragraph: string): string[] {
  const { quotes, speakers } = analyzeBody(paragraph);
  const role = new Map(speakers.map(s => [s.name, s.role]));
  return (quotes[0]?.speakers ?? []).map(n => `${n} (${role.get(n) ?? '-'})`);
}

describe('a field list closed by `dan`/`and` without a serial comma is one role (names.fieldListLooseJoin)', () => {
  test.each([
    [
      'Menteri Desa, Pembangunan Daerah Tertinggal dan Transmigrasi Budi Santoso mengatakan dana desa naik.',
      'Budi Santoso (Menteri Desa, Pembangunan Daerah Tertinggal dan Transmigrasi)',
    ],
    [
      'Area Manager Communication, Relations and CSR PT Kereta Cibening Rina Kartika mengatakan jadwal kereta kembali normal.',
      'Rina Kartika (Area Manager Communication, Relations and CSR PT Kereta Cibening)',
    ],
    [
      'Area Manager Communication, Relations, and CSR PT Kereta Cibening Rina Kartika mengatakan jadwal kereta kembali normal.',
      'Rina Kartika (Area Manager Communication, Relations, and CSR PT Kereta Cibening)',
    ],
  ])('%s', (paragraph, who) => expect(credited(paragraph)).toEqual([who]));

  test('people listed after a role are still a group', () => {
    expect(
      credited('Kepala desa, Sutrisno dan Marlina mengatakan banjir sudah surut.'),
    ).toHaveLength(2);
  });

  test('switched off, the list splits into speakers', () => {
    const paragraph =
      'Area Manager Communication, Relations and CSR PT Kereta Cibening Rina Kartika mengatakan jadwal kereta kembali normal.';
    expect(withFeaturesOff(['names.fieldListLooseJoin'], () => credited(paragraph))).not.toEqual([
      'Rina Kartika (Area Manager Communication, Relations and CSR PT Kereta Cibening)',
    ]);
  });
});
