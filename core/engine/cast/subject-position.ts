/**
 * Whether a run stands where a clause's subject stands: at the paragraph's or sentence's start,
 * after a comma or a connective opening a clause, past a lowercase role before it. Asked of the
 * running text's runs (read-mentions.ts) and of how they enter the cast (run-link.ts).
 */
import type { Token } from '../text/text';
import { pastLowerRoles, SENTENCE_BREAKS } from './sentence-role';
import { LOWERCASE_TITLE_SET } from '../../lexicon/honorifics';
import { featureOn } from '../features';
import { isNyaWord } from '../names/nya-word';
import { CLAUSE_BREAKS, opensSentence } from '../text/sentence-start';
import { STATEMENT_JOINERS } from '../../lexicon/cues';
import { pairNounsBefore } from './pair-nouns';
import { activeVerb } from '../names/active-verb';
import { ADVERBIAL_SUBORDINATORS } from '../../lexicon/prepositions';

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
 * before the names belongs to them, unless its sentence has an active verb before it outside an
 * adverbial clause (`Polisi menangkap dua tersangka, kakak beradik X dan Y`: the object; `Setelah
 * melihat asap, …`: an adverbial clause's verb). Returns where it starts, or `i`.
 */
function pastPairNouns(t: readonly Token[], i: number): number {
  const k = pairNounsBefore(t, i);
  if (k === i || t[k - 1]?.text !== ',') return k;
  // Each stretch between commas, back to the sentence's start: a verb counts unless its stretch
  // opens with a subordinator.
  let verb = false;
  for (let j = k - 2; j >= -1; j--) {
    const w = t[j];
    if (!w || SENTENCE_BREAKS.has(w.text) || w.text === ',') {
      if (verb && !ADVERBIAL_SUBORDINATORS.has(t[j + 1]?.lower ?? '')) return i;
      if (!w || SENTENCE_BREAKS.has(w.text)) return k;
      verb = false;
    } else verb ||= activeVerb(w);
  }
  return k;
}

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
