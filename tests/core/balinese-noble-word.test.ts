import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

/**
 * A word a few words after a Balinese name's opening that spells a role word (`Agung`, as in
 * `Jaksa Agung`) is a noble's name word: the whole name is kept, however long
 * (names.model.balineseNobleWord).
 */
const ROWS: readonly (readonly [paragraph: string, name: string])[] = [
  [
    'Dokter jaga RSUD Lubai, dr. I Gusti Ngurah Agung Sukamto, Sp.A, mengingatkan warga agar menguras bak mandi.',
    'I Gusti Ngurah Agung Sukamto',
  ],
  [
    'Bendesa adat Desa Borong, Cokorda Gde Agung Purbasari, mengatakan upacara digelar dua hari.',
    'Cokorda Gde Agung Purbasari',
  ],
];

/** A role word that closes an office before a name stays the role's. */
const GUARDS: readonly (readonly [paragraph: string, name: string])[] = [
  [
    'Jaksa Agung Kusnandar Tumangger mengatakan berkas perkara sudah lengkap.',
    'Kusnandar Tumangger',
  ],
];

describe('a noble word inside a Balinese name', () => {
  test.each([...ROWS, ...GUARDS])('%s', (paragraph, name) =>
    expect(speakerRoles(paragraph)[0]?.[0]).toBe(name),
  );

  test('switched off, the name is cut at the noble word', () => {
    const [paragraph, name] = ROWS[0]!;
    const off = withFeaturesOff(['names.model.balineseNobleWord'], () => speakerRoles(paragraph));
    expect(off.map(([n]) => n)).not.toContain(name);
  });
});
