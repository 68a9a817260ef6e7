/**
 * The cast builder finds a written name's entity from indexes (alias, name token, nickname
 * prefix), never by scanning the cast: an article of many names stays linear. These tests check
 * every answer against the plain scan the indexes replace, on a seeded cast of invented names,
 * and that a lookup reads no entity from the cast's list.
 */
import { describe, expect, test } from 'vitest';
import { CastBuilder, type DraftEntity } from '../../core/engine/cast/cast-builder';
import { pos } from '../../core/engine/cast/entity';
import { isNamedPerson } from '../../core/engine/cast/name-match';
import { containsRun, nameTokens } from '../../core/engine/text/token-runs';
import type { NamedRef } from '../../core/engine/names/name-split';

// Invented name words, few enough that names share words and prefixes.
const WORDS =
  'Santo Santoso Wibowo Wibisono Hartono Harto Rina Rinawati Dewi Dewanto Budi Budiman Sari Sarinah Joko Jokowan'.split(
    ' ',
  );

function seeded(seed: number) {
  let s = seed;
  return (n: number) => (s = (s * 1103515245 + 12345) % 2147483648) % n;
}

/** What `find` answered by scanning the whole cast (before the indexes). */
function findPlain(all: readonly DraftEntity[], name: string): DraftEntity | null {
  const t = nameTokens(name);
  const lower = name.toLowerCase();
  let best: DraftEntity | null = null;
  for (const e of all) {
    for (const a of e.aliases) if (a.toLowerCase() === lower) return e;
    if (containsRun(e.tokens, t) && (!best || e.tokens.length > best.tokens.length)) best = e;
  }
  if (best || t.length !== 1 || t[0]!.length < 4) return best;
  const w = t[0]!;
  // A nickname: the first named person with a name word `w` is a proper prefix of.
  return all.find(e => isNamedPerson(e) && e.tokens.some(x => x.startsWith(w) && x !== w)) ?? null;
}

/** A cast built from `n` random invented refs: registered, resolved at cues, given aliases. */
function randomCast(seed: number, n: number): { b: CastBuilder; queries: string[] } {
  const r = seeded(seed);
  const b = new CastBuilder();
  const queries: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = Array.from({ length: 1 + r(3) }, () => WORDS[r(WORDS.length)]!).join(' ');
    const ref: NamedRef = {
      name,
      role: r(3) ? null : 'Kepala Dinas',
      kind: r(6) ? 'person' : 'organization',
      alias: r(5) ? null : WORDS[r(WORDS.length)]!.slice(0, 4 + r(3)),
    };
    if (r(2)) b.register(ref, pos(0, i));
    else b.resolve(ref, pos(0, i));
    const word = WORDS[r(WORDS.length)]!;
    queries.push(name, word, word.slice(0, 4 + r(3)), word.toLowerCase(), `${word} ${name}`);
  }
  return { b, queries };
}

describe('CastBuilder.find from its indexes', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('answers as the plain scan, cast seed %i', seed => {
    const { b, queries } = randomCast(seed, 120);
    for (const q of queries) expect(b.find(q, false)).toBe(findPlain(b.all, q));
  });

  test('a lookup reads no entity from the cast list', () => {
    const { b, queries } = randomCast(9, 400);
    let reads = 0;
    const counted = new Proxy(b.all, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/u.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    Object.defineProperty(b, 'all', { value: counted });
    for (const q of queries) b.find(q, false);
    expect(queries.length).toBeGreaterThan(1000);
    expect(reads).toBe(0);
  });
});

describe('CastBuilder: a longer form holding known names', () => {
  const person = (name: string): NamedRef => ({ name, role: null, kind: 'person', alias: null });

  test.each([
    [['Budi Sari', 'Sari Joko'], 'Budi Sari'],
    // The first introduced, even when the longer form writes the other's words first.
    [['Sari Joko', 'Budi Sari'], 'Sari Joko'],
  ])('%j then `Budi Sari Joko`: one more form of %s', (known, joined) => {
    const b = new CastBuilder();
    known.forEach((name, i) => b.register(person(name), pos(0, i)));
    const e = b.register(person('Budi Sari Joko'), pos(1, 0))!;
    expect(b.all).toHaveLength(2);
    expect(e.name).toBe('Budi Sari Joko');
    expect([...e.aliases]).toEqual([joined]);
    expect(b.find('Budi Sari Joko')).toBe(e);
    expect(b.find(joined)).toBe(e);
  });
});
