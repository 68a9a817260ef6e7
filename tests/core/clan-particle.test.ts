import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers' names of an invented paragraph. */
const names = (text: string) => analyzeBody(text).speakers.map(s => s.name);

// A Batak woman's name marks her clan with `boru`, often written `br.`: the particle is inside
// the name, as `bin` is, and the name is read whole before or after the cue.
describe('a Batak clan particle is inside the name', () => {
  test.each([
    ['Rosmaida boru Situmeang mengatakan, “Kami siap.”', 'Rosmaida boru Situmeang'],
    ['“Kami siap,” kata Rosmaida boru Situmeang.', 'Rosmaida boru Situmeang'],
    ['Rosmaida br. Situmeang mengatakan, “Kami siap.”', 'Rosmaida br. Situmeang'],
    ['“Kami siap,” kata Rosmaida br. Situmeang.', 'Rosmaida br. Situmeang'],
    [
      'Kepala Dinas Pariwisata Cibening, Rosmaida boru Situmeang, membantah kabar itu. “Kami siap,” kata Rosmaida.',
      'Rosmaida boru Situmeang',
    ],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
    expect(withFeaturesOff(['names.model.clanParticle'], () => names(text))).not.toEqual([name]);
  });
});
