/**
 * An institution named with its seat speaks as one organisation (`KBRI Canberra`, `Polsek
 * Cibeunying`, `Kodim 0815`, `Ombudsman RI Perwakilan Bali`, `Perum Bulog Kantor Wilayah Sulawesi
 * Tengah`): the words after the institution say where its office sits, so none of them is a
 * person's name, and the run is no bare role either, since no office someone holds is in it.
 * Read by the kinds of its words, not by a list of offices: an opening institution (an
 * organisation head, an institution word or an acronym that is no one's title), then seat words
 * (places, unit words, numbers, acronyms), the last of which may be a seat the gazetteer lacks
 * (`KJRI Hamburg`) when nothing makes it a person's name word.
 */
import { featureOn } from '../features';
import { HONORIFIC_SET } from '../../lexicon/honorifics';
import {
  INSTITUTION_SET,
  OFFICE_UNIT_SET,
  ORG_HEAD_SET,
  RANK_SET,
  ROLE_HEAD_SET,
} from '../../lexicon/roles';
import { hasNumber, startsUpper } from '../text/chars';
import { isEnglishAbstractNoun } from '../text/word-shape';
import { knownPlace, personEvidence, type ArticleEvidence } from './name-model';
import { isAcronym } from './name-run';

/** True when `w` holds an office or a standing (`Ketua`, `Kompol`, `Haji`): a person is named. */
export const officeWord = (lw: string) =>
  ROLE_HEAD_SET.has(lw) || RANK_SET.has(lw) || HONORIFIC_SET.has(lw);

/** True when `w` (lowercase `lw`) opens an institution's name and is no one's title. */
function opensInstitution(w: string, lw: string): boolean {
  if (officeWord(lw)) return false;
  return ORG_HEAD_SET.has(lw) || INSTITUTION_SET.has(lw) || isAcronym(w);
}

/** True when `w` says where an office sits or which unit it is: a place, a unit, a number, an acronym. */
export function seatWord(w: string, evidence: ArticleEvidence): boolean {
  const lw = w.toLowerCase();
  return (
    knownPlace(w, evidence) ||
    OFFICE_UNIT_SET.has(lw) ||
    INSTITUTION_SET.has(lw) ||
    isAcronym(w) ||
    hasNumber(w)
  );
}

/**
 * True when `words` (a capitalised run, dots removed) is an institution named with its seat
 * (`KBRI Canberra`, `Bawaslu Wonogiri`): an opening institution, one seat word or more (bracketed
 * short forms skipped), none of them a person's name word, the last one possibly a seat no
 * gazetteer knows.
 */
export function seatedOffice(words: readonly string[], evidence: ArticleEvidence): boolean {
  if (!featureOn('names.model.seatedOffice') || words.length < 2) return false;
  if (!opensInstitution(words[0]!, words[0]!.toLowerCase())) return false;
  const seat = words.slice(1).filter(w => !w.startsWith('('));
  if (!seat.length || seat.some(w => !startsUpper(w) && !hasNumber(w))) return false;
  if (seat.some(w => personEvidence(w, evidence) || officeWord(w.toLowerCase()))) return false;
  // `AM Rahmanto`: two capitals may be a person's initials, so after them only a known seat will do.
  const last = words[0]!.length > 2 ? seat.length - 1 : -1;
  // `ASEAN Cooperation`: an English abstract noun is the institution's field, no seat.
  return seat.every(
    (w, k) => seatWord(w, evidence) || (k === last && startsUpper(w) && !isEnglishAbstractNoun(w)),
  );
}

/**
 * True when `words` names an institution's branch by its unit and seat (`BPJS Kesehatan Cabang
 * Cibening`, `BPJS Ketenagakerjaan Kantor Cabang Cibening`): an opening institution, words with no
 * person in them, then a unit word (OFFICE_UNITS) and only seat words after it. The words between
 * the institution and the unit are its name (`Kesehatan`), which seatedOffice does not allow.
 */
export function branchOffice(words: readonly string[], evidence: ArticleEvidence): boolean {
  if (!featureOn('names.model.branchOffice') || words.length < 3) return false;
  // A bracketed short form or legal form is read by the readers of short forms.
  if (words.some(w => w.startsWith('('))) return false;
  if (!opensInstitution(words[0]!, words[0]!.toLowerCase())) return false;
  const u = words.findIndex((w, k) => k > 0 && OFFICE_UNIT_SET.has(w.toLowerCase()));
  if (u < 2 || u === words.length - 1) return false;
  const named = words.slice(1, u);
  if (named.some(w => personEvidence(w, evidence) || officeWord(w.toLowerCase()))) return false;
  // As in seatedOffice, the last seat may be one no gazetteer knows (`Cabang Cibening`).
  const seat = words.slice(u + 1);
  return seat.every(
    (w, k) =>
      seatWord(w, evidence) ||
      (k === seat.length - 1 && startsUpper(w) && !personEvidence(w, evidence)),
  );
}
