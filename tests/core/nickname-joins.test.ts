import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers, joined, and the speaker list. */
function read(...paragraphs: string[]) {
  const { quotes, speakers } = analyzeBody(...paragraphs);
  return { said: quotes.map(q => q.speakers.join(' + ')), names: speakers.map(s => s.name) };
}

const COACH = 'Pelatih tim itu, Rudi Hartono, mengakui timnya lengah di babak kedua.';

describe('a nickname joins the latest person before it', () => {
  test.each([
    // A nickname holding a role word, in a description after the cue.
    [
      COACH,
      '“Kami lengah,” kata pelatih yang akrab disapa Coach RH itu seusai laga.',
      'Rudi Hartono',
    ],
    // A kinship word before the called name; the article goes on with the name alone.
    [
      'Penjual bakmi, Lim Bun Seng (61), yang akrab disapa Ko Aseng, mengeluhkan sepinya pembeli.',
      '“Pelanggan kini jarang datang,” ujar Aseng sambil merapikan meja.',
      'Lim Bun Seng',
    ],
    [
      COACH,
      '“Kami lengah,” kata lelaki yang akrab disapa Ojan itu. “Kami akan bangkit,” ujar Ojan.',
      'Rudi Hartono',
    ],
  ])('%s / %s', (first, later, name) => {
    const { said, names } = read(first, later);
    expect(names).toEqual([name]);
    expect(said.every(s => s === name)).toBe(true);
  });

  test('switched off, a nickname of two words is a speaker of its own', () => {
    const paragraphs = [
      'Penjual bakmi, Lim Bun Seng (61), yang akrab disapa Ko Aseng, mengeluhkan sepinya pembeli.',
      '“Pelanggan kini jarang datang,” ujar Aseng sambil merapikan meja.',
    ];
    const off = withFeaturesOff(['cast.nicknameJoins'], () => read(...paragraphs));
    expect(off.names).not.toEqual(['Lim Bun Seng']);
  });
});
