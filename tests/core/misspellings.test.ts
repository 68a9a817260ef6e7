import { describe, expect, it } from 'vitest';
import { deletions } from '../../core/engine/cast/misspellings';
import { withinEdits } from '../../core/engine/cast/name-match';
import { CastBuilder } from '../../core/engine/cast/cast-builder';

const shared = (a: string, b: string, k: number) => {
  const da = deletions(a, k);
  return [...deletions(b, k)].some(d => da.has(d));
};

describe('deletions: the strings k deletions or fewer make of a word', () => {
  it('of a short word, each once', () => {
    expect([...deletions('abc', 1)].sort()).toEqual(['ab', 'abc', 'ac', 'bc']);
    expect([...deletions('aab', 1)].sort()).toEqual(['aa', 'aab', 'ab']);
    expect([...deletions('abc', 2)].sort()).toEqual(['a', 'ab', 'abc', 'ac', 'b', 'bc', 'c']);
  });

  // Invented name words and every word one or two edits (of a small alphabet) away from them.
  const WORDS = ['hendra', 'suryanto', 'wibowo', 'kartika', 'lestari', 'rahmat'];
  const edits = (w: string): string[] => {
    const out: string[] = [];
    for (let i = 0; i <= w.length; i++) {
      for (const c of 'aiouy') out.push(w.slice(0, i) + c + w.slice(i)); // insertion
      if (i === w.length) continue;
      out.push(w.slice(0, i) + w.slice(i + 1)); // deletion
      for (const c of 'aiouy') out.push(w.slice(0, i) + c + w.slice(i + 1)); // substitution
    }
    return out;
  };
  it('two words within two edits always share one (so the index misses no misspelling)', () => {
    for (const w of WORDS)
      for (const one of edits(w))
        for (const two of [one, ...edits(one)]) {
          expect(withinEdits(w, two, 2)).toBe(true);
          expect(shared(w, two, 2)).toBe(true);
        }
  });
});

describe('the cast builder finds a misspelt name among many', () => {
  // A cast of many invented two-word names; the article uses the misspelt word alone at a cue.
  const evidence = new Set(['Hendri']);
  const build = (names: string[]) => {
    const b = new CastBuilder(evidence);
    names.forEach((name, k) =>
      b.register({ name, role: null, kind: 'person', alias: null }, k * 1000),
    );
    return b;
  };
  const many = Array.from({ length: 300 }, (_, k) => `Warga${k} Santoso${k}`);

  it('one person within two edits: that person', () =>
    expect(build([...many, 'Hendra Wijaya', ...many]).find('Hendri')?.name).toBe('Hendra Wijaya'));
  it('the person added after the first misspelling was looked up is found too', () => {
    const b = build(many);
    expect(b.find('Hendri')).toBeNull();
    b.register({ name: 'Hendra Wijaya', role: null, kind: 'person', alias: null }, 999_999);
    expect(b.find('Hendri')?.name).toBe('Hendra Wijaya');
  });
  it('two people within two edits: neither', () =>
    expect(build(['Hendra Wijaya', ...many, 'Hendry Kusuma']).find('Hendri')).toBeNull());
});
