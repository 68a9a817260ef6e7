import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

const SAID = 'mengatakan kasus pernikahan dini turun tahun ini.';

describe('an office whose organisation lists its fields with commas is one role', () => {
  test.each([
    [
      'Kepala Dinas Koperasi, Usaha Kecil, dan Perdagangan (DKUKP) Kabupaten Lembah, Hj Rina Kartika MSi,',
      'Kepala Dinas Koperasi, Usaha Kecil, dan Perdagangan (DKUKP) Kabupaten Lembah',
    ],
    [
      'Deputi Bidang Kelautan Badan Riset, Inovasi, dan Teknologi Pesisir (BRITP), Rudi Hartawan,',
      'Deputi Bidang Kelautan Badan Riset, Inovasi, dan Teknologi Pesisir (BRITP)',
    ],
  ])('%s', (subject, role) => {
    const name = subject.includes('Rina') ? 'Rina Kartika' : 'Rudi Hartawan';
    expect(speakerRoles(`${subject} ${SAID}`)).toEqual([[name, role]]);
    // The list reading that takes any short form closing the list (cast.fieldListShortForm) off too.
    const off = withFeaturesOff(['cast.spelledRole', 'cast.fieldListShortForm'], () =>
      speakerRoles(`${subject} ${SAID}`),
    );
    expect(off).not.toEqual([[name, role]]);
  });

  test('a list of people before the name gives no role', () => {
    const paragraph = `Warga Desa Sukamaju, Darsimin, dan Hendra Wijaya ${SAID}`;
    expect(speakerRoles(paragraph).map(s => s[1])).not.toContain('Warga Desa Sukamaju, Darsimin');
  });
});

describe('a digit in an acronym repeats the letter before it', () => {
  test('`DP3` spells the fields of the office before the name', () => {
    const paragraph = `Kepala Dinas Pertanian, Perkebunan, dan Peternakan (DP3), Rina Kartika, ${SAID}`;
    const role = 'Kepala Dinas Pertanian, Perkebunan, dan Peternakan (DP3)';
    expect(speakerRoles(paragraph)).toEqual([['Rina Kartika', role]]);
    const off = withFeaturesOff(['names.acronymCounts', 'cast.fieldListShortForm'], () =>
      speakerRoles(paragraph),
    );
    expect(off).not.toEqual([['Rina Kartika', role]]);
  });
});
