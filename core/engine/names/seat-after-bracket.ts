/**
 * `Kepala Dinas Kesehatan (Dinkes) Cibening Rudi Hartono`: a bracketed acronym closes the
 * office's name, but the office's seat may still follow it before the person (`(Pemkab)
 * Sukamaju`, `(Dinkes) Cibening`). The word right after the bracket is that seat, not the
 * person's first name, when it is no person's name word and a person's name of two words or more
 * follows it: a place word, or an unknown word before a given name. A place word alone after the
 * bracket is the seat too, and the run an office with no name (`(Dinkes) Sukamaju, Rudi …`). A
 * two-word rest (`(Mendes PDT) Yudha Kusnandar`) is the name itself.
 */
import { featureOn } from '../features';
import { knownPlace, personEvidence, type ArticleEvidence } from './name-model';
import { isGivenNameSpelling } from './name-spelling';
import { startsUpper } from '../text/chars';
import { isAcronym } from './name-run';
import { ORG_HEAD_SET } from '../../lexicon/roles';
import { EN_ORG_COMPLEMENT_OPENERS } from '../../lexicon/organisations-en';

/** Where the name starts after a title form in brackets that ends before `titled`. */
export function seatAfterBracket(
  words: readonly string[],
  titled: number,
  evidence: ArticleEvidence,
): number {
  if (!featureOn('names.model.seatAfterBracket')) return titled;
  const rest = words.slice(titled).filter(w => startsUpper(w) && !w.startsWith('('));
  const [seat, next] = [words[titled]!, words[titled + 1] ?? ''];
  if (personEvidence(seat, evidence) || isGivenNameSpelling(seat)) return titled;
  // `Kepala Dinas Kesehatan (Dinkes) Sukamaju, Rudi Hartono`: the seat alone closes the office.
  if (rest.length === 1 && words.length === titled + 1)
    return knownPlace(seat, evidence) ? titled + 1 : titled;
  if (rest.length < 3) return titled;
  if (knownPlace(seat, evidence)) return titled + 1;
  return isGivenNameSpelling(next) && !englishNamed(words, titled) ? titled + 1 : titled;
}

/**
 * `Kepala Pelaksana (Kalaksa) BPBD X`: after the bracket, a body's acronym or head and then
 * only places the gazetteer or the article knows is the office's body and seat, and the run names
 * nobody (names.model.bodySeatAfterBracket): a title whose holder the article names elsewhere.
 */
export function bodyAndSeat(
  words: readonly string[],
  titled: number,
  evidence: ArticleEvidence,
): boolean {
  if (!featureOn('names.model.bodySeatAfterBracket')) return false;
  const body = words[titled]!;
  const seats = words.slice(titled + 1);
  if (!seats.length || !(isAcronym(body) || ORG_HEAD_SET.has(body.toLowerCase()))) return false;
  return seats.every(w => knownPlace(w, evidence) && !personEvidence(w, evidence));
}

/**
 * `Peneliti Institute for Development of Economics (IDE) Fadhil Budi Santoso`: an institution
 * named in English, in English or Indonesian copy, is not written with an Indonesian seat after
 * its short form (English puts the seat before it: `the Cibening Health Agency`), so an unknown
 * word after the bracket opens the person's name; only a known place is a seat there
 * (names.englishOrgBracketCloses, with english-org.ts afterShortForm).
 */
function englishNamed(words: readonly string[], titled: number): boolean {
  if (!featureOn('names.englishOrgBracketCloses')) return false;
  // The words opening an English head's complement (`Institute for Development of …`).
  for (let k = 0; k < titled; k++) if (EN_ORG_COMPLEMENT_OPENERS.has(words[k]!)) return true;
  return false;
}

/**
 * `Ketua DPRD Cibening Andi Wijaya`: after an acronym that names an institution, an unknown word
 * before a given name that opens a name of two words or more is the institution's seat, not the
 * person's first name, as after a bracketed acronym. (`Peneliti Indef Rudi Hartawan`: a given
 * name right after the acronym opens the name.) Returns where the name starts.
 */
export function seatAfterAcronym(
  words: readonly string[],
  start: number,
  evidence: ArticleEvidence,
): number {
  if (!featureOn('names.model.seatAfterAcronym')) return start;
  const seat = words[start] ?? '';
  const rest = words.slice(start + 1).filter(w => startsUpper(w) && !w.startsWith('('));
  if (rest.length < 2 || personEvidence(seat, evidence) || isGivenNameSpelling(seat)) return start;
  return isGivenNameSpelling(words[start + 1]!) ? start + 1 : start;
}
