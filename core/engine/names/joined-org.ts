/**
 * An organisation speaking as such, introduced by a full name with a lowercase joining word inside
 * (`dan`, `untuk`, `bagi`, `tentang`) and its short form in brackets, sometimes with its seat after
 * the bracket: `Organisasi Pangan dan Pertanian (FAO) menyebut …`, `Badan Dunia untuk Anak-Anak
 * (Unicef) menyatakan …`, `Himpunan Pedagang Beras dan Palawija (Hipeba) Jawa Tengah menilai …`.
 * A plain run stops at the lowercase word, so without this reading the subject was the tail after
 * it (`Pertanian (FAO)`) and read as a person, or as nobody. Unlike spelled-org.ts the short form
 * need not spell the name (a foreign acronym, a syllable short form such as `Hipeba`): the name
 * must open with an organisation head (lexicon/roles.ts ORG_HEADS) right where the capitalised
 * words begin, and carry no person's name word.
 */
import { ORG_HEAD_SET } from '../../lexicon/roles';
import { LIST_ANDS } from '../../lexicon/conjunctions';
import type { Mention } from './mention';
import type { NamedRef } from './name-split';
import { isRunToken } from './name-run';
import { personEvidence, type ArticleEvidence } from './name-model';
import { seatWord } from './seated-office';
import type { Token } from '../text/text';
import { isBracketedCapitalised } from '../text/bracketed';
import { featureOn } from '../features';

/**
 * Lowercase words that join the words of one organisation's name: `and` (`Pangan dan Pertanian`)
 * and the prepositions of purpose and topic a name takes (`Badan X untuk Pengungsi`, `Komisi
 * Nasional bagi Hak Anak`, `Konvensi tentang …`). Not `dari`/`di`: they tie a person to a place.
 */
const NAME_JOINS: ReadonlySet<string> = new Set([...LIST_ANDS, 'untuk', 'bagi', 'tentang']);

/** Most seat words after the bracket (`Kalimantan Timur`, `Kabupaten Bogor`, `Wilayah III`). */
const MAX_SEAT = 3;

/**
 * The organisation whose bracketed short form closes the subject ending at token `k`, or stands
 * before the seat words that end it (`… (Hipeba) Jawa Tengah`), when its full name holds a joining
 * word. Null otherwise.
 */
export function joinedOrgBefore(
  toks: readonly Token[],
  k: number,
  text: string,
  evidence: ArticleEvidence,
): Mention | null {
  let b = k;
  while (b > k - MAX_SEAT && b >= 0 && !isBracketedCapitalised(toks[b]!.text)) b--;
  if (b < 2 || !isBracketedCapitalised(toks[b]!.text)) return null;
  return joinedOrgAt(toks, b, k, text, evidence);
}

/**
 * joinedOrgBefore at a bracketed capitalised word `b`: a function of its own behind that test, so
 * that most subjects compile only the test (engine README: guards before bodies).
 */
function joinedOrgAt(
  toks: readonly Token[],
  b: number,
  k: number,
  text: string,
  evidence: ArticleEvidence,
): Mention | null {
  if (!featureOn('names.joinedOrganisation')) return null;
  for (let s = b + 1; s <= k; s++) if (!seatWord(toks[s]!.text, evidence)) return null;
  let start = b - 1;
  while (start > 0) {
    const prev = toks[start - 1]!;
    if (isRunToken(prev)) start--;
    else if (NAME_JOINS.has(prev.text) && isRunToken(toks[start - 2])) start -= 2;
    else break;
  }
  const ref = joinedRef(toks, start, b, k + 1, text, evidence);
  return ref && { kind: 'named', refs: [ref], text: text.slice(toks[start]!.start, toks[k]!.end) };
}

/**
 * The running text's reading of the same shape, from the organisation head at token `i`: the end
 * of the organisation's span (past its bracket and seat) and its reading, or null. The cast reads
 * the name once, as the cue reader does, so a later `kata <short form>` finds this organisation and
 * not one named by the words before the joining word.
 */
export function joinedOrgFrom(
  toks: readonly Token[],
  i: number,
  text: string,
  evidence: ArticleEvidence,
): { end: number; ref: NamedRef } | null {
  if (!ORG_HEAD_SET.has(toks[i]!.lower) || !featureOn('names.joinedOrganisation')) return null;
  let b = i + 1;
  while (isRunToken(toks[b]) || (NAME_JOINS.has(toks[b]?.text ?? '') && isRunToken(toks[b + 1])))
    b++;
  if (!isBracketedCapitalised(toks[b]?.text ?? '')) return null;
  let end = b + 1;
  while (end < b + 1 + MAX_SEAT && isRunToken(toks[end]) && seatWord(toks[end]!.text, evidence))
    end++;
  const ref = joinedRef(toks, i, b, end, text, evidence);
  return ref && { end, ref };
}

/**
 * The organisation named by tokens [start, b), its bracketed short form at `b` and its seat up to
 * `end`, when the name opens with an organisation head, holds a joining word between capitalised
 * words and no person's name word. Null otherwise.
 */
function joinedRef(
  toks: readonly Token[],
  start: number,
  b: number,
  end: number,
  text: string,
  evidence: ArticleEvidence,
): NamedRef | null {
  if (!isRunToken(toks[b - 1]) || !ORG_HEAD_SET.has(toks[start]!.lower)) return null;
  const named = toks.slice(start, b);
  if (!named.some(t => NAME_JOINS.has(t.text))) return null;
  if (named.some(t => isRunToken(t) && personEvidence(t.text, evidence))) return null;
  const seat = b + 1 < end ? ' ' + text.slice(toks[b + 1]!.start, toks[end - 1]!.end) : '';
  return {
    name: text.slice(toks[start]!.start, toks[b - 1]!.end) + seat,
    role: null,
    kind: 'organization',
    alias: toks[b]!.text.slice(1, -1),
  };
}
