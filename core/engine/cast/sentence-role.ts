/**
 * How a mention stands in its clause, read once when the mention is read (read-mentions.ts), so
 * the discourse model reads it off the record instead of re-reading the words around a position:
 * the subject of a reporting verb (`Budi menilai …`, `disampaikan Budi`), the subject of a passive
 * verb (`Budi ditangkap …`: acted upon, talked about), another subject, a name after a preposition
 * (`kepada Budi`), or anything else — a verb's object, a possessor (`rumah Budi`), a goal scorer in
 * a list (`gol Rudi, Andi, dan Joko`), the owner of another person's role (`X, kuasa hukum Budi,`).
 */
import { nicknameAfterYang } from '../names/closed-apposition';
import { kinPossessorAt } from '../names/kin-possessor';
import { hardNonName } from '../names/name-model';
import type { Token } from '../text/text';
import { isClauseStop, lowerWordAfterCapitals } from '../text/text';
import { sentenceStart } from '../text/sentence-start';
import { inPairDescription, pairNounsBefore } from './pair-nouns';
import {
  ADVERBIAL_SUBORDINATORS,
  AGENT_PREPOSITIONS,
  MEANS_PREPOSITIONS,
  POSSESSIVE_NOUNS,
  VIEWPOINT_FRAMES,
  PREPOSITIONS,
  VERBLIKE_PREPOSITIONS,
} from '../../lexicon/prepositions';
import { HONORIFIC_SET, isDegree, isHonorificAt } from '../../lexicon/honorifics';
import { NICKNAME_MARKERS } from '../../lexicon/nickname-asides';
import { GROUP_NOUN_SET, ROLE_HEAD_SET, ROLE_WORD_SET } from '../../lexicon/roles';
import { PERSON_NOUNS } from '../../lexicon/person-nouns';
import {
  ASKED_ABOUT,
  ASKING_VERBS,
  INTERVIEW_OBJECT_NOUNS,
  INTERVIEW_VERBS,
  PRESS_NOUNS,
  CUE_ADVERB_SET,
  DENIAL_VERB_SET,
  OBJECTION_VERB_SET,
  INTERVIEW_PASSIVE_SET,
  NOT_IN_LEAD_SET,
  PASSIVE_CUE_SET,
  PRE_CUE_SET,
  EXPERIENCER_VERB_SET,
  CAUSATIVE_VERB_SET,
  FEELING_SET,
  FEELING_DEGREE_SET,
  SPEAKING_ACT_SET,
  RESPONSE_MANNER_SET,
  RESPONSE_PASSIVE_SET,
  RESPONSE_NOUN_SET,
  ACCOUNT_NOUN_SET,
  RESPONSE_SOURCE_LINKS,
  RESPONSES,
  SILENCE_NEGATORS,
  LITTLE_SAID,
  LEADING_AUXILIARIES,
  LEADING_NEGATIONS,
} from '../../lexicon/cues';
import { isAllLower, startsAlnum, startsLower, startsUpper } from '../text/chars';
import { MEN_SHAPED_NOUNS, NOT_PASSIVE, REACTION_VERBS } from '../../lexicon/verb-lookalikes';
import { DEATH_VERBS, EN_VICTIM_GROUPS } from '../../lexicon/patient-roles';
import type { SentenceRole } from './mention-record';
import { caselessKey } from '../text/chars';
import {
  COPULAS,
  COUNTED_GROUP,
  EXISTENTIALS,
  SEEN_PRESENTERS,
  ONE_OF_THEM,
  DEFINITE,
  KIN_NOUNS,
  MEMBER_NOUNS,
  NAMING_WORDS,
  OWNING_WORDS,
  PLURAL_DETERMINERS,
  EN_PLURAL_DETERMINERS,
  RETURN_PHRASES,
  STATEMENT_REFERENCES,
  SINGULAR,
  PLURAL,
  PRONOUN_COMPANION_JOINS,
  SUBJECT_PRONOUNS,
  VOICE_HEADS,
} from '../../lexicon/pronouns';
import { featureOn } from '../features';
import { unnamedDescriptionOpening } from '../names/unnamed-description';
import { isClubWord } from '../../lexicon/name-words';
import {
  isAbstractNounShape,
  isAgentNounShape,
  isDiTerShape,
  isVerbShape,
} from '../text/affix-shapes';
import {
  SPACE_RUNS,
  dropBetweenCommas,
  firstOf,
  splitOnSpacesAndCommas,
} from '../text/string-scans';
import { LIST_AND_SET } from '../../lexicon/conjunctions';

/**
 * Words that open a subordinate clause of time (`Saat X tiba …`, `When X arrived …`): the name
 * after one is that clause's subject, and the topic a later `ia`/`he` picks up.
 */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'saat',
  'ketika',
  'setelah',
  'sebelum',
  'usai',
  'seusai',
  'sesudah',
  'begitu',
  'when',
  'after',
  'before',
  'while',
]);

/** Words that join the members of a list of names (`X, Y, dan Z`). */
export const LIST_JOINS: ReadonlySet<string> = LIST_AND_SET;

/**
 * The role of the run of tokens `from`…`end` (exclusive) of a paragraph `text`. `opens`: the
 * reader found it opening a clause (after a full stop or a comma, past a lowercase role).
 * `personEnd`: the token index just after the previous run of the paragraph when that run names
 * a person, else -1.
 */
export function runRole(
  text: string,
  t: readonly Token[],
  from: number,
  end: number,
  opens: boolean,
  personEnd: number,
  speakers: ReadonlySet<string> = NO_SPEAKERS,
): SentenceRole {
  // `Istri Budi itu …`: the name is whose wife, not who acts.
  if (kinPossessorAt(t, from - 1)) return 'object';
  // `Seorang tukang parkir di dekat warung X menyebut …`: a word of an unnamed subject's description.
  if (unnamedDescriptionOpening(t, from, end) >= 0) return 'object';
  const after = nicknameOfSubject(t, from, end);
  if (after >= 0) return subjectKind(text, t[after]!.start);
  const inner =
    (featureOn('discourse.innerName') &&
      (listMember(t, from, end) || ownsAppositive(t, from, end, personEnd))) ||
    groupAffiliation(t, from);
  if (!inner && responseSource(t, from)) return 'cueSubject';
  // Before the appositive readings: `membuat pelatih X, Nama, tersenyum` sets the name off as
  // the object's, and it is the name that reacts.
  if (!inner && causedReaction(t, from, end)) return 'cueSubject';
  // `Wartawan bertanya kepada X soal …`: the one the press asks answers next.
  if (!inner && askedByPress(t, from)) return 'cueSubject';
  if (!inner && interviewedObject(t, from)) return 'cueSubject';
  // `Perahu yang dinakhodai X tiba …`: the person whose thing opens the sentence is its topic.
  if (!inner && possessorOfThing(t, from, end) && !framed(t, from, end)) return 'subject';
  const governed =
    obliqueAppositive(t, from, end) ??
    governedDescription(t, from, end) ??
    meansAppositive(t, from, end) ??
    objectAppositive(t, from, end);
  if (governed) return governed;
  if (framed(t, from, end)) return 'cueSubject';
  if (!inner && (responseAgent(t, from) || experiencerObject(t, from))) return 'cueSubject';
  if (!inner && passiveAgentTopic(t, from, end, speakers)) return 'subject';
  if (subordinateAppositive(t, from, end)) return nonSubjectRole(text, t[from]!.start);
  if (!inner && invertedAfterAmong(t, from)) return 'subject';
  if ((opens || opensSubordinate(t, from) || leadsSentence(t, from, end)) && !inner)
    return subjectKind(text, t[from]!.start);
  return nonSubjectRole(text, t[from]!.start);
}

/** English copulas after which an inverted sentence puts its subject (`Among them was X`). */
const EN_COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);

/**
 * `Among the farmers is X, 48, who …`: an English sentence opening with `among` and inverted
 * after its copula has the run after the copula as its subject, the person the sentence brings
 * in (discourse.englishInvertedSubject).
 */
function invertedAfterAmong(t: readonly Token[], from: number): boolean {
  if (!EN_COPULAS.has(t[from - 1]?.lower ?? '') || !featureOn('discourse.englishInvertedSubject'))
    return false;
  const s = sentenceStart(t, from - 1);
  if (t[s]?.lower !== 'among') return false;
  // `Among the dead was X`: the victims of an event are talked about, no one who speaks.
  for (let k = s + 1; k < from - 1; k++) if (EN_VICTIM_GROUPS.has(t[k]!.lower)) return false;
  for (let k = s + 1; k < from - 1; k++) if (isClauseStop(t[k]!.text)) return false;
  return true;
}

