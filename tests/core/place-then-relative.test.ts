import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const last = (...lines: string[]) => analyzeBody(...lines).quotes.at(-1)!;
const INTRO =
  'Bidan Desa Lubai, Sukarmini, mengatakan jumlah ibu hamil yang memeriksakan diri naik. Ia mengingatkan para suami agar ikut mengantar istri ke posyandu.';

// names.placeThenRelative
describe('a relative clause after a description’s place, closed by a demonstrative, is the description', () => {
  test.each([
    'bidan asal Borong, Manggarai Timur, yang kini menetap di kampung tersebut',
    'bidan asal Borong yang kini menetap di kampung tersebut',
  ])('kata %s', description => {
    const quote = `“Yang sering terlupa itu gizi ibu,” kata ${description}.`;
    expect(last(INTRO, quote)).toMatchObject({ mention: description, speakers: ['Sukarmini'] });
    const off = withFeaturesOff(['names.placeThenRelative'], () => last(INTRO, quote));
    expect(off.mention).not.toBe(description);
  });

  test('an indefinite description brings somebody new in', () => {
    const quote =
      '“Yang sering terlupa itu gizi ibu,” kata seorang kader asal Borong yang kini menetap di kampung tersebut.';
    expect(last(INTRO, quote).speakers).toEqual([]);
  });
});
