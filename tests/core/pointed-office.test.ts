import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The role of the speaker named `name` after the invented paragraphs (undefined: no such speaker). */
const roleOf = (name: string, ...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.find(s => s.name === name)?.role;

const SAID = '“Kami sudah menyiapkan langkah,” kata';

/** [paragraphs, the person, the office the pointing noun means]. */
const ROWS: readonly (readonly [readonly string[], string, string])[] = [
  [
    [
      'Kepala Dinas Sosial Kota Sukamulya membenarkan bantuan terlambat. Pejabat itu, Rina Marlina, mengatakan data penerima sedang diperbarui.',
      `${SAID} Rina.`,
    ],
    'Rina Marlina',
    'Kepala Dinas Sosial Kota Sukamulya',
  ],
  [
    [
      'Kepala Balai Air dan Irigasi (BAI) Lembah Barat menyebut pintu air rusak.',
      'Pejabat tersebut, Sugeng Pramono, mengatakan perbaikan butuh sepekan.',
      `${SAID} Sugeng.`,
    ],
    'Sugeng Pramono',
    'Kepala Balai Air dan Irigasi (BAI) Lembah Barat',
  ],
  [
    [
      'Direktur Armada PT Kapal Nusa mengakui jadwal terganggu. Petinggi itu, Handoko Setiabudi, menyebut cuaca sebagai penyebabnya.',
      `${SAID} Handoko.`,
    ],
    'Handoko Setiabudi',
    'Direktur Armada PT Kapal Nusa',
  ],
];

describe('an official pointed back to holds the office that spoke unnamed before', () => {
  test.each(ROWS)('%s', (paragraphs, name, office) => {
    expect(roleOf(name, ...paragraphs)).toBe(office);
  });
  test.each(ROWS)('switched off: %s', (paragraphs, name, office) => {
    withFeaturesOff(['cast.pointedOffice'], () =>
      expect(roleOf(name, ...paragraphs)).not.toBe(office),
    );
  });
  test.each([
    // The office is someone's appositive, not a subject that spoke unnamed.
    [
      'Budi Santoso, Kepala Dinas Sosial, hadir. Pejabat itu, Rina Marlina, mengatakan data diperbarui.',
      'Rina Marlina',
    ],
    // No office opens the sentence before.
    [
      'Banjir merendam tiga desa. Pejabat itu, Rina Marlina, mengatakan data diperbarui.',
      'Rina Marlina',
    ],
  ] as const)('no office to point to: %s', (paragraph, name) => {
    expect(roleOf(name, paragraph, `${SAID} Rina.`) ?? null).toBeNull();
  });
});