/**
 * `Jaksa lalu menanyai X di persidangan.`, `Wartawan mewawancarai Y`: the run at
 * `from` (past a title set off before it and up to three lowercase role words) is the object of
 * a verb of interviewing, past what it asks for (lexicon/cues.ts INTERVIEW_VERBS,
 * INTERVIEW_OBJECT_NOUNS). The one questioned gives the statement the next `Dia mengatakan`
 * reports (discourse.interviewedObject).
 */
function interviewedObject(t: readonly Token[], from: number): boolean {
  if (!featureOn('discourse.interviewedObject')) return false;
  let k = pastLowerRoles(t, pastSetOffTitle(t, from), 3) - 1;
  if (INTERVIEW_OBJECT_NOUNS.has(t[k]?.lower ?? '')) k--;
  return INTERVIEW_VERBS.has(t[k]?.lower ?? '');
}

/** Most tokens of a thing's noun phrase before the person it belongs to. */
const MAX_THING_TOKENS = 10;

/**
 * `Perahu yang dinakhodai Budi tiba paling akhir.`, `Kebun kopi yang digarap Sari mulai berbuah.`,
 * `Rumah Budi terendam …`: the run at `from` is named inside the noun phrase
 * that opens its sentence, and that phrase heads with a thing — a capitalised common word, no
 * person, kin, member or role noun, no preposition or function word — and holds no verb but in a
 * `yang` clause. The sentence is about that person's thing, so it is about them: the `Ia` after
 * it means them, as after a subject (discourse.possessorOfThing).
 */
function possessorOfThing(t: readonly Token[], from: number, end: number): boolean {
  if (!featureOn('discourse.possessorOfThing')) return false;
  const next = t[end];
  if (!next || !(startsLower(next.text) || next.text === ',')) return false;
  const s = sentenceStart(t, from, BREAKS_OR_QUOTES);
  if (s === from || from - s > MAX_THING_TOKENS || !thingHead(t[s]!)) return false;
  // `relawan Yayasan X`: one of its people; `ke X`, `milik X`: a place gone to, a thing owned.
  const before = t[from - 1]!.lower;
  if (personWord(before) || PREPOSITIONS.has(before) || OWNING_WORDS.has(before)) return false;
  for (let k = s + 1; k < from; k++) {
    const w = t[k]!;
    // A comma, a quote or another capitalised word: no plain noun phrase.
    if (!startsLower(w.text)) return false;
    // `yang dipimpin X`: a relative clause whose passive verb's agent is the person.
    const agent = k === from - 1 && t[k - 1]!.lower === 'yang' && isDiTerShape(w.lower);
    if ((isVerbShape(w.lower) || isDiTerShape(w.lower)) && !agent) return false;
  }
  return true;
}

/** A word naming a person or people: `relawan X` is one of X's people, not X's thing. */
const personWord = (lw: string): boolean =>
  PERSON_NOUNS.has(lw) ||
  KIN_NOUNS.has(lw) ||
  MEMBER_NOUNS.has(lw) ||
  ROLE_HEAD_SET.has(lw) ||
  GROUP_NOUN_SET.has(lw);

/** A capitalised word heading a thing: a common noun, none of a person, a place or a clause. */
function thingHead(w: Token): boolean {
  const lw = w.lower;
  return (
    startsUpper(w.text) &&
    !personWord(lw) &&
    !PREPOSITIONS.has(lw) &&
    !SUBORDINATORS.has(lw) &&
    !hardNonName(w.text) &&
    !isVerbShape(lw) &&
    !isDiTerShape(lw) &&
    // `Ia dulu ingin X bekerja …`: a pronoun is the sentence's subject, no thing of X's.
    !(SUBJECT_PRONOUNS.has(lw) && featureOn('discourse.pronounLeads'))
  );
}

/** Most tokens between a verb of asking and the name it asks (`kepada Direktur RSUD X, dr.`). */
const MAX_ASKED_GAP = 12;

/**
 * `Wartawan bertanya kepada X soal …`, `Journalists asked Y about …`: the run at
 * `from` is the one the press asks (lexicon/cues.ts PRESS_NOUNS, ASKING_VERBS), before any word
 * telling what about. The press is never a source, so the sentence hands the turn to the one asked:
 * the `Ia menjawab`, `Dia menjelaskan: “…”`, `he said` after it is theirs, as after a subject
 * who speaks (discourse.askedByPress).
 */
function askedByPress(t: readonly Token[], from: number): boolean {
  if (!featureOn('discourse.askedByPress')) return false;
  for (let j = from - 1; j > 0 && from - j <= MAX_ASKED_GAP; j--) {
    const w = t[j]!;
    // `dr.`, `H.`: an honorific's dot ends no sentence.
    const honorificDot = w.text === '.' && HONORIFIC_SET.has(t[j - 1]!.lower);
    if (SENTENCE_BREAKS.has(w.text) && !honorificDot) return false;
    if (QUOTE_MARKS.has(w.text) || ASKED_ABOUT.has(w.lower)) return false;
    if (!ASKING_VERBS.has(w.lower)) continue;
    // The press right before the verb, or past one adverb (`Wartawan kemudian bertanya`).
    return PRESS_NOUNS.has(t[j - 1]!.lower) || PRESS_NOUNS.has(t[j - 2]?.lower ?? '');
  }
  return false;
}

/** True when a viewpoint or a return frame opens the sentence before the run (`Bagi X, …`). */
const framed = (t: readonly Token[], from: number, end: number): boolean =>
  viewpointFrame(t, from, end) || returnFrame(t, from, end);

/** Most lowercase words between a viewpoint frame and its name (`Bagi warga desa seperti X`). */
const MAX_FRAME_WORDS = 4;

/** Each viewpoint frame as its words (lexicon/prepositions.ts VIEWPOINT_FRAMES). */
const FRAME_WORDS: readonly (readonly string[])[] = VIEWPOINT_FRAMES.map(f => f.split(' '));

/**
 * `Bagi Sutini, bantuan itu datang terlambat.`, `Bagi warga seperti Sutini, janji itu belum
 * cukup.`: the run at `from`, closed by a comma, follows nothing in its
 * sentence but a viewpoint frame (lexicon/prepositions.ts VIEWPOINT_FRAMES) and up to a few
 * lowercase words of no verb. The sentence tells that person's view, as `Menurut X, …` tells
 * their words: a source, whom the `-nya` or `ia` after it means, not a person behind a
 * preposition talked about (discourse.viewpointFrame).
 */
function viewpointFrame(t: readonly Token[], from: number, end: number): boolean {
  if (!featureOn('discourse.viewpointFrame')) return false;
  return framedRun(t, from, end, FRAME_WORDS);
}

/** Each phrase turning the report back to a person (lexicon/pronouns.ts RETURN_PHRASES) as its words. */
const RETURN_WORDS: readonly (readonly string[])[] = [...RETURN_PHRASES].map(f => f.split(' '));

/**
 * `Kembali ke dapur Sutini, adonan sudah mengembang.`, `Kembali ke X, …`: the run at `from`, closed
 * by a comma, follows nothing in its sentence but a phrase turning the report back to somebody
 * (lexicon/pronouns.ts RETURN_PHRASES) and up to a few lowercase words of no verb (the place of
 * theirs the report returns to). The writer names whom the paragraph is about again: a source, as
 * after a viewpoint frame, whom a later `ia` or `ujarnya` means rather than the official heard in
 * between (discourse.returnFrame).
 */
function returnFrame(t: readonly Token[], from: number, end: number): boolean {
  if (!featureOn('discourse.returnFrame')) return false;
  return framedRun(t, from, end, RETURN_WORDS);
}

/**
 * True when the run at `from`…`end`, closed by a comma (a bracketed note may come first), follows
 * nothing in its sentence but one of `frames` and up to MAX_FRAME_WORDS lowercase words of no verb.
 */
