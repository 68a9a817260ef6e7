import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

// English writes an office after the unit it heads, in lowercase; after a cue the unit's name is
// no speaker (names.englishUnitOfficeAfterCue).
const rows = [
  [
    '"We are ready," said Cibening Police chief Yosef Manuhutu.',
    'Yosef Manuhutu',
    'Cibening Police chief',
  ],
  [
    '"The bridge is open," said Lembah Hijau village head Yusuf Tamher.',
    'Yusuf Tamher',
    'Lembah Hijau village head',
  ],
  [
    '"Stocks are safe," said the Regional Health Agency\'s head Maria Ulfa.',
    'Maria Ulfa',
    "Regional Health Agency's head",
  ],
  ['"We are ready," said the Cibening regent, Markus Tefa.', 'Markus Tefa', 'Cibening regent'],
  [
    '"We are ready," the Lembah Hijau regent, Markus Tefa, said.',
    'Markus Tefa',
    'Lembah Hijau regent',
  ],
] as const;

describe('after an English cue, a unit, its lowercase office and a name are one mention', () => {
  test.each(rows)('%s', (paragraph, name, role) =>
    expect(speakerRoles(paragraph)).toEqual([[name, role]]),
  );

  test('switched off, the unit or nobody speaks', () => {
    const off = withFeaturesOff(['names.englishUnitOfficeAfterCue'], () =>
      rows.map(([paragraph]) => speakerRoles(paragraph)[0]?.[0]),
    );
    expect(off.some((name, i) => name === rows[i]![1])).toBe(false);
  });
});
