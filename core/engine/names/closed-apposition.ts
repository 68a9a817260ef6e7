/**
 * A name closed by commas on both sides and followed by its clause (`…, Budi Santoso, menjelaskan`):
 * the words before its first comma are then an apposition of it, not a list it closes, because a
 * list of people goes on with another name or `dan` after the second comma, not a lowercase word.
 * So a role there is the name's role whatever name-like words it ends with (`Direktur PT Sinar
 * Abadi`, `Kuasa hukum Rudi`): see cast/read-mentions.ts `withRoleBefore`.
 */
import { isCapitalised, isLowerWord, type Token } from '../text/text';
import { featureOn } from '../features';
import { isDigits } from '../text/chars';
import { NICKNAME_FILLERS, NICKNAME_MARKERS } from '../../lexicon/nickname-asides';
import { otherNameAfter } from '../cast/other-name-clause';
import { ROLE_HEAD_SET } from '../../lexicon/roles';

/** Words of the longest clause telling an other name: `yang` [adverb] verb `nama` [qualifier]. */
const MAX_OTHER_NAME = 5;
import { LIST_ANDS, ORS } from '../../lexicon/conjunctions';

/** Words that go on a list after its comma (`A, B, dan C`), so the name before them is a member. */
const LIST_GOES_ON: ReadonlySet<string> = new Set([...LIST_ANDS, ...ORS]);

/** True when the name ending at token `last` is followed by a comma and a lowercase clause word. */
export function closedApposition(toks: readonly Token[], name: number): boolean {
  if (!featureOn('cast.roleBeforeClosedName')) return false;
  const last = agedEnd(toks, nicknameAsideEnd(toks, name));
  if (toks[last + 1]?.text !== ',') return false;
  const next = toks[last + 2]?.text ?? '';
  return isLowerWord(next) && !LIST_GOES_ON.has(next);
}

/**
 * `Ibunda Budi, Hasnah (44), lebih …`, `Direktur PT Sinar Abadi, Rudi (52 tahun), menjelaskan`: an
 * age bracketed right after the name describes the same person and closes nothing, so the comma
 * after it closes the apposition as one right after the name does (cast.agedClosedApposition).
 * The last token of the name with its age (`name` itself when no age follows).
 */
function agedEnd(toks: readonly Token[], name: number): number {
  const note = toks[name + 1]?.text ?? '';
  const aged = note.startsWith('(') && isDigits(note.charAt(1)) && note.endsWith(')');
  return aged && featureOn('cast.agedClosedApposition') ? name + 1 : name;
}

/** How many lowercase words a nickname aside may put between the name and its nickname. */
const MAX_ASIDE_WORDS = 5;

/**
 * `Budi Santoso alias Kang Budi, mengakui …`, `Rina atau yang akrab disapa Bu Rina, menuturkan …`:
 * a nickname aside after the name closes the apposition where its nickname ends, as the name
 * would with no aside. The last token of the aside (or `name` itself when none follows).
 */
export function nicknameAsideEnd(toks: readonly Token[], name: number): number {
  if (!featureOn('cast.nicknameAsideCloses')) return name;
  let j = name + 1;
  let marked = false;
  for (; j <= name + MAX_ASIDE_WORDS; j++) {
    const w = toks[j]?.lower ?? '';
    if (NICKNAME_MARKERS.has(w)) marked = true;
    else if (!NICKNAME_FILLERS.has(w)) break;
  }
  if (!marked) return name;
  let end = j;
  while (toks[end] && isCapitalised(toks[end]!.text)) end++;
  return end > j ? end - 1 : name;
}

/**
 * `yang akrab disapa Ucok`, `yang biasa dipanggil Pak Dar`: a relative clause that gives a nickname,
 * opened by `yang` at token `y`. Where the nickname starts (the token after the verb of calling),
 * or -1. The one reading of that clause: the cue readers, the sentence roles and the subject
 * before a cue all ask it.
 */
export function nicknameAfterYang(toks: readonly Token[], y: number): number {
  if (toks[y]?.lower !== 'yang') return -1;
  let j = y + 1;
  while (j <= y + MAX_ASIDE_WORDS && NICKNAME_FILLERS.has(toks[j]?.lower ?? '')) j++;
  if (NICKNAME_MARKERS.has(toks[j]?.lower ?? '')) return j + 1;
  // `yang memiliki nama asli X`: a clause telling the person's other name (other-name-clause.ts).
  const other = otherNameAfter(
    toks.slice(y, y + MAX_OTHER_NAME).map(t => t.lower),
    0,
  );
  return other > 0 && !ROLE_HEAD_SET.has(toks[y + other]?.lower ?? '') ? y + other : -1;
}
