import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

// `Sari`, `Intan` and `Permata` are given names that also name districts in the gazetteer: after
// an honorific they are name words, not the end of an institution (names.model.honorificOpensName).
const rows = [
  [
    'Dosen Universitas Cibening Dr Ratih Intan Permata Siregar menilai kebijakan itu terburu-buru.',
    'Ratih Intan Permata Siregar',
    'Dosen Universitas Cibening',
  ],
  [
    'Kepala Puskesmas Cibening dr Yuni Sari Wulandari Nasution mengatakan stok obat aman.',
    'Yuni Sari Wulandari Nasution',
    'Kepala Puskesmas Cibening',
  ],
  [
    '“Stok aman,” kata Dr Melati Sari Ayuningtyas Hasibuan.',
    'Melati Sari Ayuningtyas Hasibuan',
    null,
  ],
  [
    'Not everyone agreed. Dr Sinta Sari Dewi Lubis, a researcher at Universitas Medan, warned that more staff were needed.',
    'Sinta Sari Dewi Lubis',
    'a researcher at Universitas Medan',
  ],
] as const;

describe('an honorific right before a name opens it: a district-named word after it is a name word', () => {
  test.each(rows)('%s', (paragraph, name, role) =>
    expect(speakerRoles(paragraph)).toEqual([[name, role]]),
  );

  test('switched off, the name loses the words up to the district-named one', () => {
    const off = withFeaturesOff(['names.model.honorificOpensName'], () =>
      rows.map(([paragraph]) => speakerRoles(paragraph)[0]?.[0]),
    );
    expect(off).toEqual([
      'Permata Siregar',
      'Wulandari Nasution',
      'Ayuningtyas Hasibuan',
      'Dewi Lubis',
    ]);
  });
});
