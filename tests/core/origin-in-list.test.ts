import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// cast.originInList: two people each set with the place they come from and joined by `dan`
// are one pair, whom a later `mereka` or `keduanya` means.
describe('a pair each named with their origin is one pair (cast.originInList)', () => {
  const paragraphs = [
    'Kepala Dinas Pertanian, Hendra Gunawan, mengatakan pupuk bersubsidi terlambat. “Kapal pengangkutnya tertahan cuaca,” kata Hendra.',
    'Dua ketua kelompok tani, Made Wirawan dari Desa Sukawati dan Ketut Arsa dari Desa Batuan, mendatangi kantor dinas pada Selasa. “Kami sudah menunggu sebulan,” ujar keduanya.',
  ];
  test('the two farmers speak together', () => {
    expect(lastSpeakers(...paragraphs)).toEqual(['Made Wirawan', 'Ketut Arsa']);
    const off = withFeaturesOff(['cast.originInList'], () => lastSpeakers(...paragraphs));
    expect(off).not.toEqual(['Made Wirawan', 'Ketut Arsa']);
  });
});
