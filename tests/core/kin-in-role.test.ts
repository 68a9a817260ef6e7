import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers, speakerRoles } from './summarize';

/**
 * A kin noun after a role head and words of its description (`tunggal putri`, `tim putra`: women's
 * singles, the men's team) modifies the role, so the person set off after it keeps the role and a
 * later bare title finds them (cast.kinInRole). A kin noun opening the words is still kin.
 */
const ROWS: readonly (readonly [paragraph: string, name: string, role: string | null])[] = [
  [
    'Pelatih tunggal putri, Lina Marlina, mengatakan anak asuhnya siap tampil.',
    'Lina Marlina',
    'Pelatih tunggal putri',
  ],
  [
    'Kapten tim putra, Rudi Hartono, mengatakan timnya tidak gentar.',
    'Rudi Hartono',
    'Kapten tim putra',
  ],
  // A kin noun opening the phrase: how the person is related, no role.
  [
    'Putri sulungnya, Rina Lestari, mengatakan ayahnya dirawat sejak Senin.',
    'Rina Lestari',
    'putri sulung',
  ],
];

describe('a kin noun inside a role’s description', () => {
  test.each(ROWS)('%s', (paragraph, name, role) =>
    expect(speakerRoles(paragraph)).toEqual([[name, role]]),
  );

  // The cast keeps the role, so a later description by the office means its holder.
  const COACHES = [
    'Pelatih kepala Asep Saepudin mengatakan timnya siap bertanding.',
    'Menurut Asep, susunan pemain ditentukan bersama pelatih ganda putri, Lina Marlina.',
    'Lina, yang melatih sejak 2010, mengatakan pasangan mudanya tampil tenang. “Mereka bermain lepas,” kata pelatih asal Solo itu.',
  ];
  test('a later description by the office means the role’s holder', () => {
    expect(lastSpeakers(...COACHES)).toEqual(['Lina Marlina']);
  });
  test('switched off, the role read as kin and the head coach meant', () => {
    // The kin reading then keeps the role's words as a relation the description could match
    // (discourse.relationKnown), so that is off too.
    const off = ['cast.kinInRole', 'discourse.relationKnown'] as const;
    expect(withFeaturesOff([...off], () => lastSpeakers(...COACHES))).toEqual(['Asep Saepudin']);
  });
});
