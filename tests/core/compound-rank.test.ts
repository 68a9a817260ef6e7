import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

/**
 * A word that is a rank only with the word after it (`Ajun Komisaris`, lexicon/roles.ts
 * COMPOUND_RANK_OPENERS) is no rank without it: `Yosef Ajun` is a name, so the role set off
 * before it stays the role (names.model.compoundRank). Dayak customary heads (`Temenggung`,
 * `Damang`) open a role as other customary offices do.
 */
const ROWS: readonly (readonly [paragraph: string, name: string, role: string])[] = [
  [
    'Ketua adat Kampung Melati, Yosef Ajun, mengatakan hutan adat mulai dipatok perusahaan.',
    'Yosef Ajun',
    'Ketua adat Kampung Melati',
  ],
  [
    'Temenggung adat Lembah Hulu, Markus Ajun, mengatakan ladang warga terbakar.',
    'Markus Ajun',
    'Temenggung adat Lembah Hulu',
  ],
  // The rank with its second word stays a rank.
  [
    'Kapolsek Sukamaju Ajun Komisaris Polisi Budi Santoso mengatakan dua pelaku ditangkap.',
    'Budi Santoso',
    'Kapolsek Sukamaju Ajun Komisaris Polisi',
  ],
];

describe('a rank that needs its second word', () => {
  test.each(ROWS)('%s', (paragraph, name, role) =>
    expect(speakerRoles(paragraph)).toEqual([[name, role]]),
  );

  test('switched off, the name read as a role', () => {
    const [paragraph, name] = ROWS[0]!;
    const off = withFeaturesOff(['names.model.compoundRank'], () => speakerRoles(paragraph));
    expect(off.map(([n]) => n)).not.toContain(name);
  });
});