function framedRun(
  t: readonly Token[],
  from: number,
  end: number,
  frames: readonly (readonly string[])[],
): boolean {
  const close = isBracketNote(t[end]?.text ?? '') ? end + 1 : end;
  if (t[close]?.text !== ',') return false;
  // The sentence's start: past a break or a quote mark, at most the frame's and MAX_FRAME_WORDS back.
  let s = from;
  while (s > 0 && !SENTENCE_BREAKS.has(t[s - 1]!.text) && !QUOTE_MARKS.has(t[s - 1]!.text)) {
    if (from - s > MAX_FRAME_WORDS + 2) return false;
    s--;
  }
  const frame = frames.find(f => f.every((w, i) => t[s + i]?.lower === w));
  if (!frame) return false;
  for (let k = s + frame.length; k < from; k++) {
    const w = t[k]!;
    if (!startsLower(w.text) || isVerbShape(w.lower) || isDiTerShape(w.lower)) return false;
  }
  return from - s - frame.length <= MAX_FRAME_WORDS;
}

/** Most capitalised words of a title a name is set off after (`Kepala Sekolah SMP Negeri 4, X`). */
const MAX_SET_OFF_TITLE = 8;

/**
 * Where a name at token `from` starts with the capitalised title it is set off after by a comma
 * (`Kepala Sekolah SMP Negeri 4, X`), or `from` itself when no comma and title stand before it.
 */
function pastSetOffTitle(t: readonly Token[], from: number): number {
  if (t[from - 1]?.text !== ',') return from;
  let j = from - 2;
  while (
    j >= 0 &&
    from - 2 - j < MAX_SET_OFF_TITLE &&
    !startsLower(t[j]!.text) &&
    startsAlnum(t[j]!.text)
  )
    j--;
  return j === from - 2 ? from : j + 1;
}

/** Most lowercase words before a response passive in a subject that names nobody. */
const MAX_RESPONSE_SUBJECT = 8;

/**
 * `Tuduhan itu dibantah Kepala Desa X.`, `Rencana itu ditolak keras oleh anggota DPRD Y.`: the
 * run at `from` is the agent of a response passive (RESPONSE_PASSIVE_SET; past up to three
 * lowercase role words, `oleh` and a word of manner) whose sentence opens with a subject of
 * lowercase words only — a statement, a plan, a decision, nobody named. That agent takes a side,
 * a source as a denial's subject is: the `Ia` opening the next sentence means them, not the one
 * whose statement they answered. After a person (`Budi dikritik Y`) the subject stays the topic.
 */
function responseAgent(t: readonly Token[], from: number): boolean {
  if (!featureOn('discourse.responseAgent')) return false;
  let k = pastLowerRoles(t, pastSetOffTitle(t, from), 3) - 1;
  if (t[k]?.lower === 'oleh') k--;
  if (RESPONSE_MANNER_SET.has(t[k]?.lower ?? '')) k--;
  return RESPONSE_PASSIVE_SET.has(t[k]?.lower ?? '') && subjectNamesNobody(t, k);
}

/**
 * `Pelaksanaan kurikulum itu dipegang oleh Ustazah X.`, `Tim itu kini dilatih guru seni Y.`: the
 * run at `from` (past up to three lowercase words describing it and `oleh`) is the agent of a
 * `di-` passive whose subject names nobody, a thing or a task, and the article presents it as a
 * source, by an honorific or a role: the agent is the person the sentence is about, the topic a
 * following `Ia`/`-nya` means, as the subject of an active clause is (discourse.passiveAgentTopic).
 * An agent named bare (`Gol dicetak X`) is talked about, as `X mencetak gol` is (roleSource). Not
 * the agent of a reporting or response passive (a source already: nonSubjectRole, responseAgent),
 * of a naming passive (`yang akrab disapa X`), of a relative clause (`kartu kuning yang diterima
 * X`) or of a sentence a pronoun opens (`Ia lalu disambut X`): those are about somebody else.
 */
function passiveAgentTopic(
  t: readonly Token[],
  from: number,
  end: number,
  speakers: ReadonlySet<string>,
): boolean {
  if (!featureOn('discourse.passiveAgentTopic')) return false;
  const set = pastSetOffTitle(t, from);
  let k = set - 1;
  // Past up to three lowercase words of the agent's description (`guru fikih`, `pelatih kepala`).
  for (let n = 0; n < 3 && descriptionWord(t[k]); n++) k--;
  const presented =
    spokeAlone(t, from, end, speakers) ||
    set < from ||
    t.slice(k + 1, set).some(w => ROLE_WORD_SET.has(w.lower)) ||
    isHonorificAt([t[from]!.text], 0) ||
    ROLE_WORD_SET.has(t[from]!.lower) ||
    roleSetOffAfter(t, end);
  if (!presented) return false;
  if (t[k]?.lower === 'oleh') k--;
  const verb = t[k]?.lower ?? '';
  if (!verb.startsWith('di') || !isDiTerShape(verb) || NOT_PASSIVE.has(verb)) return false;
  if (PASSIVE_CUE_SET.has(verb) || RESPONSE_PASSIVE_SET.has(verb) || NICKNAME_MARKERS.has(verb))
    return false;
  return t[k - 1]?.lower !== 'yang' && subjectNamesNobody(t, k) && !opensWithPronoun(t, k);
}

/** No speaker's word known (a caller without the article's evidence). */
const NO_SPEAKERS: ReadonlySet<string> = new Set();

/**
 * True when a word of the run at [from, end) is one the article uses alone for a speaker
 * (`kata X`, `X menyebut`: the prepass's evidence): an agent named bare who spoke in the article is
 * a source, presented as a role would present it (discourse.passiveAgentSpeaker).
 */
function spokeAlone(
  t: readonly Token[],
  from: number,
  end: number,
  speakers: ReadonlySet<string>,
): boolean {
  if (!speakers.size || !featureOn('discourse.passiveAgentSpeaker')) return false;
  for (let j = from; j < end; j++) if (speakers.has(t[j]!.text)) return true;
  return false;
}

/**
 * `Kendala yang sama dirasakan X, ketua kelompok tani Y.`: a lowercase role head set off by a comma after the
 * name at `end` presents the agent as a role does before it (discourse.agentRoleAfter).
 */
function roleSetOffAfter(t: readonly Token[], end: number): boolean {
  const w = t[end + 1];
  return (
    t[end]?.text === ',' &&
    !!w &&
    startsLower(w.text) &&
    ROLE_HEAD_SET.has(w.lower) &&
    featureOn('discourse.agentRoleAfter')
  );
}

/** True when the sentence holding token `k` opens with a personal pronoun (`Ia juga menyebut …`). */
function opensWithPronoun(t: readonly Token[], k: number): boolean {
  const first = t[sentenceStart(t, k, BREAKS_OR_QUOTES)]?.lower ?? '';
  return SINGULAR.has(first) || PLURAL.has(first);
}

/** A lowercase word that may describe an agent before its name: no verb, preposition or `oleh`. */
const descriptionWord = (w: Token | undefined): boolean =>
  !!w &&
  isAllLower(w.text) &&
  w.lower !== 'oleh' &&
  !PREPOSITIONS.has(w.lower) &&
  !isVerbShape(w.lower) &&
  !isDiTerShape(w.lower);

/** Most words between a response noun and the `dari` of its source (`protes keras dari`). */
const MAX_RESPONSE_LINKS = 4;

/**
 * `Penjelasan tersebut mengundang protes dari X.`, `Kritik keras juga datang dari anggota DPRD Y, Nama.`: the
 * run at `from` (past up to three lowercase role words and a title it is set off after) follows
 * `dari` after a noun of response (RESPONSE_NOUN_SET), with at most a few linking words between
 * (RESPONSE_SOURCE_LINKS), in a sentence whose subject is that noun itself or a thing pointed back
 * to by a demonstrative, naming nobody (`Penjelasan tersebut`, `Pernyataan itu`). The
 * one the response comes from takes a side, a source as a response passive's agent is: the `Ia`
 * opening the next sentence means them, not the one they answered (discourse.responseSource).
 */
function responseSource(t: readonly Token[], from: number): boolean {
  if (!featureOn('discourse.responseSource')) return false;
  return sourceAfterResponse(t, pastLowerRoles(t, pastSetOffTitle(t, from), 3) - 1);
}

/**
 * True when token `k` is the `dari` that brings in where a response or an account comes from
 * (`Kritik keras juga datang dari …`, `Keluhan yang sama datang dari …`): after a noun of response
 * or, with discourse.accountSource, of a spoken account (ACCOUNT_NOUN_SET: `Cerita lain datang
 * dari …`), past a few linking words, opening its sentence or pointed back to by a demonstrative.
 * Exported for the unnamed source (`… datang dari seorang penjahit`, cast/read-mentions.ts).
 */
