/**
 * Names that never speak, so they are never the antecedent of a later `-nya`/`dia`: places,
 * facilities and areas, and outlets named after a publication noun.
 */
import {
  AREA_HEAD_SET,
  EN_PLACE_TAIL_SET,
  FACILITY_HEAD_SET,
  SEAT_HEAD_SET,
} from '../../lexicon/facilities';
import { afterPublicationNoun, isNewsOutlet, isPublicationName } from '../../lexicon/publications';
import { featureOn } from '../features';
import { PLACE_SET } from '../../lexicon/roles';
import type { Mention } from '../names/mention';
import { ASCII_ALNUM, hasSpace, isLetterCp, runsOf } from '../text/chars';
import { keptPerString } from '../text/kept-per-string';
import { SPACE_RUNS } from '../text/string-scans';

/**
 * `Kebun Raya`, `Taman Sempur`, `Istana Bogor`, `Kabupaten Garut`, `Garut`: a place or facility is never the antecedent of a
 * later `-nya`/`dia`, even as a subject (`Taman X juga akan ditata`). A seat of government speaks
 * as an institution (`Istana`, `Gedung Putih`) unless a place name follows it.
 */
export function isFacility(name: string): boolean {
  const words = name.toLowerCase().split(SPACE_RUNS);
  const [head = '', next = ''] = words;
  if (AREA_HEAD_SET.has(head) || (words.length === 1 && PLACE_SET.has(head))) return true;
  if (words.length > 1 && englishPlaceTail(words[words.length - 1]!)) return true;
  return FACILITY_HEAD_SET.has(head) || (SEAT_HEAD_SET.has(head) && PLACE_SET.has(next));
}

/** `Barito River`, `Banjar Regency`: an English place name's closing head (cast.englishPlaceTail). */
const englishPlaceTail = (last: string): boolean =>
  EN_PLACE_TAIL_SET.has(last) && featureOn('cast.englishPlaceTail');

/** `majalah X`, `laman resmi X`, `kantor berita X` (in one phrase): an outlet, where it was reported. */
export function isPublication(text: string, at: number): boolean {
  // Only words of the same phrase: `… surat kabar. KPK mengaku` is a new sentence.
  const window = text.slice(Math.max(0, at - 40), at);
  const phrase = window.slice(afterLastPunctuation(window));
  const before = runsOf(phrase.toLowerCase(), isLetterCp);
  return afterPublicationNoun(before);
}

/** Punctuation that closes a phrase (`.,;:!?`). */
const PHRASE_ENDS = '.,;:!?';

/**
 * Where the last phrase of `s` starts: after its last `.,;:!?`, or 0. What
 * `s.search(/[^.,;:!?]*$/u)` finds, without the regex's backtracking from every start (the run's
 * most frequent question on a long text).
 */
export function afterLastPunctuation(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    // An ASCII letter or digit is no punctuation: skipped on its code unit.
    const unit = s.charCodeAt(i);
    if (unit < 0x80 && ASCII_ALNUM[unit] === 1) continue;
    if (PHRASE_ENDS.includes(s[i]!)) return i + 1;
  }
  return 0;
}

/** `Republika`, `Kompas.com`: a newsroom, the interviewer or channel, when that switch is on. */
export const isOutletName = (name: string): boolean =>
  featureOn('cast.newsOutlet') && newsOutlet(name);

/**
 * isNewsOutlet kept per name: the cast asks it of every mention it files (the switch itself is
 * asked per call, so an ablation run sees it).
 */
const newsOutlet = keptPerString(isNewsOutlet);

/** isFacility kept per name: asked of every run the running text reads (read-mentions.ts runKind). */
export const isFacilityName = keptPerString(isFacility);

/**
 * A place, facility or publication by its name's own words, kept per name: the cast asks it of
 * every mention it files, and an article repeats its names (a long text: 0.1 s of re-splitting).
 */
const placeOrPublication = keptPerString(name => isFacilityName(name) || isPublicationName(name));

/**
 * A name that never speaks by its own first word: a place, facility or area (`Komplek X`,
 * `Jalan X`, `Kampung X`) or a publication (`Majalah X`, `Harian X`), or a newsroom by name.
 */
export function isNonSpeakerName(name: string): boolean {
  return placeOrPublication(name) || isOutletName(name);
}

/**
 * True when the capitalised run a name was read from opens with a place, facility or publication
 * head (`Perumahan Griya Asri`, `Harian Suara Pesisir`): the split may have taken the head for a
 * role, but the name is still where, not who. Only the run's first word counts, so a head inside
 * a role (`Kepala Desa Budi Santoso`) keeps the person.
 */
export function isNonSpeakerRun(run: string): boolean {
  // Two words or more: a space in it (asked of every run of the text, not worth a list of words).
  return hasSpace(run) && isNonSpeakerName(run);
}

/**
 * `Harian X melaporkan …`, `Majalah tersebut menyebutkan …`, `surat kabar X menulis …`: an outlet
 * as the subject of a cue reports, it does not declare (GUIDELINES: media are sources, not
 * speakers), so there is no reported quote. `at` is where the mention starts in `text`.
 */
export function isMediaMention(m: Mention, text: string, at: number): boolean {
  if (m.kind !== 'named' && m.kind !== 'title') return false;
  return isPublicationName(m.text) || isPublication(text, at);
}
