import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

// A run too long for one name, its unit and institution unknown to every lexicon: the first given
// name or regional opener starts the person (names.model.openerInLongRun).
const rows = [
  [
    'Wakil Dekan Urusan Kemahasiswaan Unsat Andi Nurul Ayu Pallawa di Makassar mengatakan kuota beasiswa naik.',
    'Andi Nurul Ayu Pallawa',
    'Wakil Dekan Urusan Kemahasiswaan Unsat',
  ],
  [
    'Sekretaris Bidang Hukum Sertani Rina Kartika Dewi Lestari mengatakan gugatan diajukan.',
    'Rina Kartika Dewi Lestari',
    'Sekretaris Bidang Hukum Sertani',
  ],
  [
    'Dekan Fakultas Teknik Unmul Andi Ahmad Fikri Daeng Rewa mengatakan kuliah dimulai.',
    'Andi Ahmad Fikri Daeng Rewa',
    'Dekan Fakultas Teknik Unmul',
  ],
] as const;

describe('in an over-long run, the first word that opens a name starts the person', () => {
  test.each(rows)('%s', (paragraph, name, role) =>
    expect(speakerRoles(paragraph)).toEqual([[name, role]]),
  );

  test('switched off, only the last two words are kept', () => {
    const off = withFeaturesOff(['names.model.openerInLongRun'], () =>
      rows.map(([paragraph]) => speakerRoles(paragraph)[0]?.[0]),
    );
    expect(off).toEqual(['Ayu Pallawa', 'Dewi Lestari', 'Daeng Rewa']);
  });
});