export function sourceAfterResponse(t: readonly Token[], k: number): boolean {
  if (t[k]?.lower !== 'dari') return false;
  k--;
  for (let n = 0; n < MAX_RESPONSE_LINKS && RESPONSE_SOURCE_LINKS.has(t[k]?.lower ?? ''); n++) k--;
  const noun = t[k]?.lower ?? '';
  const account = ACCOUNT_NOUN_SET.has(noun) && featureOn('discourse.accountSource');
  if (!RESPONSE_NOUN_SET.has(noun) && !account) return false;
  const prev = t[k - 1]?.text;
  const opens = prev === undefined || SENTENCE_BREAKS.has(prev) || QUOTE_MARKS.has(prev);
  return opens || (subjectNamesNobody(t, k) && definiteBefore(t, k));
}

/**
 * True when a demonstrative stands between the sentence's start and token `k` (`Penjelasan
 * tersebut mengundang …`, `Pernyataan tersebut menuai …`): the subject is a thing pointed back to, where a
 * capitalised first word alone may be a person's name (`Joko menuai kritik …`).
 */
function definiteBefore(t: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && !SENTENCE_BREAKS.has(t[j]!.text); j--)
    if (DEFINITE.has(t[j]!.lower)) return true;
  return false;
}

/**
 * `Jawaban itu tidak memuaskan X.`, `Keputusan itu mengejutkan pedagang Y, …`: the run at `from`
 * (past up to three lowercase role words and a title it is set off after) is the object of a verb
 * telling how something left a person (EXPERIENCER_VERB_SET), whose sentence opens with a subject
 * that names nobody. The person whose feelings are told is the one the next `kata dia` means.
 */
function experiencerObject(t: readonly Token[], from: number): boolean {
  if (!featureOn('discourse.experiencerObject')) return false;
  const k = pastLowerRoles(t, pastSetOffTitle(t, from), 3) - 1;
  if (!EXPERIENCER_VERB_SET.has(t[k]?.lower ?? '') || opensRelative(t, k)) return false;
  return subjectNamesNobody(t, k);
}

/** Most tokens of a name or relative clause set off after the run (`pelatih X, Nama Lengkap,`). */
const MAX_SET_OFF_AFTER = 10;

/**
 * `Soal itu membuat pelatih X, Nama, tertawa.`, `Jawaban Y membuat Z agak
 * mereda.`: the run at [from, end) (past a few lowercase words describing it and a title it is set
 * off after) is the object of a causative verb (CAUSATIVE_VERB_SET) and the subject of what it is
 * made to do or feel: a reaction, a feeling, a verb or a speaking act (past a name or `yang`
 * clause set off after it and a degree word). The sentence tells that person's turn, so the next
 * `kata dia` means them, as the object of an experiencer verb (discourse.causedReaction). The
 * causative's subject is a thing: it names nobody, or opens with an abstract noun whatever it
 * belongs to (`Keterangan Camat itu`); a person doing it (`X membuat Surat Edaran`) is no cause.
 */
function causedReaction(t: readonly Token[], from: number, end: number): boolean {
  if (!featureOn('discourse.causedReaction')) return false;
  const k = causativeBefore(t, pastSetOffTitle(t, from));
  if (k < 0 || !causeIsThing(t, k)) return false;
  let j = pastSetOffAfter(t, end);
  if (FEELING_DEGREE_SET.has(t[j]?.lower ?? '')) j++;
  const w = t[j]?.lower ?? '';
  if (!startsLower(t[j]?.text ?? '')) return false;
  return (
    REACTION_VERBS.has(w) ||
    FEELING_SET.has(w) ||
    actingVerb(w) ||
    SPEAKING_ACT_SET.has(t[j + 1]?.lower ?? '')
  );
}

/**
 * A `me-`/`ber-` verb the causative's object is made to do (`mereda`, `bergegas`), none of the
 * nouns shaped like one (`menteri`); a `ter-` word is a reaction (REACTION_VERBS) or a noun
 * (`tersangka`), no act.
 */
const actingVerb = (w: string): boolean =>
  (w.startsWith('me') || w.startsWith('ber')) && isVerbShape(w) && !MEN_SHAPED_NOUNS.has(w);

/** Most lowercase words of the object's description before its name (`pelatih tim bulu tangkis putra`). */
const MAX_OBJECT_WORDS = 5;

/**
 * The causative verb (CAUSATIVE_VERB_SET) before token `i`, past a few lowercase words of the
 * object's description (no verb, no preposition between), or -1.
 */
function causativeBefore(t: readonly Token[], i: number): number {
  for (let j = i - 1; j >= 0 && i - j <= MAX_OBJECT_WORDS + 1; j--) {
    const w = t[j]!;
    if (CAUSATIVE_VERB_SET.has(w.lower)) return j;
    if (!startsLower(w.text) || isVerbShape(w.lower) || PREPOSITIONS.has(w.lower)) return -1;
  }
  return -1;
}

/** The token after a name or `yang` clause set off by commas right after `end`, else `end`. */
function pastSetOffAfter(t: readonly Token[], end: number): number {
  if (t[end]?.text !== ',') return end;
  const relative = t[end + 1]?.lower === 'yang';
  let c = end + 1;
  while (
    c < t.length &&
    c - end <= MAX_SET_OFF_AFTER &&
    t[c]!.text !== ',' &&
    !SENTENCE_BREAKS.has(t[c]!.text) &&
    (relative || startsUpper(t[c]!.text))
  )
    c++;
  return c > end + 1 && t[c]?.text === ',' ? c + 1 : end + 1;
}

/**
 * True when the sentence before the causative at token `k` names nobody, or opens with an abstract
 * noun (`Pernyataan`, `Keputusan`: text/affix-shapes.ts) whoever it belongs to.
 */
function causeIsThing(t: readonly Token[], k: number): boolean {
  const first = sentenceStart(t, k, BREAKS_OR_QUOTES);
  const w = t[first]?.lower ?? '';
  // `Penyidik membuat …`, `Polisi membuat …`: a person or an office does it, no thing.
  const agent = isAgentNounShape(w) && !isAbstractNounShape(w); // `penyidik`, not `pengumuman`
  if (ROLE_WORD_SET.has(w) || PERSON_NOUNS.has(w) || agent) return false;
  if (subjectNamesNobody(t, k)) return true;
  return first < k - 1 && isAbstractNounShape(w);
}

/**
 * `Hal yang memberatkan terdakwa X adalah …` (a verdict's aggravating factors), `Keputusan yang
 * mengecewakan pedagang Y itu diambil …`: the verb at token `k` right after `yang` opens a relative
 * clause describing a thing, which the sentence goes on about; the person the clause tells of is
 * not who speaks next (discourse.experiencerNotRelative).
 */
const opensRelative = (t: readonly Token[], k: number): boolean =>
  t[k - 1]?.lower === 'yang' && featureOn('discourse.experiencerNotRelative');

/**
 * True when the words of the sentence before token `k` are lowercase, past its first word and
 * commas (`Tuduhan itu`, `Namun, keputusan tersebut tidak`): a subject that names nobody.
 */
function subjectNamesNobody(t: readonly Token[], k: number): boolean {
  for (let j = k - 1, n = 0; j >= 0 && n <= MAX_RESPONSE_SUBJECT; j--, n++) {
    const w = t[j]!;
    if (SENTENCE_BREAKS.has(w.text) || QUOTE_MARKS.has(w.text)) return n > 0;
    // The sentence's first word is capitalised; any other capital is a name in the subject.
    if (w.text === ',') continue; // `Namun, tuduhan itu dibantah X`
    const first = j === 0 || SENTENCE_BREAKS.has(t[j - 1]!.text) || QUOTE_MARKS.has(t[j - 1]!.text);
    // `Gol semata wayang Persija dicetak X`: a club the corpora know names no person.
    if (!startsLower(w.text) && !first && !clubInSubject(w.text)) return false;
    if (first) return true;
  }
  return false;
}

/** A football club's word in a passive's subject (discourse.clubSubjectNamesNobody). */
const clubInSubject = (w: string): boolean =>
  isClubWord(w) && featureOn('discourse.clubSubjectNamesNobody');

/** Most capitalised words of a description's place or affiliation before its comma (`Kota X`). */
const MAX_AFFILIATION_WORDS = 4;
/** Most lowercase words of a description between its governing word and its place (`pelari`). */
const GOVERNED_DESCRIPTION_WORDS = 3;

/**
 * What a lowercase word of the phrase before a set-off name says (setOffPhraseRole): the name's
 * role when the word governs the phrase, null when it ends the phrase with no role, undefined to
 * read on to the word before it. `k` is its index, `words` how many phrase words came after it.
 */
