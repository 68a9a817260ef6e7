/**
 * `Maruli Pardede, sopir angkot yang melayani trayek terminal sejak pabrik tutup, menolak …`: a
 * role set off after a name may go on into a relative clause about the person (how long, where,
 * since when). The role is the words before `yang`; the clause tells a story about the person,
 * not what they are. The appositive reader (appositive-after.ts) reads the longer description
 * such a clause makes; the cast's role and the cue readers' description before a cue's comma
 * (described-name.ts) are both cut here, so every reader of the appositive gives one role.
 */
import { featureOn } from '../features';
import { isWord } from '../text/text';
import { startsLower } from '../text/chars';
import { ROLE_HEAD_SET, ROLE_LINKS } from '../../lexicon/roles';

/** The most words of a role before its `yang` (`pedagang sayur keliling`). */
export const MAX_ROLE_WORDS = 4;

/**
 * The role in a description read between a name's comma and a cue's (`nelayan yang tinggal di
 * pesisir X sejak kecil` → `nelayan`): the words before `yang` when a role head opens it;
 * the description as it is otherwise.
 */
export function roleOfDescription(description: string): string {
  if (!featureOn('names.roleBeforeRelative')) return description;
  const words = description.split(' ');
  const k = words.indexOf('yang');
  if (k < 1 || k > MAX_ROLE_WORDS || !ROLE_HEAD_SET.has(words[0]!)) return description;
  return words.slice(0, k).every((w, j) => isWord(w) && (startsLower(w) || placedAt(words, j)))
    ? words.slice(0, k).join(' ')
    : description;
}

/** Words that take a place or an institution inside a role (`asal Garut`, `di Pasar Baru`). */
const PLACE_LINKS: ReadonlySet<string> = new Set([...ROLE_LINKS, 'asal']);

/**
 * `pedagang asal Garut yang …`, `penari dari Solo yang …`: a capitalised word of the role
 * before `yang` is the place or institution a link word before it opens, read over the capitalised
 * words between (names.placeInRoleBeforeRelative); any other capitalised word keeps the whole
 * description.
 */
function placedAt(words: readonly string[], j: number): boolean {
  if (!featureOn('names.placeInRoleBeforeRelative')) return false;
  let k = j - 1;
  while (k > 0 && !startsLower(words[k]!)) k--;
  return k > 0 && k < j && PLACE_LINKS.has(words[k]!);
}
