import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { splitRun } from '../../core/engine/names/name-split';
import { tokenize } from '../../core/engine/text/text';
import { analyzeBody } from './summarize';

const read = (run: string) => {
  const ref = splitRun(tokenize(run), run, new Set());
  return [ref.name, ref.kind];
};

// names.institutionRun
describe('a run opened by a school’s or clinic’s head, read whole, is the institution', () => {
  test.each(['SD Inpres Cibening', 'SMA Tunas Bangsa'])('%s', run => {
    expect(read(run)).toEqual([run, 'organization']);
    expect(withFeaturesOff(['names.institutionRun'], () => read(run))[1]).toBe('person');
  });

  test('its head’s person stays a person', () => {
    expect(read('Kepala SD Inpres Lubai Agustinus Berek')).toEqual(['Agustinus Berek', 'person']);
  });

  test('a nickname a paragraph later goes to the teacher, not to the school she spoke of', () => {
    const { quotes } = analyzeBody(
      'Sukarmini Lubis, yang paling senior di antara para guru, menuturkan SD Inpres Cibening hanya punya dua guru tetap.',
      '“Honor kami kecil, tapi anak-anak harus tetap belajar,” ujar perempuan yang akrab disapa Bu Mini itu.',
    );
    expect(quotes.at(-1)!.speakers).toEqual(['Sukarmini Lubis']);
  });
});