type PhraseWord = (w: Token, k: number, words: number) => SentenceRole | null | undefined;

/**
 * The role of a name set off by a comma at `from` (closed at `end` by an appositive closer) after
 * a phrase: past the capitalised words of its place or affiliation, the phrase's lowercase words
 * are read back, at most `maxWords + 1`, by `read`; a capitalised word or a verb ends it.
 */
function setOffPhraseRole(
  t: readonly Token[],
  from: number,
  end: number,
  maxWords: number,
  read: PhraseWord,
): SentenceRole | null {
  if (t[from - 1]?.text !== ',' || !APPOSITIVE_CLOSERS.has(t[end]?.text ?? '')) return null;
  let k = from - 2;
  const lowest = Math.max(0, k - MAX_AFFILIATION_WORDS);
  while (k >= lowest && startsUpper(t[k]!.text)) k--;
  for (let words = 0; k >= 0 && words <= maxWords; k--, words++) {
    const w = t[k]!;
    if (!startsLower(w.text)) return null;
    const role = read(w, k, words);
    if (role !== undefined) return role;
    if (isVerbShape(w.lower) || isDiTerShape(w.lower)) return null;
  }
  return null;
}

/**
 * `… lebih baik dari rekor milik pelari Kota X, Nama.`, `… bersaing dengan pedagang Pasar Y,
 * Nama, …`: a name set off by a comma after a description (lowercase words, then the capitalised
 * words of its place or affiliation) that a lowercase preposition or owning noun governs is that
 * description's person, inside the phrase; the clause's subject is someone else, who keeps the
 * next `kata atlet itu`. Not the agent of a passive (`oleh`, `by`: that one acts), nor the source
 * after `according to`; a verb before the description (`disampaikan pengamat X, Nama`) ends it.
 */
function governedDescription(t: readonly Token[], from: number, end: number): SentenceRole | null {
  if (!featureOn('discourse.governedDescription')) return null;
  // `… bertanya kepada bendahara, Ni Ketut (38).`: an age in brackets after the name, before its
  // closing mark, as for an object's description (discourse.governedDescriptionAged).
  const aged = isBracketNote(t[end]?.text ?? '') && featureOn('discourse.governedDescriptionAged');
  const close = aged ? end + 1 : end;
  return setOffPhraseRole(t, from, close, GOVERNED_DESCRIPTION_WORDS, (w, k, words) => {
    if (words > 0 && POSSESSIVE_NOUNS.has(w.lower)) return 'object';
    if (words > 0 && PREPOSITIONS.has(w.lower))
      return governingPreposition(t, k) ? 'oblique' : null;
    return undefined;
  });
}

/** Most lowercase words of an object's description before the name set off after it. */
const OBJECT_DESCRIPTION_WORDS = 5;

/**
 * `Polisi menangkap pelaku, X (31).`, `Tim SAR menemukan korban, Y, di tepi sungai`: a name set
 * off by a comma after a description (lowercase words, then the capitalised words of its place)
 * that an active `meN-` verb takes as its object is that object, talked about; whoever the clause's
 * subject is keeps the next `ujar perempuan itu` or `katanya`. An age or note in brackets may
 * follow the name before its closing comma or full stop.
 */
function objectAppositive(t: readonly Token[], from: number, end: number): SentenceRole | null {
  if (!featureOn('discourse.objectAppositive')) return null;
  const close = isBracketNote(t[end]?.text ?? '') ? end + 1 : end;
  return setOffPhraseRole(t, from, close, OBJECT_DESCRIPTION_WORDS, (w, _k, words) => {
    // `melalui`, `mengenai`, `melawan`: prepositions spelled like `meN-` verbs govern no object.
    if (
      PREPOSITIONS.has(w.lower) ||
      MEANS_PREPOSITIONS.has(w.lower) ||
      VERBLIKE_PREPOSITIONS.has(w.lower)
    )
      return null;
    return words > 0 && w.lower.startsWith('me') && isVerbShape(w.lower) ? 'object' : undefined;
  });
}

/** Most lowercase words of a means phrase before its name (`tendangan bebas gelandang muda`). */
const MEANS_PHRASE_WORDS = 5;

/**
 * `Tim tertinggal lewat penalti kapten lawan, X, menjelang turun minum`, `Gol balasan datang melalui
 * sepakan gelandang muda, Y.`: a name set off by a comma after a description that a
 * preposition of means opens (lexicon/prepositions.ts `MEANS_PREPOSITIONS`) is the instrument of
 * what befell, talked about inside that phrase, wherever the clause's verb stands; the paragraph's
 * source keeps the next `ujarnya`. A verb inside the description (`lewat rekannya yang
 * menyerahkan …`) or a `yang` clause before the preposition ends it, and so does a voice head:
 * `disampaikan melalui juru bicara pemkab, X,` is a statement made through its source
 * (discourse.meansVoiceSource).
 */
function meansAppositive(t: readonly Token[], from: number, end: number): SentenceRole | null {
  if (!featureOn('discourse.meansAppositive')) return null;
  return setOffPhraseRole(t, from, end, MEANS_PHRASE_WORDS, (w, k, words) => {
    if (words > 0 && MEANS_PREPOSITIONS.has(w.lower)) return yangBefore(t, k) ? null : 'oblique';
    return VOICE_HEADS.has(w.lower) && featureOn('discourse.meansVoiceSource') ? null : undefined;
  });
}

/** True when a `yang`/`who` stands before token `k` in its clause (the phrase describes a subject). */
function yangBefore(t: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && !isClauseStop(t[j]!.text); j--)
    if (t[j]!.lower === 'yang' || t[j]!.lower === 'who') return true;
  return false;
}

/**
 * True when the preposition at `k` governs a phrase of its clause's predicate: a verb stands
 * before it in the clause (`… bersaing dengan pedagang Pasar Y, Nama`), no `yang` does (`pebalap
 * yang turun di kelas X, Nama, bertekad …` describes the subject), and it names no passive's
 * agent (`oleh`, `by`: that one acts) nor the source after `according to`. With no verb before it
 * the phrase is the subject's own description (`Pelatih tim dari Kota X, Nama, menilai …`).
 */
function governingPreposition(t: readonly Token[], k: number): boolean {
  if (AGENT_PREPOSITIONS.has(t[k]!.lower) || t[k - 1]?.lower === 'according') return false;
  let verb = false;
  for (let j = k - 1; j >= 0 && !isClauseStop(t[j]!.text); j--) {
    if (t[j]!.lower === 'yang' || t[j]!.lower === 'who') return false;
    if (startsLower(t[j]!.text) && (isVerbShape(t[j]!.lower) || isDiTerShape(t[j]!.lower)))
      verb = true;
  }
  return verb;
}

/** Most lowercase words between the word governing a kin noun and the noun (`bersama suaminya`). */
const MAX_ADJUNCT_WORDS = 3;

/** Tokens that close an appositive name: a comma, or the sentence's end. */
const APPOSITIVE_CLOSERS: ReadonlySet<string> = new Set([',', '.', '!', '?', ';']);

/**
 * `Ia bersama suaminya, Darto, menyelamatkan …`, `Ia didampingi pengacaranya, Budi.`: a name set off
 * by a comma after a possessed kin noun (or a possessed role: `kuasa hukumnya`) that a preposition
 * or a verb governs is that relative, inside the adjunct or the object; the clause's subject is
 * someone else (`Ia`), who keeps the next `ujarnya`. Opening its sentence (`Suaminya, Darto,
 * menambahkan`) the relative is the subject.
 */
function obliqueAppositive(t: readonly Token[], from: number, end: number): SentenceRole | null {
  if (!featureOn('discourse.obliqueAppositive')) return null;
  if (t[from - 1]?.text !== ',' || !APPOSITIVE_CLOSERS.has(t[end]?.text ?? '')) return null;
  const noun = t[from - 2]?.lower ?? '';
  const stem = noun.slice(0, -3);
  if (!noun.endsWith('nya') || !(KIN_NOUNS.has(stem) || ROLE_WORD_SET.has(stem))) return null;
  for (let k = from - 3; k >= Math.max(0, from - 2 - MAX_ADJUNCT_WORDS); k--) {
    const w = t[k]!;
    if (PREPOSITIONS.has(w.lower)) return 'oblique';
    if (!startsLower(w.text)) return null;
    if (isVerbShape(w.lower) || isDiTerShape(w.lower)) return 'object';
  }
  return null;
}

