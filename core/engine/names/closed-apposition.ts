/**
 * A name closed by commas on both sides and followed by its clause (`…, Budi Santoso, menjelaskan`):
 * the words before its first comma are then an apposition of it, not a list it closes, because a
 * list of people goes on with another name or `dan` after the second comma, not a lowercase word.
 * So a role there is the name's role whatever name-like words it ends with (`Direktur PT Sinar
 * Abadi`, `Kuasa hukum Rudi`): see cast/read-mentions.ts `withRoleBefore`.
 */
import { isLowerWord, type Token } from '../text/text';
import { featureOn } from '../features';

/** Words that go on a list after its comma (`A, B, dan C`), so the name before them is a member. */
const LIST_GOES_ON: ReadonlySet<string> = new Set(['dan', 'serta', 'atau', 'and', 'or']);

/** True when the name ending at token `last` is followed by a comma and a lowercase clause word. */
export function closedApposition(toks: readonly Token[], last: number): boolean {
  if (!featureOn('cast.roleBeforeClosedName') || toks[last + 1]?.text !== ',') return false;
  const next = toks[last + 2]?.text ?? '';
  return isLowerWord(next) && !LIST_GOES_ON.has(next);
}
