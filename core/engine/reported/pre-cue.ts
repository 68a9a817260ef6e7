/**
 * The pre-posed reported cue: `X mengatakan(,| bahwa) …`, `Ia menilai …`, `Seorang pejabat PBB
 * mengatakan, …`. The subject may be separated from the cue by adverbs (`Ia juga menilai`), a
 * time or age aside (`X pada Selasa (4/4) meminta`, `X (57 tahun) mengakui`), where the subject
 * comes from (`X dari Tegal mengatakan`, origin-aside.ts) or a relative clause
 * (relative-subject.ts).
 */
import {
  ADJECTIVAL_CUES,
  AGREEING_CUE_SET,
  BARE_CLAUSE_URGE_SET,
  EN_ADDRESSED_CUE_SET,
  EN_TELL_CUE_SET,
  EXPRESS_CUE_SET,
  LINK_ONLY_CUE_SET,
  PRE_CUE_SET,
  FEELING_DEGREE_SET,
  FEELING_SET,
  PREDICATIVE_CUE_SET,
  QUESTION_CUE_SET,
  QUESTION_OPENER_SET,
  REMEMBERING_CUE_SET,
  REQUEST_CUE_SET,
  SAYING_CUE_SET,
  SUPPORT_URGE_SET,
  URGED_PARTY_SET,
  NOT_YET_SAID_SET,
  TOPIC_CUE_SET,
  URGE_LINK_SET,
  ASKING_VERBS,
  PRESS_NOUNS,
} from '../../lexicon/cues';
import {
  EN_CUE_ADJUNCT_PREPOSITIONS,
  EN_FINITE_AUXILIARIES,
  EN_ING_PREPOSITIONS,
  EN_PRE_CUE_SET,
  EN_THAT_ONLY_CUES,
  EN_TOLD_ADDRESSEES,
} from '../../lexicon/cues-en';
import { mentionBefore } from '../names/mention-before';
import { PERSON_NOUNS } from '../../lexicon/person-nouns';
import { ORG_HEAD_SET, ROLE_HEAD_SET } from '../../lexicon/roles';
import { MEMBER_NOUNS } from '../../lexicon/pronouns';
import { isMediaMention } from '../cast/non-speaker';
import { isNewsOutlet } from '../../lexicon/publications';
import { isDocumentMention } from './document-source';
import { afterMannerPhrase } from './manner-phrase';
import { isNounObject, isPredicate, isStanceObject, predicateAfterRelative } from './noun-object';
import { featureOn } from '../features';
import { PREPOSITIONS } from '../../lexicon/prepositions';
import { isRunToken } from '../names/name-run';
import { englishClauseBefore } from './english-mid-clause';
import { ACT_OBJECTS, clause, hit, type Hit } from './reported-clause';
import type { RuleInput } from './reported-rule';
import { relativeCueSubject, relativeOverInner, relativeSubject } from '../names/relative-subject';
import type { Mention } from '../names/mention';
import { subjectEndBefore } from './subject-aside';
import { COORDINATOR_SET, coordinatedSubject } from './coordinated-cue';
import { isClauseStop, tokenIndexAt, type Token } from '../text/text';
import {
  isLetterOrHyphenCp,
  leadingRun,
  startsLetter,
  startsLower,
  startsUpper,
} from '../text/chars';
import { splitOnSpacesAndCommas } from '../text/string-scans';

/**
 * Words before a cue that make it an infinitive, a modal or a relative clause, not a statement
 * (`untuk mengatakan`, `yang menyatakan`); those of a statement still to come are lexicon data
 * (cues.ts NOT_YET_SAID).
 */
const NOT_SUBJECT = new Set(['yang', 'untuk', 'akan', 'dapat', 'bisa']);

/**
 * `Keperluan mendesak di posko, ujar dia, adalah …`: a cue that is also an adjective (ADJECTIVAL_CUES)
 * right after a noun it describes (`keperluan mendesak`, 'an urgent need') reports nothing; read
 * as a cue, its noun was an unnamed speaker and the clause was cut at the real cue's comma.
 */
