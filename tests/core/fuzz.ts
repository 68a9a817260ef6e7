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