/** `para`, `sejumlah`, or a counted plural (`puluhan`, `ratusan`): the word opens a group. */
export const opensGroup = (w: string): boolean =>
  PLURAL_DETERMINERS.has(w) ||
  (COUNTED_GROUP.has(w) && featureOn('cast.countedGroup')) ||
  (EN_PLURAL_DETERMINERS.has(w) && featureOn('cast.englishGroupOpeners'));

/**
 * `Ratusan buruh PT X berunjuk rasa`, `Sejumlah mahasiswa Universitas Y menilai`: a run right
 * after an unnamed group's noun is the group's employer, school or home; the group is the subject
 * (read-mentions.ts records it), and the later `mereka` means it, not the organisation.
 */
function groupAffiliation(t: readonly Token[], from: number): boolean {
  if (!featureOn('discourse.groupAffiliation')) return false;
  const noun = t[from - 1]?.text ?? '';
  return startsLower(noun) && opensGroup(caselessKey(t[from - 2]?.lower ?? ''));
}

/** Most words of the description before its `yang` (`Pemilik toko roti di pasar itu yang …`). */
const MAX_DESCRIPTION_WORDS = 8;

/** The `yang` whose clause gives the nickname starting at token `from` (`yang akrab disapa X`), or -1. */
function yangGivingNickname(t: readonly Token[], from: number): number {
  for (let y = from - 2; y >= 0 && from - y <= 6; y--)
    if (t[y]!.lower === 'yang') return nicknameAfterYang(t, y) === from ? y : -1;
  return -1;
}

/**
 * `Penjual kopi yang akrab disapa X itu sudah berjualan …`: a nickname inside a description that
 * opens its sentence and closes with a demonstrative names the subject of that sentence — the
 * person the article is now about — though it follows a verb. Returns the token after the
 * demonstrative, where the predicate is read, or -1. A description holding a verb before its
 * `yang` (`Warga memuji pria yang …`) is an object, not the subject.
 */
function nicknameOfSubject(t: readonly Token[], from: number, end: number): number {
  if (!featureOn('discourse.nicknameSubject')) return -1;
  // A demonstrative closes the description the nickname belongs to (`… disapa X itu`).
  if (!DEFINITE.has(t[end]?.lower ?? '') || !t[end + 1]) return -1;
  const y = yangGivingNickname(t, from);
  if (y < 0) return -1;
  let s = y;
  while (s > 0 && y - s < MAX_DESCRIPTION_WORDS && startsAlnum(t[s - 1]!.text)) s--;
  const prev = t[s - 1]?.text;
  if (s === y || (prev !== undefined && !'.!?'.includes(prev))) return -1;
  for (let k = s; k < y; k++) if (startsLower(t[k]!.text) && isVerbShape(t[k]!.lower)) return -1;
  return end + 1;
}

/**
 * Where the mention whose run starts at token `i` begins once up to `max` lowercase role words
 * written before it are counted in (`…, juru bicara KPK Budi`): where its clause position is read.
 */
export function pastLowerRoles(t: readonly Token[], i: number, max: number): number {
  let k = i;
  while (k > 0 && i - k < max && startsLower(t[k - 1]!.text) && ROLE_WORD_SET.has(t[k - 1]!.text))
    k--;
  return k;
}

/** True when the run at `from` follows a subordinator, past up to three lowercase role words. */
function opensSubordinate(t: readonly Token[], from: number): boolean {
  if (!featureOn('discourse.subordinateSubject')) return false;
  const k = pastLowerRoles(t, from, 3);
  return SUBORDINATORS.has(t[k - 1]?.lower ?? '') && subordinateOpens(t, k - 1);
}

/** Most lowercase words of the role between a subordinator and the name set off after it. */
const MAX_SUBORDINATE_ROLE = 4;

/**
 * `Ia kembali belajar setelah kepala sekolah, X, mendatanginya`: the run at `from` is set off by a
 * comma after lowercase role words (`kepala sekolah`, `wali kelasnya`) that follow a subordinator
 * inside a main clause (lexicon/prepositions.ts ADVERBIAL_SUBORDINATORS; subordinateOpens false).
 * The comma makes the run look like it opens a clause; it only names the subordinate clause's
 * subject, somebody the sentence tells of.
 */
function subordinateAppositive(t: readonly Token[], from: number, end: number): boolean {
  if (!featureOn('discourse.subordinateAppositive') || t[from - 1]?.text !== ',') return false;
  if (!setOffAfter(t, end) && featureOn('discourse.frontedClauseSubject')) return false;
  let k = from - 1;
  while (k > 0 && from - 1 - k < MAX_SUBORDINATE_ROLE && startsLower(t[k - 1]!.text)) {
    k--;
    if (ADVERBIAL_SUBORDINATORS.has(t[k]!.lower)) return k < from - 2 && !subordinateOpens(t, k);
  }
  return false;
}

/**
 * True when the run ending at token `end` is closed as an appositive is: by a comma, past a
 * bracketed note (`X (45),`). A name the predicate follows at once (`Ditanya soal rencana setelah
 * anak-anaknya mandiri, X hanya tersenyum`) is the subject of the main clause, which a fronted
 * clause with a subordinator in it only opens (discourse.frontedClauseSubject).
 */
function setOffAfter(t: readonly Token[], end: number): boolean {
  const k = isBracketNote(t[end]?.text ?? '') ? end + 1 : end;
  return t[k]?.text === ',';
}

/**
 * True when the subordinator at `s` opens a clause: its sentence (`Saat X tiba, …`), after a
 * comma (`Namun, ketika X tiba, …`) or after a connective opening the sentence (`Namun ketika …`).
 * One inside the main clause (`Klub belum punya pengganti setelah X pensiun.`) ends a sentence
 * about someone else: its subject opens no new topic.
 */
function subordinateOpens(t: readonly Token[], s: number): boolean {
  if (!featureOn('discourse.subordinateOpens')) return true;
  const opensAt = (k: number): boolean =>
    !t[k] || SENTENCE_BREAKS.has(t[k]!.text) || QUOTE_MARKS.has(t[k]!.text);
  const prev = t[s - 1];
  if (opensAt(s - 1) || prev!.text === ',') return true;
  return (startsUpper(prev!.text) && opensAt(s - 2)) || aboutStatement(t, s, opensAt);
}

/** Most tokens of a main clause about a statement before its subordinator (`Hal itu telah disampaikan`). */
const MAX_STATEMENT_CLAUSE = 6;

/**
 * `Hal itu terungkap ketika Kapolres X menggelar …`, `Pernyataan tersebut disampaikan saat Menteri
 * Y berkunjung`: a sentence opened by the statement just reported (a statement noun and a
 * demonstrative) is about whoever the time clause at `s` names, not about somebody else.
 */
function aboutStatement(t: readonly Token[], s: number, opensAt: (k: number) => boolean): boolean {
  if (!featureOn('discourse.statementTime')) return false;
  // Back to where the sentence opens (a break, a quote mark or the paragraph's start).
  let k = s - 1;
  while (k >= 0 && !opensAt(k)) {
    if (s - k > MAX_STATEMENT_CLAUSE) return false;
    k--;
  }
  return STATEMENT_REFERENCES.has(t[k + 1]?.lower ?? '') && DEFINITE.has(t[k + 2]?.lower ?? '');
}

/** Tokens that end the sentence before a name: the name's sentence starts after one. */
export const SENTENCE_BREAKS: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';']);
/** Most tokens between a sentence's start and a name that still leads it (a long role). */
const MAX_LEAD_TOKENS = 16;

/**
 * `Kapten tim Rudi Hartono merasa …`, `Wakil Ketua Bidang Hukum dan Advokasi PGRI Rudi mengkritik
 * …`: a name with no verb, preposition or cue before it in its sentence, and a verb right after
 * it, is the head of the sentence's first noun phrase — its subject — though a lowercase word of
 * its role (`tim`, `dan`) stands before it. Read as an object, the person the paragraph opens
 * with lost the `ia`/`-nya` that follows to the previous speaker.
 */