function adjectivalCue(toks: readonly Token[], i: number): boolean {
  const nouns = ADJECTIVAL_CUES.get(toks[i]!.lower);
  return !!nouns?.has(toks[i - 1]?.lower ?? '') && featureOn('reported.adjectivalCue');
}

/**
 * `a trader who asked not to be named said …`, `declined to be named`: an English cue straight
 * before an infinitive (`to`, `not to`) asks something of the speaker; it reports no clause.
 */
function englishInfinitiveAfter(toks: readonly Token[], i: number): boolean {
  if (!featureOn('reported.englishInfinitiveAfterCue')) return false;
  const next = toks[i + 1]?.lower;
  return next === 'to' || (next === 'not' && toks[i + 2]?.lower === 'to');
}

/**
 * True when the agreeing verb at `i` reports what was agreed: `bahwa` right after it. Switched
 * off, no agreeing verb reports.
 */
function agreesThat(toks: readonly Token[], i: number): boolean {
  return featureOn('reported.agreedThat') && toks[i + 1]?.lower === 'bahwa';
}

/**
 * `"…," Budi said, adding that …`, `…, pointing to the rising stock`: after an English cue's comma
 * a lowercase present participle opens a phrase that goes on about the speaker, never the cue's
 * clause (the participle's own `that` clause is reported by english-participle.ts; a noun after
 * `pointing to` reports nothing) (reported.englishParticipleAfterCue).
 */
function participleAfterCue(toks: readonly Token[], i: number): boolean {
  const next = toks[i + 2]?.text ?? '';
  return (
    EN_PRE_CUE_SET.has(toks[i]!.text) &&
    next.length > 5 &&
    next.endsWith('ing') &&
    startsLower(next) &&
    !EN_ING_PREPOSITIONS.has(next) &&
    featureOn('reported.englishParticipleAfterCue')
  );
}

/**
 * True when the capitalised run ending right before token `k` (the subject's end) follows a
 * preposition (`… di Demak menyatakan`): a place, which only a relative clause or an adjunct
 * leaves right before the cue, so the subject is sought before it first (names.relativeOverPlace).
 */
function placeBeforeCue(toks: readonly Token[], k: number): boolean {
  return runAfterPreposition(toks, k) && featureOn('names.relativeOverPlace');
}

/** True when the capitalised run ending right before token `k` follows a preposition. */
function runAfterPreposition(toks: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && isRunToken(toks[j])) j--;
  return j !== k - 1 && j >= 0 && PREPOSITIONS.has(toks[j]!.lower);
}

/**
 * A pre-posed cue at token `i` with its subject and clause, or null. `particles` counts the words
 * after the verb that belong to the cue (`called on`, english-phrasal-urge.ts, which has checked
 * the verb): the clause starts after them. `checked` says a caller has checked the verb as a cue
 * of its own shape (`called the ruling a victory`, english-naming.ts).
 */
