import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The name and role of the one speaker of an invented paragraph, or null. */
function speaker(paragraph: string) {
  const found = analyzeBody(paragraph).speakers[0];
  return found ? { name: found.name, role: found.role } : null;
}

/** [paragraph, name, role]: English wire copy shortens a rank with a dot before the name. */
const ROWS: readonly (readonly [paragraph: string, name: string, role: string])[] = [
  ['"The area is secure," Insp. Gen. Rudi Hartawan said.', 'Rudi Hartawan', 'Insp Gen'],
  ['"The drill went well," said Brig. Gen. Tono Sutrisno.', 'Tono Sutrisno', 'Brig Gen'],
  ['"Our troops stay," Lt. Gen. Agus Wirawan told reporters.', 'Agus Wirawan', 'Lt Gen'],
  [
    '"The ships are ready," Navy Chief of Staff Adm. Yudi Prakoso said.',
    'Yudi Prakoso',
    'Navy Chief of Staff Adm',
  ],
  [
    'City police spokesman Sr. Comr. Harun Setiabudi said the suspect had been arrested.',
    'Harun Setiabudi',
    'spokesman Sr Comr',
  ],
  [
    '"No one was hurt," said Lt. Col. Dimas Aryanto, the unit commander.',
    'Dimas Aryanto',
    'Lt Col',
  ],
];

describe('an English rank written short with a dot ends neither the sentence nor the name’s run', () => {
  test.each(ROWS)('%s', (paragraph, name, role) => {
    const found = speaker(paragraph);
    expect(found?.name).toBe(name);
    expect(found?.role ?? '').toContain(role);
  });
  test('switched off, the dot cut the rank from the name and most of these lost their speaker', () => {
    const off = withFeaturesOff(['names.englishDottedRanks'], () =>
      ROWS.map(([p]) => speaker(p)?.name),
    );
    expect(off.filter((name, k) => name === ROWS[k]![1]).length).toBeLessThan(ROWS.length / 2);
  });
});
