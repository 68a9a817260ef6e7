/**
 * Seeded fuzzing for tests that check a hand-written reader against the code it replaced: the
 * same seed draws the same strings on every run, so a failure can be replayed.
 */

/** A function drawing `count` strings of 0-`max` pieces from `alphabet`, from its own seeded generator. */
export function fuzzer(seed: number) {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return (alphabet: readonly string[], count: number, max: number): string[] =>
    Array.from({ length: count }, () =>
      Array.from(
        { length: Math.floor(random() * (max + 1)) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join(''),
    );
}

/**
 * A seeded generator of non-negative 32-bit integers (mulberry32), for tests that draw their own
 * inputs from it: the same numbers on every run.
 */
export function seededIntegers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}
