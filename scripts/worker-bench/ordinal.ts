/**
 * English ordinals for the bench's printed lines (`1st`, `2nd`, `3rd`, `4th`, `11th`, `22nd`): the
 * worker-trace report names the last of `--repeats N` visits, and `2th` read as a typo.
 */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
