/**
 * Whether a run stands where a clause's subject stands: at the paragraph's or sentence's start,
 * after a comma or a connective opening a clause, past a lowercase role before it. Asked of the
 * running text's runs (read-mentions.ts) and of how they enter the cast (run-link.ts).
 */
import type { Token } from '../text/text';
import { pastLowerRoles } from './sentence-role';
import { LOWERCASE_TITLE_SET } from '../../lexicon/honorifics';
import { featureOn } from '../features';
import { isNyaWord } from '../names/nya-word';
import { startsLower } from '../text/chars';
import { CLAUSE_BREAKS, opensSentence } from '../text/sentence-start';
import { STATEMENT_JOINERS } from '../../lexicon/cues';
import { pairNounsBefore } from './pair-nouns';
import {
  ACTIVE_VERB_PREFIX,
  MEN_SHAPED_NOUNS,
  NOT_ACTIVE_VERBS,
} from '../../lexicon/verb-lookalikes';
import { ADVERBIAL_SUBORDINATORS, PREPOSITIONS } from '../../lexicon/prepositions';
import { isVerbShape } from '../text/affix-shapes';

/** Words opening an adverbial clause or phrase: a comma after it closes no main clause. */
const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([
  ...ADVERBIAL_SUBORDINATORS,
  ...PREPOSITIONS,
]);

/** Capitalised connectives after which a clause opens (`Sementara Budi Santoso …`). */
const CLAUSE_OPENERS = new Set(['Sebelumnya', 'Sementara', 'Namun', 'Kemudian', 'Selain']);

/** True when the run at `i` opens a clause: paragraph or sentence start, or after a comma. */
export function isSubjectPosition(t: readonly Token[], i: number): boolean {
  // `…, juru bicara KPK Budi Santoso berkelit …`: a lowercase role before the run belongs to the
  // subject, so look past it.
  let k = pastPairNouns(t, pastLowerRoles(t, i, 4));
  // `Kepala RSUD Lembah, dr X SpPD, membantah …`: a lowercase title written before the name
  // is the name's own, as it opens the name (names.model.lowercaseTitleOpens); the comma before it
  // sets the name off.
  if (LOWERCASE_TITLE_SET.has(t[k - 1]?.text ?? '') && featureOn('names.model.lowercaseTitleOpens'))
    k--;
  const prev = t[k - 1]?.text;
  if (prev === undefined || CLAUSE_BREAKS.has(prev) || CLAUSE_OPENERS.has(prev)) return true;
  if (joinsClauseBefore(t, k)) return true;
  // `Akhirnya Budi …`: a `-nya` adverb opening the sentence opens the clause (names/nya-word.ts).
  return isNyaWord(t[k - 1]!.lower) && opensSentence(t, k - 1);
}

/**
 * `Dua anggota paling muda, kakak beradik X dan Y, ikut …`: after a comma, a pair's description
 * before the names belongs to them, unless the clause the comma closes is a main clause whose
 * active verb takes them as its object (`Polisi menangkap dua tersangka, kakak beradik X dan Y`);
 * an adverbial clause (`Setelah melihat asap, …`) is none. Returns where it starts, or `i`.
 */
function pastPairNouns(t: readonly Token[], i: number): number {
  const k = pairNounsBefore(t, i);
  if (k === i || t[k - 1]?.text !== ',') return k;
  let j = k - 2;
  let verb = false;
  for (; j >= 0 && !CLAUSE_BREAKS.has(t[j]!.text); j--) verb ||= activeVerb(t[j]!);
  const adverbial = ADVERBIAL_OPENERS.has(t[j + 1]?.lower ?? '');
  return verb && !adverbial ? i : k;
}

/** True when token `w` is an Indonesian active verb (`menangkap`), not a noun of its shape. */
const activeVerb = (w: Token): boolean =>
  startsLower(w.text) &&
  w.lower.startsWith(ACTIVE_VERB_PREFIX) &&
  isVerbShape(w.lower) &&
  !MEN_SHAPED_NOUNS.has(w.lower) &&
  !NOT_ACTIVE_VERBS.has(w.lower);

/**
 * `Budi menyapu halaman, sementara Rina mencuci piring.`: a conjunction joining a second clause
 * (lexicon/cues.ts STATEMENT_JOINERS) after a comma opens that clause, so the run after it is its
 * subject, as one after the comma alone is (cast.joinedClauseSubject). Without the comma the word
 * may be no joiner (`tempat tinggal sementara`).
 */
function joinsClauseBefore(t: readonly Token[], k: number): boolean {
  const joiner = t[k - 1];
  if (!joiner || !STATEMENT_JOINERS.has(joiner.text) || t[k - 2]?.text !== ',') return false;
  return featureOn('cast.joinedClauseSubject');
}
