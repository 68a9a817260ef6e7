/**
 * Two office holders written as a pair, the organisation spelled out once: `Ketua Fraksi X, Budi,
 * dan Sekretaris Fraksi, Rina, …`, `Ketua Umum Serikat Y, Budi, dan Sekretaris Jenderal, Rina`,
 * `Ketua Paguyuban Z, Budi, dan wakilnya, Rina`. The second holds their office in the first's
 * organisation, so their role is their own office with that organisation (`Sekretaris Fraksi X`,
 * `Sekretaris Jenderal Serikat Y`, `wakil Ketua Paguyuban Z`), not the bare office or nothing.
 */
import { featureOn } from '../features';
import type { Token } from '../text/text';
import { isClauseStop } from '../text/text';
import { isRunToken } from '../names/name-run';
import { OFFICE_QUALIFIER_SET, ROLE_HEAD_SET, SUBORDINATE_OFFICE } from '../../lexicon/roles';
import { DEFINITE } from '../../lexicon/pronouns';
import { JOINS_PEOPLE } from '../names/name-run';

/** The longest role, name (with an aside) and second office read, in tokens. */
const MAX_ROLE = 12;
const MAX_NAME = 10;
const MAX_OFFICE = 4;

/** How many words open `toks` from `from` as an office: a head, then heads or qualifiers. */
function officeLength(toks: readonly Token[], from: number, to: number): number {
  if (from >= to || !ROLE_HEAD_SET.has(toks[from]!.lower)) return 0;
  let k = from + 1;
  while (k < to && (ROLE_HEAD_SET.has(toks[k]!.lower) || OFFICE_QUALIFIER_SET.has(toks[k]!.lower)))
    k++;
  return k - from;
}

/**
 * Index of the nearest clause stop at or before `k`, looking at most `max` tokens back: -1 when
 * the paragraph opens first, -2 when none is that near.
 */
function stopBefore(toks: readonly Token[], k: number, max: number): number {
  let j = k;
  for (; j >= 0 && k - j <= max; j--) if (isClauseStop(toks[j]!.text)) return j;
  return j < 0 ? -1 : -2;
}

/** The first office of the pair, from clause stop to comma: [start, office end, end] or null. */
function firstRole(toks: readonly Token[], comma: number): [number, number, number] | null {
  const stop = stopBefore(toks, comma - 1, MAX_ROLE);
  if (stop === -2) return null;
  const start = stop + 1;
  let end = comma;
  while (end > start && DEFINITE.has(toks[end - 1]!.lower)) end--;
  const office = officeLength(toks, start, end);
  if (!office || start + office >= end) return null;
  return [start, start + office, end];
}

/**
 * The role of the person whose name starts at token `i` when they are the second of an office
 * pair (see the file comment), or null.
 */
export function sharedOfficeRole(toks: readonly Token[], i: number, text: string): string | null {
  if (!featureOn('cast.sharedOffice') || toks[i - 1]?.text !== ',') return null;
  let and = i - 2;
  while (and > i - 2 - MAX_OFFICE && and > 0 && !JOINS_PEOPLE.has(toks[and]!.lower)) and--;
  if (and <= 1 || !JOINS_PEOPLE.has(toks[and]!.lower) || toks[and - 1]!.text !== ',') return null;
  const nameComma = stopBefore(toks, and - 2, MAX_NAME);
  if (nameComma < 1 || toks[nameComma]!.text !== ',' || !isRunToken(toks[nameComma + 1]))
    return null;
  const first = firstRole(toks, nameComma);
  if (!first) return null;
  const [start, orgStart, end] = first;
  const span = (a: number, b: number) => text.slice(toks[a]!.start, toks[b - 1]!.end);
  const org = span(orgStart, end);
  // `wakilnya`, `sekretarisnya`: an office owned by the first holder.
  if (and + 2 === i - 1) {
    const w = toks[and + 1]!.lower;
    const stem = w.endsWith('nya') ? w.slice(0, -3) : '';
    if (!ROLE_HEAD_SET.has(stem)) return null;
    return `${stem} ${SUBORDINATE_OFFICE.has(stem) ? span(start, end) : org}`;
  }
  // `Sekretaris Fraksi`: an office whose words after the head open the first's organisation.
  const office = officeLength(toks, and + 1, i - 1);
  if (!office) return null;
  const rest = toks.slice(and + 1 + office, i - 1).map(t => t.lower);
  const orgWords = toks.slice(orgStart, end).map(t => t.lower);
  if (rest.length >= orgWords.length || rest.some((w, k) => orgWords[k] !== w)) return null;
  return `${span(and + 1, and + 1 + office)} ${org}`;
}