export function preCue(
  input: RuleInput,
  i: number,
  particles = 0,
  checked = particles > 0,
): Hit | null {
  const { p, toks, s, ev } = input;
  const t = toks[i]!;
  const tell = EN_TELL_CUE_SET.has(t.text);
  if (!checked && !PRE_CUE_SET.has(t.text) && !tell) return null;
  if (adjectivalCue(toks, i)) return null;
  const next = i + 1 + particles;
  if (ACT_OBJECTS.has(toks[next]?.text ?? '')) return null;
  if (englishInfinitiveAfter(toks, i + particles)) return null;
  const addressed = thatAfterAddressee(input, i);
  if (EN_THAT_ONLY_CUES.has(t.text) && toks[i + 1]?.lower !== 'that' && !addressed) return null;
  // `sepakat bahwa …` reports; `sepakat menaikkan harga` agrees to an act.
  if (AGREEING_CUE_SET.has(t.lower) && !agreesThat(toks, i)) return null;
  const k = subjectEndBefore(toks, i);
  const prev = toks[k - 1]?.lower ?? '';
  if (toks[k - 1] && toks[k - 1]!.start < s.start) return null;
  // `…, yang menilai …`: a relative clause opened by the cue is its named antecedent's statement.
  const relative = PREDICATIVE_CUE_SET.has(t.lower)
    ? null
    : relativeCueSubject(toks, k, p.text, ev, mentionBefore);
  if (!relative && NOT_SUBJECT.has(prev)) return null;
  if (NOT_YET_SAID_SET.has(prev) && featureOn('reported.notYetSaid')) return null;
  // `Journalists asked X about …`: the press asking reports nothing (discourse.askedByPress).
  if (PRESS_NOUNS.has(prev) && ASKING_VERBS.has(t.lower) && featureOn('discourse.askedByPress'))
    return null;
  // `X yang meninjau pengungsian di Demak menyatakan …`: a place after a preposition ends the
  // relative clause; the subject is the name before `yang`, read first then. A name read inside
  // such a clause otherwise (`X yang didampingi Camat Y menyebut …`) gives way to it too.
  const named = placeBeforeCue(toks, k)
    ? (relativeSubject(toks, k, p.text, ev, mentionBefore) ?? mentionBefore(toks, k, p.text, ev))
    : readOverRelative(toks, k, p.text, ev);
  const coordinated = () =>
    coordinatedSubject(toks, k, tokenIndexAt(toks, s.start), p.text, ev, mentionBefore);
  // `X menemui para pedagang dan berjanji …`: a coordinator before the cue closes the first
  // predicate's object, never a subject; the sentence's subject speaks (reported.coordinatorFirst).
  const joined = featureOn('reported.coordinatorFirst') && COORDINATOR_SET.has(prev);
  const mention = relative ?? (joined ? (coordinated() ?? named) : (named ?? coordinated()));
  if (!mention) return null;
  const at = toks[k - 1]!.start;
  const subjectAt = Math.min(at, p.text.lastIndexOf(mention.text.split(' ')[0]!, at));
  if (isMediaMention(mention, p.text, subjectAt)) return null;
  if (isDocumentMention(mention, subjectAt === toks[tokenIndexAt(toks, s.start)]?.start))
    return null;
  const c = tell ? toldThat(input, i) : (addressed ?? clause(p, toks, next, s));
  // Straight after the cue (no `bahwa`), or after its comma, a bare noun phrase is the verb's
  // object, not a clause; a predicative cue (`mengaku kehilangan …`) has no object.
  const afterComma = toks[next]?.text === ',' && c?.start === toks[next + 1]?.start;
  if (afterComma && participleAfterCue(toks, i)) return null;
  // `menjelaskan secara lebih rinci …`: after the cue's manner adverbial the object starts as straight.
  const straight = toks[afterMannerPhrase(toks, next)];
  if (
    c &&
    !PREDICATIVE_CUE_SET.has(t.lower) &&
    (c.start === straight?.start || afterComma) &&
    isNounObject(p.text.slice(c.start, c.end), afterComma, sayingCue(t), topicCue(t))
  )
    return null;
  if (!c) return null;
  if (cueAdjunct(toks, t, c)) return null;
  if (asksNoQuestion(p.text, t, c)) return null;
  // `mengenang masa kecilnya`: a cue of remembering reports only after a comma or `bahwa`.
  if (REMEMBERING_CUE_SET.has(t.lower) && c.start === toks[next]?.start) {
    if (featureOn('reported.rememberingCue')) return null;
  }
  if (EXPRESS_CUE_SET.has(t.lower) && isStanceObject(p.text.slice(c.start, c.end))) return null;
  if (!urgesClause(p.text, t, c, subjectOpens(toks, s, subjectAt))) return null;
  // `The city had opened 15 shelters, X added, each run by volunteers.`: the clause before.
  const comma = toks[tokenIndexAt(toks, subjectAt) - 1];
  const before =
    afterComma && comma?.text === ','
      ? englishClauseBefore(p.text, toks, s, t, comma.start, c)
      : null;
  const found = before ? hit(p, before, t, mention, s.start) : hit(p, c, t, mention, subjectAt);
  // A feeling is no statement, but its subject is who the text goes on about: kept, not shown.
  return feelingAfter(toks, i, t) ? { ...found, unsaid: true } : found;
}

