import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const sorted = (names: string[]) => [...names].sort();

// cast.groupFirstRole: a list of people stands in its clause where its first member does; the
// last member, read after `dan`, is only a list member. As the agent of a passive reporting verb
// the pair is a source, and the `mereka`/`keduanya` after it means the two of them, not the
// official heard before and one of them.
const ROWS: [string[], string, string][] = [
  [
    ['Yusuf Maulana', 'Rizal Effendi'],
    'Kepala Dinas Pertanian Sutrisno menjamin stok pupuk aman. "Stok cukup sampai panen," kata Sutrisno.',
    'Hal berbeda diungkapkan petani Yusuf Maulana dan Rizal Effendi. Keduanya mengaku harus antre berjam-jam di kios pupuk. "Stoknya selalu habis," kata mereka.',
  ],
  [
    ['Dedi Supriadi', 'Imam Syafii'],
    'Direktur PDAM Hartono Wijaya memastikan air bersih mengalir normal. "Gangguan sudah kami atasi," ujar Hartono.',
    'Keluhan serupa disampaikan pedagang Dedi Supriadi dan Imam Syafii. Mereka menyebut air mati sejak Jumat. "Kami terpaksa beli air galon," kata keduanya.',
  ],
];

describe('a list of people takes its first member’s clause role (cast.groupFirstRole)', () => {
  test.each(ROWS)('%s', (who, intro, rest) => {
    expect(sorted(lastSpeakers(intro, rest))).toEqual(sorted(who));
  });

  test.each(ROWS)('switched off: %s', (who, intro, rest) => {
    const off = withFeaturesOff(['cast.groupFirstRole'], () => lastSpeakers(intro, rest));
    expect(sorted(off)).not.toEqual(sorted(who));
  });
});
