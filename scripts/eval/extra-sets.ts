/**
 * Study articles outside ../shared/eval/dev that a script may read: `--set DIR:FROM-TO` (repeatable)
 * names a folder holding `corpus/NNN.txt` and `gold/NNN.json` and the ids to read from it. The held-out
 * sets live outside the project, so they are named on the command line, never found by listing a
 * folder; ids of a blind set are refused, so no script reads a text that must stay unread.
 */

/** Blind ids, for ever: the dev slice and fresh set B (scored as aggregates only, never read). */
export const BLIND_RANGES: readonly (readonly [number, number])[] = [
  [111, 120],
  [213, 224],
];

/** A folder and the ids to read from it. */
export interface ExtraSet {
  dir: string;
  ids: string[];
}

/** The `--set DIR:FROM-TO` arguments of `argv`; throws on a malformed one or a blind id. */
export function extraSets(argv: readonly string[]): ExtraSet[] {
  const out: ExtraSet[] = [];
  argv.forEach((a, i) => {
    if (a !== '--set') return;
    const m = /^(.+):(\d{3,4})-(\d{3,4})$/u.exec(argv[i + 1] ?? '');
    if (!m)
      throw new Error(`--set wants DIR:FROM-TO (three- or four-digit ids), got ${argv[i + 1]}`);
    const [from, to] = [Number(m[2]), Number(m[3])];
    const ids: string[] = [];
    for (let n = from; n <= to; n++) {
      if (BLIND_RANGES.some(([lo, hi]) => n >= lo && n <= hi))
        throw new Error(`--set: id ${n} is blind and is never read`);
      ids.push(String(n).padStart(3, '0'));
    }
    out.push({ dir: m[1]!, ids });
  });
  return out;
}