/**
 * `mengaku lega karena jembatan dibuka`, `mengaku sangat kecewa`: a predicative cue at `i` straight before a
 * feeling (past a degree word) reports how the subject feels, not what they said (Candidate.unsaid).
 */
function feelingAfter(toks: readonly Token[], i: number, cue: Token): boolean {
  if (!PREDICATIVE_CUE_SET.has(cue.lower) || !featureOn('reported.feelingNotClause')) return false;
  const k = FEELING_DEGREE_SET.has(toks[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  return FEELING_SET.has(toks[k]?.lower ?? '');
}

/**
 * `mempertanyakan rencana pemkot memindahkan pasar`: a cue of asking (QUESTION_CUES) whose words
 * do not open with a question word, `apakah` or `bahwa` names what was asked about, not a statement
 * (reported.questionCue).
 */
function asksNoQuestion(text: string, cue: Token, c: { start: number; end: number }): boolean {
  if (!QUESTION_CUE_SET.has(cue.lower) || !featureOn('reported.questionCue')) return false;
  const words = text.slice(c.start, c.end);
  const first = words.slice(0, leadingRun(words, isLetterOrHyphenCp)).toLowerCase();
  return !QUESTION_OPENER_SET.has(first);
}

/** A cue of plain saying whose complement is a clause even when it opens with a noun. */
export function sayingCue(cue: Token): boolean {
  return SAYING_CUE_SET.has(cue.lower) && featureOn('reported.sayingTakesClause');
}

/** How many words may stand between `told` and its `that` (`told reporters by phone that`). */
const MAX_ADDRESSEE = 6;

/** The clause after `that` following a telling cue at `i` and its addressee, or null. */
function toldThat(input: RuleInput, i: number): { start: number; end: number } | null {
  const { p, toks, s } = input;
  const that = thatAfterAddressWords(input, i, i + 1, t => !startsLetter(t.text));
  return that >= 0 ? clause(p, toks, that, s) : toldBare(input, i);
}

/**
 * The index of the `that` among the few words after the cue at `i` that name whom it addresses
 * (read from `from`), or -1 when a word `stops` comes first or none is near.
 */
function thatAfterAddressWords(
  { toks, s }: RuleInput,
  i: number,
  from: number,
  stops: (t: Token) => boolean,
): number {
  for (let j = from; j <= i + 1 + MAX_ADDRESSEE && toks[j] && toks[j]!.start < s.end; j++) {
    if (toks[j]!.text === 'that') return j;
    if (stops(toks[j]!)) return -1;
  }
  return -1;
}

/** Most tokens back from the cue a bare relative clause's `yang` is looked for. */
const RELATIVE_REACH = 8;

/**
 * True when the unnamed mention `m` read before the cue at token `k` starts after the `yang` of a
 * bare relative clause (`… yang membela para petani menyebut`): the clause's object, not the subject
 * (`Seorang sumber … yang tak mau disebut namanya menyebut` opens before it).
 */
function unnamedInsideRelative(
  toks: readonly Token[],
  k: number,
  text: string,
  m: Mention,
): boolean {
  if (!featureOn('names.relativeOverUnnamed')) return false;
  const start = text.lastIndexOf(m.text, toks[k - 1]!.end);
  for (let y = k - 2; y >= 0 && k - y <= RELATIVE_REACH; y--) {
    if (isClauseStop(toks[y]!.text)) return false;
    if (toks[y]!.text === 'yang') return start > toks[y]!.start;
  }
  return false;
}

/**
 * The subject read right before token `k`, unless it is a person inside a bare relative clause on a
 * named person (relativeOverInner), then that person, or an unnamed noun inside such a clause
 * (unnamedInsideRelative), then the named subject before its `yang`; else the relative clause's
 * subject.
 */
function readOverRelative(
  toks: readonly Token[],
  k: number,
  text: string,
  ev: ReadonlySet<string>,
): Mention | null {
  const read = mentionBefore(toks, k, text, ev);
  // `LBH X yang membela para petani menyebut …`: an unnamed noun right before the cue is the relative
  // clause's object; a named subject before its `yang` speaks (names.relativeOverUnnamed).
  const unnamed = read?.kind === 'anonymous' || read?.kind === 'title';
  if (unnamed && unnamedInsideRelative(toks, k, text, read)) {
    const named = relativeSubject(toks, k, text, ev, mentionBefore);
    if (named) return named;
  }
  // A place after a preposition is names.relativeOverPlace's to read (placeBeforeCue).
  const inner = read && !runAfterPreposition(toks, k);
  return (
    (inner ? relativeOverInner(toks, k, text, ev, mentionBefore, read) : null) ??
    read ??
    relativeSubject(toks, k, text, ev, mentionBefore)
  );
}

/**
 * `X warned investors that …`, `X promised residents that …`: after a cue that may name its addressee
 * (EN_ADDRESSED_CUES), the clause after a `that` within a few words, with only the addressee's words
 * before it; null when none (`warned that …` and `warned the rupiah could …` read straight) or when a
 * finite verb comes first, which makes those words a clause of their own (`warned the rupiah would
 * fall and that …`).
 */
function thatAfterAddressee(input: RuleInput, i: number): { start: number; end: number } | null {
  const { p, toks, s } = input;
  if (!EN_ADDRESSED_CUE_SET.has(toks[i]!.text) || !featureOn('reported.englishAddresseeThat'))
    return null;
  if (toks[i + 1]?.lower === 'that') return null;
  const that = thatAfterAddressWords(
    input,
    i,
    i + 2,
    t => !startsLetter(t.text) || EN_FINITE_AUXILIARIES.has(t.lower),
  );
  return that >= 0 ? clause(p, toks, that, s) : null;
}

/** Most words from a bare clause's start to its finite auxiliary (`the former minister had`). */
const MAX_SUBJECT_WORDS = 5;

/**
 * `X told reporters the minister had left`: after the press (by name too: `told Republika`), a
 * chamber or a court as addressee (`the` before it too), a bare clause whose finite auxiliary comes within a few words; else null.
 */
function toldBare({ p, toks, s }: RuleInput, i: number): { start: number; end: number } | null {
  if (!featureOn('reported.toldBare')) return null;
  let j = i + 1;
  if (toks[j]?.lower === 'the') j++;
  if (!EN_TOLD_ADDRESSEES.has(toks[j]?.lower ?? '') && !outletAt(toks[j])) return null;
  const from = j + 1;
  for (let k = from; k <= from + MAX_SUBJECT_WORDS && toks[k] && toks[k]!.start < s.end; k++) {
    if (!startsLetter(toks[k]!.text)) return null;
    if (EN_FINITE_AUXILIARIES.has(toks[k]!.lower))
      return k > from ? clause(p, toks, from, s) : null;
  }
  return null;
}

/**
 * `X told Republika the ferry would resume on Monday`: a newsroom by name (NEWS_OUTLETS), capitalised, is
 * the press the statement was told to, as `reporters` is (reported.toldBare).
 */
function outletAt(t: Token | undefined): boolean {
  return !!t && startsUpper(t.text) && isNewsOutlet(t.text);
}

/**
 * An urging verb (`meminta`, `mengajak`, `mendorong` …) reports only a linked clause (`agar`,
 * `supaya`, `untuk` between the verb and the clause's end); `meminta`, `mengimbau` and
 * `mempersilakan` also a bare one with a predicate. Any other cue passes.
 */
export function urgesClause(
  text: string,
  cue: Token,
  c: { start: number; end: number },
  opens: boolean,
): boolean {
  const verb = cue.lower;
  if (!LINK_ONLY_CUE_SET.has(verb)) return true;
  const words = splitOnSpacesAndCommas(text.slice(cue.end, c.end).toLowerCase());
  if (words.some(w => URGE_LINK_SET.has(w))) return true;
  // The predicate belongs to the urged clause, not to a relative clause on its object; one after
  // the relative clause's own (`meminta warga yang belum terdata melapor …`) is the urged one.
  const bare = words.filter(Boolean);
  const rel = bare.indexOf('yang');
  const main = bare.slice(1, rel < 0 ? bare.length : rel);
  if (!BARE_CLAUSE_URGE_SET.has(verb)) return opens && supportUrged(text, cue, bare, main);
  if (main.some(isPredicate)) return true;
  return (
    rel > 0 &&
    REQUEST_CUE_SET.has(verb) &&
    featureOn('reported.urgedRelative') &&
    predicateAfterRelative(bare, rel)
  );
}

/**
 * True when the subject at `subjectAt` opens its sentence or follows punctuation (`Ia …`, `Dalam
 * rapat itu, X …`, `X, sapaan akrabnya, …`), not a lowercase word whose noun phrase it only ends
 * (`Kenaikan harga BBM mendorong …`, where the price rise pushes, no one speaks).
 */
function subjectOpens(toks: readonly Token[], s: { start: number }, subjectAt: number): boolean {
  const before = toks[tokenIndexAt(toks, subjectAt) - 1];
  return !before || before.start < s.start || !startsLower(before.text);
}

/**
 * `mendorong pemerintah kota memperbaiki …`: a verb of support (SUPPORT_URGE_SET) reports a bare
 * clause when its addressee, the first of the lowercased words after the cue (`bare`), is a party
 * that can be urged, lowercase from URGED_PARTY_SET or capitalised in the text, and a predicate
 * follows it in `main` (the words after it up to a relative `yang`) (reported.urgingSupport).
 */
function supportUrged(
  text: string,
  cue: Token,
  bare: readonly string[],
  main: readonly string[],
): boolean {
  if (!SUPPORT_URGE_SET.has(cue.lower) || !featureOn('reported.urgingSupport')) return false;
  const first = /\S+/u.exec(text.slice(cue.end))?.[0] ?? '';
  if (!urgedParty(bare[0] ?? '') && !startsUpper(first)) return false;
  if (main.some(isPredicate)) return true;
  // `mendorong nelayan yang masih memakai cantrang beralih ke …`: the urged clause's predicate
  // comes after the relative clause on the party.
  const rel = bare.indexOf('yang');
  return rel > 0 && predicateAfterRelative(bare, rel);
}

/**
 * A party a verb of support can urge, by the head word after the cue: a public or an institution
 * (URGED_PARTY_SET), or any person, role, member or organisation head the lexicons know
 * (`pengelola`, `kepala`, `nelayan`, `bank`): people and bodies act on an
 * urging, a thing pushed (`gerobak`, `pertumbuhan`) does not.
 */
function urgedParty(w: string): boolean {
  return (
    URGED_PARTY_SET.has(w) ||
    PERSON_NOUNS.has(w) ||
    ROLE_HEAD_SET.has(w) ||
    ORG_HEAD_SET.has(w) ||
    MEMBER_NOUNS.has(w)
  );
}

/** A topic cue (TOPIC_CUE_SET), when that reading is on. */
const topicCue = (t: Token): boolean =>
  TOPIC_CUE_SET.has(t.lower) && featureOn('reported.topicCue');

/**
 * `"…," a driver said from the pier.`, `X said by phone.`: the words after an English cue open
 * with a preposition and hold no `that` and no finite auxiliary, so they tell where or how the
 * statement was made, and report nothing (reported.englishCueAdjunct).
 */
function cueAdjunct(
  toks: readonly Token[],
  cue: Token,
  c: { start: number; end: number },
): boolean {
  if (!EN_PRE_CUE_SET.has(cue.text)) return false;
  const first = tokenIndexAt(toks, c.start);
  if (!EN_CUE_ADJUNCT_PREPOSITIONS.has(toks[first]?.text ?? '')) return false;
  if (!featureOn('reported.englishCueAdjunct')) return false;
  for (let j = first + 1; j < toks.length && toks[j]!.start < c.end; j++) {
    const w = toks[j]!.text;
    if (w === 'that' || EN_FINITE_AUXILIARIES.has(w)) return false;
  }
  return true;
}
