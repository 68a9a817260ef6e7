import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * An organisation named after its members (`Koalisi Warga …`, `Forum Nelayan …`): the member noun
 * after the organisation's head is part of its name, not a role before a person's name. Invented
 * lines; each speaker as `name|kind|role`.
 */
const speakersOf = (line: string) =>
  analyzeBody(line).speakers.map(s => `${s.name}|${s.kind}|${s.role ?? ''}`);
const SAID = 'menilai solar bersubsidi sering langka.';

describe('a member noun after an organisation head', () => {
  test.each([
    [`Koalisi Warga Peduli Telaga ${SAID}`, 'Koalisi Warga Peduli Telaga|organization|'],
    [`Aliansi Warga Tolak Tambang ${SAID}`, 'Aliansi Warga Tolak Tambang|organization|'],
  ])('%s', (line, speaker) => {
    expect(speakersOf(line)).toEqual([speaker]);
    const off = withFeaturesOff(['names.model.memberNounOrgs'], () => speakersOf(line));
    expect(off).not.toEqual([speaker]);
  });

  test('`Forum` and `Jaringan` head organisations (lexicon/roles ORG_HEADS)', () => {
    expect(speakersOf(`Forum Nelayan Teluk Cibening ${SAID}`)).toEqual([
      'Forum Nelayan Teluk Cibening|organization|',
    ]);
    expect(speakersOf(`Jaringan Relawan Kemanusiaan ${SAID}`)).toEqual([
      'Jaringan Relawan Kemanusiaan|organization|',
    ]);
  });

  test('an office in such an organisation is held by the person named after it', () => {
    expect(speakersOf(`Ketua Forum Nelayan Cibening, Rudi Hartono, ${SAID}`)).toEqual([
      'Rudi Hartono|person|Ketua Forum Nelayan Cibening',
    ]);
  });
});