function leadsSentence(t: readonly Token[], from: number, end: number): boolean {
  if (!featureOn('discourse.leadingSubject')) return false;
  let v = end;
  // Past a bracketed note (an age, a sex, an alias: `X (19) mengaku`, `X (45/L) menilai`), a
  // degree set off by a comma (`…, MSi menilai`) and adverbs (`juga`).
  if (isBracketNote(t[v]?.text ?? '') && featureOn('discourse.noteAfterLead')) v++;
  const named = v;
  while (t[v]?.text === ',' && isDegree(t[v + 1]?.text ?? '')) v += 2;
  // `Kepala seksi penyidikan X, SH, MH, lalu membacakan …`: the comma that closes the degrees.
  if (v > named && t[v]?.text === ',' && featureOn('discourse.degreesClosedLead')) v++;
  while (v < t.length && (CUE_ADVERB_SET.has(t[v]!.lower) || leadingAuxiliary(t[v]!.lower))) v++;
  const next = t[v];
  if (!next || !startsLower(next.text) || !leadingVerb(next.lower)) return false;
  // A comma between a pronoun and the name closes the pronoun's clause (`Ia pensiun, kini X …`).
  let comma = false;
  const pairStart = pairNounsBefore(t, from);
  for (let k = from - 1; k >= Math.max(0, from - MAX_LEAD_TOKENS); k--) {
    const w = t[k]!;
    if (SENTENCE_BREAKS.has(w.text)) return true;
    if (QUOTE_MARKS.has(w.text)) return false;
    if (w.text === ',') comma = true;
    else if (!comma && pronounSubjectAt(t, k, from)) return false;
    if (!startsLower(w.text)) continue;
    if (insideTitle(t, k)) continue;
    // `Seorang nelayan bernama Karim memperbaiki …`: the naming word is no verb of the sentence;
    // the description and the name after it are one subject.
    if (NAMING_WORDS.has(w.lower) && featureOn('cast.calledName')) continue;
    // `Kakak beradik X dan Y bergabung …`: a pair's description before the names (its noun may
    // have the `ber-` shape of a verb) belongs to them, the first name's or this one's; the pair
    // leads the sentence.
    if (k >= pairStart || inPairDescription(t, k)) continue;
    if (isVerbShape(w.lower) || PREPOSITIONS.has(w.lower) || NOT_IN_LEAD_SET.has(w.lower))
      return false;
  }
  return from <= MAX_LEAD_TOKENS;
}

/**
 * True when token `k` is a third-person pronoun standing as its clause's subject (`Ia dulu ingin X
 * bekerja di kantor`, `Namun ia …`): the clause is the pronoun's, and a name after it in that
 * clause is who it acts on or tells of (discourse.pronounLeads). After a kin, person or role noun,
 * or right before the name run at `from`, the pronoun is a possessor (`Putra beliau X`, `Murid
 * kesayangan beliau X`); after a subordinator a subordinate clause's subject (`Setelah ia pensiun
 * X …`): neither. One a conjunction joins (`Ia dan X …`) leads with X.
 */
function pronounSubjectAt(t: readonly Token[], k: number, from: number): boolean {
  if (!SUBJECT_PRONOUNS.has(t[k]!.lower) || PRONOUN_COMPANION_JOINS.has(t[k + 1]?.lower ?? ''))
    return false;
  const prev = t[k - 1]?.lower ?? '';
  // `Namun ia …`, `Sejak awal ia …`: a connective or an adverb before it leaves it the subject;
  // the name run right after it (`Murid kesayangan beliau X …`) sets off what it possesses, so it
  // is the possessor of the noun before.
  const possessor = personWord(prev) || ROLE_WORD_SET.has(prev) || k + 1 === from;
  return !possessor && !SUBORDINATORS.has(prev) && featureOn('discourse.pronounLeads');
}

/**
 * `Duta Besar RI untuk Jepang X`, `Asisten Sekjen OKI untuk Urusan Kemanusiaan X`, `Anggota DPR
 * dari Fraksi Y X`: a preposition inside a capitalised title (the run before it opens with a role
 * head, a capitalised word follows it) joins the parts of one office, whose holder still leads the
 * sentence; it governs nothing the name stands in. After a run that is no title (`Surat dari
 * Bupati X`) the preposition governs as ever.
 */
function insideTitle(t: readonly Token[], k: number): boolean {
  if (!PREPOSITIONS.has(t[k]!.lower) || !startsUpper(t[k + 1]?.text ?? '')) return false;
  let j = k - 1;
  if (j < 0 || !startsUpper(t[j]!.text)) return false;
  while (j > 0 && startsUpper(t[j - 1]!.text)) j--;
  return ROLE_HEAD_SET.has(t[j]!.lower) && featureOn('discourse.titlePreposition');
}

/**
 * True for a word a predicate's verb may follow (lexicon/cues.ts LEADING_AUXILIARIES,
 * LEADING_NEGATIONS): discourse.leadingAuxiliary, discourse.leadingNegation.
 */
const leadingAuxiliary = (w: string): boolean =>
  (LEADING_AUXILIARIES.has(w) && featureOn('discourse.leadingAuxiliary')) ||
  (LEADING_NEGATIONS.has(w) && featureOn('discourse.leadingNegation'));

/** A bracketed note, one token (`(19 tahun)`, `(45/L)`, `(BW)`). */
const isBracketNote = (w: string): boolean => w.startsWith('(') && w.endsWith(')');

/**
 * A verb opening a predicate: Indonesian by its prefix (`merasa`, `berharap`), English by its
 * past tense (`Coach X praised his players`), the tense news is told in.
 */
const leadingVerb = (w: string): boolean =>
  isVerbShape(w) || (w.endsWith('ed') && w.length > 4 && featureOn('discourse.englishLeadingVerb'));

/** Quote marks: a name after one is in or after a quotation, not leading a sentence of prose. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’']);

/** Where a sentence opens, read back from a token: past a break or any quotation mark. */
const BREAKS_OR_QUOTES: ReadonlySet<string> = new Set([...SENTENCE_BREAKS, ...QUOTE_MARKS]);

/**
 * `… Rudi Hartono, Andi Wijaya, dan Joko Pramono`: a name after a comma that follows another
 * name is a list member, not a clause's subject, when the list goes on to its joining word
 * (`dan`, `, dan`, or further members first: `A, B, C, dan D`). A comma and a capitalised word
 * that leads to no joining word (`X, Y, Kamis (4/7), …`, a day, a place, a role) is no list:
 * read so, a speaker set off by commas lost its clause (blind sets, end of session 13).
 */
function listMember(t: readonly Token[], from: number, end: number): boolean {
  if (t[from - 1]?.text !== ',' || !startsUpper(t[from - 2]?.text ?? '')) return false;
  let k = end;
  for (let member = 0; member < MAX_LIST_MEMBERS; member++) {
    const next = t[k]?.text ?? '';
    if (LIST_JOINS.has(next)) return true;
    if (next !== ',') return false;
    const after = t[k + 1]?.text ?? '';
    if (LIST_JOINS.has(after)) return true;
    if (!startsUpper(after)) return false;
    // Over the next member's capitalised words, to what follows it.
    k += 2;
    while (startsUpper(t[k]?.text ?? '')) k++;
  }
  return false;
}

/** Most further members a list is followed through before its joining word. */
const MAX_LIST_MEMBERS = 8;

/**
 * `Rudi Santoso, kuasa hukum Andi Wijaya, mengatakan`: a name inside the description set off by
 * commas after a person's name owns that role; the clause's subject is the person before.
 */
function ownsAppositive(
  t: readonly Token[],
  from: number,
  end: number,
  personEnd: number,
): boolean {
  if (t[end]?.text !== ',') return false;
  const k = pastLowerRoles(t, from, 4);
  return k < from && t[k - 1]?.text === ',' && personEnd === k - 1;
}

/** The words of the clause opening at offset `at`, past an appositive set off by commas. */
function predicateWords(text: string, at: number): string[] {
  const window = text.slice(at, at + 160);
  const clause = window.slice(0, firstOf(window, '.;:!?“”"'));
  // `Budi Hartanto, pengamat ekonomi dari X, menilai`: the appositive is not the predicate.
  return splitOnSpacesAndCommas(dropBetweenCommas(clause)).filter(Boolean);
}

/**
 * True when the subject opening at offset `at` takes a side (`X menolak tuduhan itu`, `Y
 * disagreed`): its predicate's first lowercase word, past adverbs, is a denial or an objection.
 */
export function takesSide(text: string, at: number): boolean {
  const w = predicateWords(text, at).find(w => startsLower(w) && !CUE_ADVERB_SET.has(w));
  return !!w && (DENIAL_VERB_SET.has(w) || OBJECTION_VERB_SET.has(w));
}

/** English words that open like `di-`/`ter-` verbs end in `-ed`, `-ing` or `-s` (`disagreed`). */
const endsLikeEnglishVerb = (w: string) => w.endsWith('ed') || w.endsWith('ing') || w.endsWith('s');

