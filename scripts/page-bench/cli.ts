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
