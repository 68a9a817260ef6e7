import { describe, expect, it } from 'vitest';
import { keptPerString, lowerWord } from '../../core/engine/text/kept-per-string';
import { tokenCueLength, postCueLength } from '../../core/lexicon/cues';
import { isRoleWord, isRunWord } from '../../core/engine/names/name-run';
import { nameTokens } from '../../core/engine/text/token-runs';

describe('keptPerString: a pure test asked once per string', () => {
  it('reads each string once and answers again from the store', () => {
    const read: string[] = [];
    const length = keptPerString(s => (read.push(s), s.length));
    expect(['Budi', 'kata', 'Budi', 'Budi', 'kata'].map(length)).toEqual([4, 4, 4, 4, 4]);
    expect(read).toEqual(['Budi', 'kata']);
  });

  it('empties the store at its limit and reads again, with the same answers', () => {
    const read: string[] = [];
    const upper = keptPerString(s => (read.push(s), s.toUpperCase()), 2);
    expect(['a', 'b', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'A']);
    expect(read).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('the kept word tests answer as the tests they keep', () => {
  // Asked twice each: the second answer comes from the store.
  it.each([
    ['Gubernur', true, true],
    ['Menurut', false, false],
    ['SENIN', false, true],
    ['KPK', true, true],
    ['rapat', false, true],
    ['Ánh', true, false],
    ['Budi', true, false],
  ])('%s: a run word %s, a role word %s', (w, run, role) => {
    for (let n = 0; n < 2; n++) {
      expect(lowerWord(w)).toBe(w.toLowerCase());
      expect(isRunWord(w)).toBe(run);
      expect(isRoleWord(w)).toBe(role);
    }
  });

  it.each(['katanya', 'ujar', 'Tuturnya', 'kata-kata', 'rapat', '(kata)', ''])(
    'tokenCueLength(%j) is postCueLength',
    w => expect(tokenCueLength(w)).toBe(postCueLength(w)),
  );
});

describe('nameTokens: a name lowercased and split once, the same frozen answer after', () => {
  it.each([
    ['Rudi Hartono', ['rudi', 'hartono']],
    ['  Kepala  Dinas\tPasar ', ['kepala', 'dinas', 'pasar']],
    ['Ánh Nguyễn', ['ánh', 'nguyễn']],
    ['', []],
  ])('%j', (name, tokens) => {
    const first = nameTokens(name);
    expect(first).toEqual(tokens);
    expect(Object.isFrozen(first)).toBe(true);
    // Asked again, the kept array itself: callers share it and never change it.
    expect(nameTokens(name)).toBe(first);
  });
});