/**
 * What kind of subject opens at offset `at`, from its predicate: the first lowercase word after
 * the name (past its capitalised words, an appositive between commas, and adverbs such as `juga`).
 */
export function subjectKind(text: string, at: number): SentenceRole {
  return predicateKind(predicateWords(text, at));
}

/** Most words of an unnamed subject's description before its verb (`Seorang pedagang sayur asal X`). */
const MAX_UNNAMED_DESCRIPTION = 6;

/**
 * What kind of subject an unnamed description opening at offset `at` is (`Seorang anggota koperasi,
 * istri nelayan, mengaku …`): its predicate is read past the description's own words, up to the
 * first word shaped as a verb, where subjectKind would stop at its head noun and call every such
 * subject one that reports nothing. One whose verb reports is a source, heard from as a named
 * reporting subject is (discourse.unnamedPredicate).
 */
export function unnamedSubjectKind(text: string, at: number): SentenceRole {
  if (!featureOn('discourse.unnamedPredicate')) return subjectKind(text, at);
  const words = predicateWords(text, at);
  const verb = words.findIndex(
    (w, k) =>
      k > 0 &&
      startsLower(w) &&
      // `tersebut` closing the description's modifier (`Seorang anggota koperasi
      // tersebut mengaku`) is shaped like a `ter-` verb but is its demonstrative.
      !DEFINITE.has(w) &&
      (PRE_CUE_SET.has(w) || DENIAL_VERB_SET.has(w) || isVerbShape(w) || isDiTerShape(w)),
  );
  if (verb < 0 || verb > MAX_UNNAMED_DESCRIPTION) return predicateKind(words);
  // An adverb before the verb (`Seorang warga juga mengaku`) stays with the predicate.
  let k = verb;
  while (k > 1 && CUE_ADVERB_SET.has(words[k - 1]!)) k--;
  return predicateKind(words.slice(k));
}

/** The kind of subject whose predicate's words are `words` (subjectKind). */
function predicateKind(all: readonly string[]): SentenceRole {
  const words = withoutManner(all);
  if (saysNothing(words)) return 'passiveSubject';
  for (const w of words) {
    if (!startsLower(w)) continue;
    if (CUE_ADVERB_SET.has(w)) continue;
    if (PRE_CUE_SET.has(w)) return 'cueSubject';
    // `X tewas di tempat`, `X died after …`: one who died is what befell, as one acted upon.
    if (DEATH_VERBS.has(w) && featureOn('discourse.diedSubject')) return 'passiveSubject';
    if (DENIAL_VERB_SET.has(w) && featureOn('discourse.denialSource')) return 'cueSubject';
    // One being interviewed is a source about to speak, whatever the passive shape says.
    if (INTERVIEW_PASSIVE_SET.has(w) && featureOn('discourse.interviewed')) return 'cueSubject';
    // Indonesian `di-`/`ter-` verbs; English words that open alike (`disagreed`) end otherwise.
    if (isAllLower(w) && isDiTerShape(w) && !endsLikeEnglishVerb(w) && !NOT_PASSIVE.has(w))
      return isReaction(w) ? 'subject' : 'passiveSubject';
    return 'subject';
  }
  return 'subject';
}

/**
 * `words` without a manner adverbial `secara` opens (`X secara terbuka mempertanyakan …`, `secara resmi`):
 * the adjective after it is no verb of the predicate, though `terbuka` is shaped like a `ter-`
 * passive (discourse.mannerPhrase).
 */
function withoutManner(words: readonly string[]): readonly string[] {
  const k = words.indexOf('secara');
  if (k < 0 || !featureOn('discourse.mannerPhrase')) return words;
  return [...words.slice(0, k), ...words.slice(k + 2)];
}

/** A `ter-` verb the subject does or feels (`tersenyum`, `terdiam`): no passive (REACTION_VERBS). */
const isReaction = (w: string): boolean =>
  REACTION_VERBS.has(w) && featureOn('discourse.reactionNotPassive');

/** Most words from the negator to the response (`belum bisa dimintai`, `tidak dapat dihubungi`). */
const MAX_SILENCE_GAP = 3;

/**
 * `X belum bisa dimintai konfirmasi`, `X tidak hadir`, `X enggan berkomentar`: the predicate's
 * first lowercase word (past adverbs) negates a response within a few words. The subject is
 * talked about (read like an acted-upon subject), not a source about to speak.
 */
function saysNothing(words: readonly string[]): boolean {
  if (!featureOn('discourse.silentSubject')) return false;
  const k = words.findIndex(w => startsLower(w) && !CUE_ADVERB_SET.has(w));
  if (k < 0 || !SILENCE_NEGATORS.has(words[k]!)) return false;
  const gap = words.slice(k + 1, k + 1 + MAX_SILENCE_GAP);
  // `X tidak banyak berkomentar`, `tak berkomentar panjang`: little said is still said; the
  // subject is about to speak, briefly (discourse.limitedComment).
  const r = gap.findIndex(w => RESPONSES.has(w));
  const limited =
    LITTLE_SAID.has(gap[0] ?? '') || (r >= 0 && LITTLE_SAID.has(words[k + 2 + r] ?? ''));
  if (r >= 0 && limited && featureOn('discourse.limitedComment')) return false;
  return r >= 0;
}

/**
 * `Di tribun penonton, tampak Hj. X (70), …`, `terlihat X`: the words `before` a name end with a verb
 * of being seen (lexicon/pronouns.ts SEEN_PRESENTERS), past an honorific; the writer brings the
 * person in, the new topic, as an existential does (discourse.seenPresented).
 */
function seenBefore(before: readonly string[]): boolean {
  if (!featureOn('discourse.seenPresented')) return false;
  let k = before.length - 1;
  const w = before[k] ?? '';
  if (HONORIFIC_SET.has((w.endsWith('.') ? w.slice(0, -1) : w).toLowerCase())) k--;
  return SEEN_PRESENTERS.has((before[k] ?? '').toLowerCase());
}

/**
 * The role of a name at offset `at` that does not open a clause: the subject of the reporting
 * verb that follows it (`…, Menteri X menegaskan`) or that it is the agent of (`Hal itu
 * disampaikan Menteri X`), an `according to X` speaker, a name after a preposition (looking past
 * up to three lowercase role words, `kepada menteri X`), else an object.
 */
function nonSubjectRole(text: string, at: number): SentenceRole {
  const next = lowerWordAfterCapitals(text.slice(at, at + 120));
  if (next && PRE_CUE_SET.has(next)) return 'cueSubject';
  const before = text.slice(Math.max(0, at - 100), at).split(SPACE_RUNS);
  before.pop(); // the empty string after the last space
  const prev = before[before.length - 1];
  // `Pemenangnya adalah X`, `Yang hadir ialah X`: the name after a copula is the clause's subject
  // under another description, presented as a new topic, and the person a later `ia` means.
  if (prev && COPULAS.has(prev) && featureOn('discourse.copularSubject')) return 'subject';
  // `Di antara mereka ada X (70)`, `Terdapat pula X`: the one whom an existential brings in is
  // the new topic, as after a copula.
  if (prev && EXISTENTIALS.has(prev) && featureOn('discourse.existentialSubject')) return 'subject';
  // `Sejumlah warga datang. Salah satunya X, pedagang …`: the one picked out of the group.
  if (prev && ONE_OF_THEM.has(prev) && featureOn('discourse.oneOfThem')) return 'subject';
  if (seenBefore(before)) return 'subject';
  for (let k = 0; k < 4; k++) {
    const w = before.pop();
    if (w === undefined) break;
    const lw = w.toLowerCase();
    // `according to X` introduces a speaker, like `menurut X`.
    if (w === 'to' && before[before.length - 1]?.toLowerCase() === 'according') return 'subject';
    if (featureOn('discourse.passiveAgent') && isPassiveCue(lw, before)) return 'cueSubject';
    if (PREPOSITIONS.has(lw)) return 'oblique';
    if (!(startsLower(w) && ROLE_WORD_SET.has(w))) break;
  }
  return 'object';
}

/** `disampaikan X`, `diungkapkan oleh X`: `w` (with the words before it) is a passive cue. */
function isPassiveCue(w: string, before: readonly string[]): boolean {
  if (PASSIVE_CUE_SET.has(w)) return true;
  return w === 'oleh' && PASSIVE_CUE_SET.has(before[before.length - 1]?.toLowerCase() ?? '');
}
