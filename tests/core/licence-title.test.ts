import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

/**
 * A professional title written after the degree that qualifies for it, in the same chain set off
 * by commas (`M.Psi, Psikolog`), closes the chain: the speaker is the name before the degrees
 * (names.professionAfterDegree).
 */
const ROWS: readonly (readonly [paragraph: string, name: string])[] = [
  [
    'Konselor sekolah, Dra. Kartinah Sumilah, M.Psi, Psikolog, menuturkan banyak siswa sulit tidur menjelang ujian.',
    'Kartinah Sumilah',
  ],
  [
    'Auditor koperasi, Purbasari Wartinah, S.E., Ak., CA, menjelaskan laporan keuangan belum diperiksa.',
    'Purbasari Wartinah',
  ],
  // A review's finding: the undotted `Ak` is a link of the chain too.
  [
    'Ketua ikatan akuntan daerah, Sukamto Jonaedi, SE, Ak, CA, menilai audit desa perlu diperketat.',
    'Sukamto Jonaedi',
  ],
];

/**
 * Degrees of the national list the lexicon holds (`S.STP` of the civil service academy, `M.Psi`),
 * in a chain with no title before the name.
 */
const LISTED: readonly (readonly [paragraph: string, name: string])[] = [
  [
    'Camat Pulang Pisau, Surtaman Tumangger, S.STP, M.Si, menjelaskan posko pengungsian dibuka hingga akhir bulan.',
    'Surtaman Tumangger',
  ],
  [
    'Pendamping korban, Sekarwangi Kusmawati, M.Psi, mengatakan anak-anak mulai mau bercerita.',
    'Sekarwangi Kusmawati',
  ],
];

describe('a professional title after a degree', () => {
  test.each(ROWS)('%s', (paragraph, name) => expect(speakerRoles(paragraph)[0]?.[0]).toBe(name));
  test.each(LISTED)('listed degree: %s', (paragraph, name) =>
    expect(speakerRoles(paragraph)[0]?.[0]).toBe(name),
  );

  test.each(ROWS)('switched off: %s', (paragraph, name) => {
    const off = withFeaturesOff(['names.professionAfterDegree'], () => speakerRoles(paragraph));
    expect(off.map(([n]) => n)).not.toContain(name);
  });

  test('the title opening a sentence is still a role before a name', () => {
    const first = speakerRoles('Psikolog Kartinah Sumilah mengatakan anak-anak perlu didengar.')[0];
    expect(first).toEqual(['Kartinah Sumilah', 'Psikolog']);
  });
});
