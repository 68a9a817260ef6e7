import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The role the engine gives the speaker `name` of invented paragraphs (undefined: no such speaker). */
const roleOf = (name: string, ...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.find(s => s.name === name)?.role;

const QUOTE = '“Air belum juga surut,” ujar';

// An abbreviation's dot (`Jl.`, `No.`) inside the role set off after a name is no sentence end.
const CASES: [string, string, string][] = [
  [
    `Pagi itu Andi Saputra (30), warga Jl. Melati, membersihkan lumpur. ${QUOTE} Andi.`,
    'Andi Saputra',
    'warga Jl. Melati',
  ],
  [
    `Warsito Hadi, pemilik bengkel di Jl. Kenanga, menghitung kerugian. ${QUOTE} Warsito.`,
    'Warsito Hadi',
    'pemilik bengkel di Jl. Kenanga',
  ],
  [
    `Menurut Lestari Wulan (45), penghuni rumah No. 12, air masuk tengah malam. ${QUOTE} Lestari.`,
    'Lestari Wulan',
    'penghuni rumah No. 12',
  ],
];

describe('an abbreviation in an appositive role does not cut it at its dot', () => {
  test.each(CASES)('%s', (text, name, role) => {
    expect(roleOf(name, text)).toBe(role);
  });

  test('a real sentence end still closes the role reading', () => {
    const text = `Pagi itu Andi Saputra, warga desa. Banjir datang lagi. ${QUOTE} Andi.`;
    expect(roleOf('Andi Saputra', text)).not.toBe('warga desa. Banjir datang lagi');
  });

  test('switched off (cast.abbreviationInRole): the role stops at the dot', () => {
    const [text, name] = CASES[0]!;
    expect(withFeaturesOff(['cast.abbreviationInRole'], () => roleOf(name, text))).not.toBe(
      'warga Jl. Melati',
    );
  });
});
