/**
 * What the browser benches (bench-page*.ts, bench-long-task.ts, bench-worker*.ts) share to read
 * their arguments and sum up their loads, so each script holds only its measurement.
 */

/** The value after `--name` on the command line, or undefined when the flag is absent. */
export const argOf = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};

/** The median (the mean of the two middle values for an even count). */
export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * The lower quartile, the median and the upper quartile (Tukey's hinges: the medians of the lower
 * and the upper half, the middle value in both for an odd count).
 */
export const quartiles = (values: number[]): [number, number, number] => {
  const sorted = [...values].sort((a, b) => a - b);
  const half = (sorted.length + 1) >> 1;
  return [median(sorted.slice(0, half)), median(sorted), median(sorted.slice(-half))];
};

/**
 * `a[i] - b[i]` for each round `i` both measured: the difference of two builds loaded one right
 * after the other, so a slow spell of the shared machine, which moves both, mostly cancels out.
 */
export const pairedDifferences = (a: number[], b: number[]): number[] =>
  a.slice(0, b.length).map((value, i) => value - b[i]!);

/**
 * The order of `kinds` in round `round`: rotated by one each round, so no build always loads
 * right after the same other one (the browser that ran last leaves the machine's caches and
 * frequency to the next) or always first.
 */
export const roundOrder = <T>(kinds: readonly T[], round: number): T[] => {
  const shift = kinds.length ? round % kinds.length : 0;
  return [...kinds.slice(shift), ...kinds.slice(0, shift)];
};
