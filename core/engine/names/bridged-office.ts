/**
 * An office written before a name across what ends a capitalised run: a bracketed short form after
 * lowercase role words (`jaksa penuntut umum (JPU) Kejari Sleman Budi`), a link word (`Ambassador
 * to Ruritania Budi`, `Direktur Institute of Studies on Farming (Isof) Indonesia Budi`, `politisi
 * Partai X asal Cibening Budi`) or a class numeral (`Kalapas Kelas I Cibening Budi`). The run
 * before the name then starts after the break, so its role is only the organisation or place that
 * closes the office (`Kejari Sleman`, `Indonesia`): the office's head stands before the break, and
 * the role runs from there (names.bridgedOffice).
 */
import { featureOn } from '../features';
import { isLowerWord, type Token } from '../text/text';
import { isBracketedCapitalised } from '../text/bracketed';
import { isRomanNumeral } from '../text/word-shape';
import { isRunToken } from './name-run';
import { HONORIFIC_SET } from '../../lexicon/honorifics';
import { OFFICE_BRIDGES, ROLE_HEAD_SET, ROLE_WORD_SET } from '../../lexicon/roles';

/** The most tokens read back from the run over an office's words, brackets and links. */
const MAX_BRIDGED = 12;

/** A class or rank numeral inside an office's name (`Kelas I`, `Kelas IIA`, `Koarmada II`). */
const isClassNumeral = (w: string): boolean => isRomanNumeral(w, true);

/** True when token `t` may stand inside an office written before a run. */
function inOffice(t: Token): boolean {
  if (isBracketedCapitalised(t.text) || isClassNumeral(t.text)) return true;
  if (isLowerWord(t.text)) return OFFICE_BRIDGES.has(t.lower) || ROLE_WORD_SET.has(t.lower);
  return isRunToken(t);
}

/** True when no word of `role` is a role head (`KPK`, `Indonesia`, `Kota X`). */
function headless(role: string): boolean {
  return !role.split(' ').some(w => ROLE_HEAD_SET.has(w.toLowerCase()));
}

/**
 * The role of the person `name` read from the run starting at token `i`, whose own reading gave
 * it `role` (headless, or none): the office from its head before the break to the run, with the
 * run's role words after it, or null when no office stands there. A break (a bracket, a link
 * word or a numeral) must stand right before the run, so a role read far back is never joined.
 */
export function bridgedOffice(
  t: readonly Token[],
  i: number,
  { name, role }: { name: string; role: string | null },
  text: string,
): string | null {
  if (!featureOn('names.bridgedOffice') || (role && !headless(role))) return null;
  const before = t[i - 1];
  if (!before) return null;
  // The run may open with the numeral itself (`Kelas IIA Cibening Budi`: `IIA Cibening Budi`).
  const broken =
    isBracketedCapitalised(before.text) ||
    isClassNumeral(before.text) ||
    isClassNumeral(t[i]?.text ?? '') ||
    OFFICE_BRIDGES.has(before.lower);
  if (!broken) return null;
  let b = i;
  while (b > 0 && i - b < MAX_BRIDGED && inOffice(t[b - 1]!)) b--;
  let head = b;
  while (head < i && !ROLE_HEAD_SET.has(t[head]!.lower)) head++;
  if (head >= i - 1) return null;
  // Capitalised words right before the head modify it (`Ruritanian Ambassador`, `Deputy Minister`).
  let start = head;
  while (start > b && isRunToken(t[start - 1]) && !OFFICE_BRIDGES.has(t[start - 1]!.lower)) start--;
  const office = text.slice(t[start]!.start, t[i - 1]!.end);
  // The words of the run before the name close the office: up to where the run's own role ends
  // (`Farming (Isof) Indonesia`, which the run's reading cut to `Indonesia`), or with no role, the
  // run's words before the name but its honorifics (`Cibening` of `Cibening Hj Rina`).
  const at = role ? text.indexOf(role, t[i]!.start) : -1;
  const rest = at >= 0 ? text.slice(t[i]!.start, at + role!.length) : runBefore(t, i, name, text);
  // After a link word the office needs what it links to: `diserahkan Bupati X untuk Budi` gives Budi
  // nothing, `Ambassador to Ruritania Budi` names where the office is.
  if (!rest) return OFFICE_BRIDGES.has(before.lower) ? null : office;
  return `${office} ${rest}`;
}

/** The words of the run starting at token `i` before `name`, without the honorifics before it. */
function runBefore(t: readonly Token[], i: number, name: string, text: string): string {
  const at = text.indexOf(name, t[i]!.start);
  let k = i;
  while (t[k] && t[k]!.start < at) k++;
  while (k > i && HONORIFIC_SET.has(t[k - 1]!.lower.replace(/\.$/u, ''))) k--;
  return k > i ? text.slice(t[i]!.start, t[k - 1]!.end) : '';
}
