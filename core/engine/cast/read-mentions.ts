/**
 * The first reading of the article's mentions (mention-record.ts): every capitalised run outside
 * quotes and every unnamed subject in the running text, read before any quote is found, so the
 * cue readers look these readings up (names/name-reading.ts). The speaker mention at each cue is
 * read after (cue-mentions.ts), and a span read both ways becomes one record
 * (one-reading-per-span.ts). Nothing is resolved here; the cast is built from the records
 * (build-cast.ts). A run's role comes from the run itself and what follows it (run-with-role.ts)
 * or from a role set off before its comma (role-before-comma.ts); how it enters the cast, from
 * run-link.ts.
 */
import type { BodyParagraph } from '../candidate';
import { featureOn } from '../features';
import { ANSWERING_PASSIVES, POST_CUE_SET } from '../../lexicon/cues';
import { closesQuote } from '../quotes/quote-marks';
import { AGENT_PREPOSITIONS, PREPOSITIONS } from '../../lexicon/prepositions';
import { pos } from './entity';
import type { Token } from '../text/text';
import { quotedTokens } from '../text/quoted-tokens';
import {
  balineseArticleOpensRun,
  initialAfterIndonesianCue,
  initialSpellingWordAt,
  isRunToken,
  openerWordAt,
  readRun,
  walkRunBack,
} from '../names/name-run';
import { NameList, type ListedRun } from './name-list';
import { chainedDegreeAt } from '../names/degrees-after';
import type { NamedRef } from '../names/name-split';
import type { ReadingContext } from '../names/reading-context';
import { readName, readingsOf } from '../names/name-reading';
import { closedApposition } from '../names/closed-apposition';
import {
  hardNonName,
  knownPlace,
  namesPerson,
  personEvidence,
  type ArticleEvidence,
} from '../names/name-model';
import { kinPossessorAt } from '../names/kin-possessor';
import { unnamedSubjectAt } from '../names/unnamed-subject';
import { officePointedAfter, pointedOffice } from './pointed-office';
import { sangDescriptionFrom } from '../names/sang-description';
import { countedDescriptionAt, type CountedDescription } from '../names/counted-description';
import { readAppositive } from '../names/appositive-after';
import { isNonSpeakerRun, isPublication } from './non-speaker';
import { NO_GROUP, type MentionRecord } from './mention-record';
import { caselessKey, startsLower } from '../text/chars';
import { opensGroup, runRole, sourceAfterResponse, unnamedSubjectKind } from './sentence-role';
import { isNyaWord } from '../names/nya-word';
import { opensSentence } from '../text/sentence-start';
import { nicknameAfter, nicknameBefore, otherNameBefore } from './nickname-cue';
import { isRoleAfterName } from './role-after-name';
import { predicateRole } from './predicate-role';
import { joinedOrgFrom } from '../names/joined-org';
import { fieldListOfficeFrom } from '../names/field-list-office';
import {
  openedStart,
  titledStart,
  withRoleBefore,
  type LastRun,
  type ParagraphSoFar,
} from './role-before-comma';
import { countedAppositive, readRunWithRole, withOriginAfter } from './run-with-role';
import { narratedSubject, runKind, runLink } from './run-link';
import { isSubjectPosition } from './subject-position';

/** The running text's mentions: capitalised runs and unnamed subjects outside quotes. */
export function textMentions(
  body: readonly BodyParagraph[],
  evidence: ArticleEvidence,
): MentionRecord[] {
  const out: MentionRecord[] = [];
  for (const p of body) readParagraph(p, body, evidence, out);
  return out;
}

/**
 * One paragraph as it is read: its words and the records so far (role-before-comma.ts reads them
 * as a ParagraphSoFar), the paragraph itself and the article's (for an office pointed back to),
 * and the runs read so far: the last one, and the list that joins names into pairs and lists.
 */
interface ParagraphState extends ParagraphSoFar {
  readonly p: BodyParagraph;
  readonly body: readonly BodyParagraph[];
  readonly out: MentionRecord[];
  last: LastRun | null;
  readonly list: NameList;
}

/** Adds paragraph `p`'s running-text records to `out`, in text order. */
function readParagraph(
  p: BodyParagraph,
  body: readonly BodyParagraph[],
  evidence: ArticleEvidence,
  out: MentionRecord[],
): void {
  const t = p.tokens;
  const quoted = quotedTokens(p);
  const state: ParagraphState = {
    toks: t,
    text: p.text,
    evidence,
    out,
    last: null,
    p,
    body,
    list: new NameList(),
  };
  let openerAt = -2;
  for (let i = 0; i < t.length; i++) {
    // An unnamed subject (`Para menteri …`, `Seorang ibu …`): a later `mereka`/`-nya` may mean it.
    const unnamed = quoted[i] ? null : unnamedSubject(t, i);
    if (unnamed) {
      out.push(unnamedRecord(p, t[i]!, unnamed === 'group'));
      continue;
    }
    // `Dua pelatih itu sempat bersitegang …`: the holders of an office, counted.
    const counted = quoted[i] || !isSubjectPosition(t, i) ? null : countedDescriptionAt(t, i);
    if (counted) {
      out.push(countedRecord(p, t, i, counted));
      i = counted.end - 1;
      continue;
    }
    // `Sang mantan kepala desa terlihat tertunduk …`: a definite description of an office.
    const sang = quoted[i] || !isSubjectPosition(t, i) ? -1 : sangDescriptionFrom(t, i);
    if (sang > 0) {
      out.push(sangRecord(p, t, i, sang));
      i = sang - 1;
      continue;
    }
    // `Kepala desa Lalu Rusdi Harmaen hadir`: a regional opener spelling a common word opens the run.
    // So does an initial spelling a word (`A. Dahlan Iskandar`).
    // So does a Balinese name's article `I` (`I Wayan Sudarsa …`), which is no run word.
    // So does an undotted initial after an Indonesian cue (`kata A Syafii Rahman`).
    const opener = balineseArticleOpensRun(t, i) || initialAfterIndonesianCue(t, i);
    if (
      (!isRunToken(t[i]) && !openerWordAt(t, i) && !initialSpellingWordAt(t, i) && !opener) ||
      quoted[i]
    )
      continue;
    // `Akhirnya, …`, `Bedanya Rina …`: a `-nya` word opening a sentence is an adverb or a
    // possessed noun, no one's name, and no part of the name after it (names/nya-word.ts).
    if (isNyaWord(t[i]!.lower) && opensSentence(t, i)) {
      if (isRunToken(t[i + 1])) openerAt = i;
      continue;
    }
    // `Dikatakan Ustaz X`, `However Rudi …`: a cue or function word opening a run is no part of
    // the mention (the name model never starts a name there), so the record starts after it.
    // Where the clause position is read: the opener's place (`. However Rudi` opens a clause).
    if (hardNonName(t[i]!.text) && isRunToken(t[i + 1]) && !openerWordAt(t, i) && !opener) {
      openerAt = i;
      continue;
    }
    // `Istri Budi itu …`: the kin noun is no part of the name after it (sentence-role.ts reads
    // that name as a possessor).
    if (kinPossessorAt(t, i)) continue;
    i = readRunAt(state, i, openerAt === i - 1 ? openerAt : i);
  }
}

/**
 * Reads the run opening at token `i` into a record (its clause position read at `clauseAt`) and
 * returns the last token it covers, where the paragraph's reading goes on after; `i` itself
 * when no run opens there or the run mentions no one.
 */
function readRunAt(state: ParagraphState, i: number, clauseAt: number): number {
  const { toks: t, text, evidence } = state;
  // `Organisasi Pangan dan Pertanian (FAO) …`: one organisation across its joining word.
  // `Kepala Dinas Pemuda, Olahraga dan Pariwisata X Rina …`: one office across its field list.
  const listed = fieldListFrom(state, i);
  const joined = joinedOrgFrom(t, i, text, evidence) ?? listed;
  const end = joined?.end ?? readRun(t, i);
  if (end === i) return i;
  // `dr. Rina Kartika, Sp.P, MPH, …`: a run that spells one degree alone (the tokenizer splits
  // `Sp.P`) mentions nobody; read as a run, it became the role of the name before its comma.
  if (degreeAlone(t, i, end, text)) return end - 1;
  // A field list's span holds commas: a cue reader walking back reads it in group-subject.ts.
  if (!listed) readingsOf(evidence)?.keepRun(t, i, end);
  // `di Mapolres X, Cibinong.`: a lone word the article uses as a place mentions no one.
  if (end === i + 1 && townAlone(t[i]!.text, evidence)) return i;
  // `kelahiran Borong, Manggarai Timur, …`: a region set off after a town mentions no one.
  if (regionAfterPlace(t, i, end, evidence)) return end - 1;
  const own = roleBeforeClosedName(joined?.ref ?? readRunWithRole(state, i, end), state, end);
  pushRunRecord(state, runReading(state, own, i, end), [i, end], clauseAt);
  return end - 1;
}

/**
 * The reading a run's record keeps (`own` is the run's own): a role after the previous person's
 * comma becomes that person's role (a record with no name); a name takes the role set off before
 * its comma, the origin after it, or the office it points back to; a nickname is a name whole.
 * `nicknamed` says a nickname cue stands around the run.
 */
function runReading(
  state: ParagraphState,
  own: NamedRef,
  i: number,
  end: number,
): { ref: NamedRef; nicknamed: boolean } {
  const { toks: t, text, out, last } = state;
  // Whether the run is the role of the person before its comma is read from the run's own
  // words; a role found before that comma belongs to this run's person instead.
  const appositive = isRoleAfterName(own, t, i, end, personEnd(out, last), state.evidence);
  const read = appositive
    ? own
    : roleSetOffAfter(state, introducedReading(state, own, i, end), i, end);
  if (appositive) giveRole(out, last!.record, read);
  const runText = text.slice(t[i]!.start, t[end - 1]!.end);
  const before = text.slice(Math.max(0, t[i]!.start - 32), t[i]!.start);
  const after = text.slice(t[end - 1]!.end, t[end - 1]!.end + 24);
  // `yang memiliki nama asli X`: an other name, unless the run opens with a role (an official's).
  const other = otherNameBefore(before) && !read.role;
  const nicknamed = nicknameBefore(before, runText) || other || nicknameAfter(after);
  const ref = appositive
    ? { ...read, name: null, role: roleText(read) }
    : wholeNickname(read, runText, nicknamed);
  return { ref, nicknamed };
}

/**
 * A run that is no appositive, with the role set off before its comma and the origin written
 * after it; a person still without a role after `Pejabat itu, X, …` takes the office that spoke
 * unnamed just before.
 */
function introducedReading(state: ParagraphState, own: NamedRef, i: number, end: number): NamedRef {
  const t = state.toks;
  const from = openedStart(t, titledStart(t, i));
  const read = withOriginAfter(withRoleBefore(own, [from, end], state), t, end, state.text);
  if (read.kind !== 'person' || !read.name || read.role) return read;
  const office = pointedOffice(state.p, i, state.body);
  return office ? { ...read, role: office } : read;
}

/**
 * The role set off after a person's name that the name's own reading did not take: `X, kepala
 * kantor tersebut, …` after that office spoke unnamed gives X the office
 * (cast.pointedOfficeAfterName); `A dan B, dua siswa kelas empat, …` gives the counted role to both
 * members of the pair (cast.pairCountedAppositive), B's reading and A's record in `state.out`.
 */
function roleSetOffAfter(state: ParagraphState, read: NamedRef, i: number, end: number): NamedRef {
  if (read.kind !== 'person' || !read.name) return read;
  const { toks: t, text, out, last } = state;
  const said = read.role ?? readAppositive(text, t[end - 1]!.end)?.text;
  const office = said ? officePointedAfter(state.p, i, said, state.body) : null;
  const ref = office ? { ...read, role: office } : read;
  const first = last?.end === i - 1 && t[i - 1]?.text === 'dan' ? last.record : -1;
  const member = first >= 0 && out[first]!.kind === 'person' ? out[first]! : null;
  if (!member?.ref?.name || ref.role) return ref;
  const shared = countedAppositive(text, t[end - 1]!.end);
  if (!shared) return ref;
  if (!member.ref.role) out[first] = { ...member, ref: { ...member.ref, role: shared } };
  return { ...ref, role: shared };
}

/**
 * Adds the record of the run at tokens `[i, end)` with its reading, and makes it the paragraph's
 * last run and an entry of its name list.
 */
function pushRunRecord(
  state: ParagraphState,
  { ref, nicknamed }: { ref: NamedRef; nicknamed: boolean },
  [i, end]: readonly [number, number],
  clauseAt: number,
): void {
  const { toks: t, text: paragraph, out, p } = state;
  const runText = paragraph.slice(t[i]!.start, t[end - 1]!.end);
  const subject = isSubjectPosition(t, clauseAt);
  const person = ref.kind === 'person' && !!ref.name;
  const members = state.list.joinedBy(t, i, person);
  // Only a pair or list that opens the clause is a subject: one in a list of objects
  // (`… adalah X dan Y`) is not who `mereka` means next.
  const opens = members.length ? isSubjectPosition(t, members[0]!.start) : subject;
  // One literal with every field (in base's order), not a spread of base's object: spreading
  // then adding fields was the costliest line of a long text's reading.
  const { at, end: endAt, text } = base(p, t[i]!, t[end - 1]!);
  const link = runLink(ref, t, i, end, paragraph);
  out.push({
    at,
    end: endAt,
    text,
    groupWith: members.map(m => m.record),
    nickname: !!ref.name && nicknamed,
    plural: false,
    kind: runKind(ref, state.evidence),
    sentenceRole: runRole(paragraph, t, i, end, opens, personEnd(out, state.last), state.evidence),
    ref,
    cueRef: null,
    link,
    narrated: link === 'refers' && narratedSubject(ref, t, i, end),
    atCue: false,
    opensClause: opens,
    // The entity's own name is checked too when the cast is built (build-cast.ts).
    speakerLike: !isNonSpeakerRun(runText) && !isPublication(paragraph, t[i]!.start),
    // The name opening its run (`Istri Budi adalah guru` is about the wife) may be the subject.
    predicateRole:
      person && !ref.role
        ? predicateRole(t, [i, end], paragraph, subject && runText.startsWith(ref.name!))
        : null,
  });
  // One object is the last run and the list's entry (neither changes it), not a copy for each.
  const run: ListedRun = { start: i, end, record: out.length - 1, person };
  state.last = run;
  state.list.add(t, run);
}

/** The field-list office (names/field-list-office.ts) whose head run starts at token `i`, or null. */
function fieldListFrom(ctx: ReadingContext, i: number): { end: number; ref: NamedRef } | null {
  const runEnd = readRun(ctx.toks, i);
  return ctx.toks[runEnd]?.text === ',' ? fieldListOfficeFrom(ctx, i, runEnd) : null;
}

/**
 * `Perbekel atau Kepala Desa Bongkas Kelod, I Made Arta, menilai …`: a run read as a role and a
 * name, set off by a comma before a person's name closed by an apposition, is that person's role
 * whole; its last words are the office's seat (a village no gazetteer knows), never a person of
 * their own whom a later bare title (`ucap Perbekel`) could mean (cast.roleRunBeforeClosedName).
 * `ref` is the run's reading, `end` the token after it.
 */
function roleBeforeClosedName(
  ref: NamedRef,
  { toks: t, text, evidence }: ReadingContext,
  end: number,
): NamedRef {
  if (ref.kind !== 'person' || !ref.name || !ref.role || t[end]?.text !== ',') return ref;
  if (!featureOn('cast.roleRunBeforeClosedName')) return ref;
  const next = readRun(t, end + 1);
  if (next <= end + 1 || !closedApposition(t, next - 1)) return ref;
  // `Ketua Majelis Hakim Dr X, SH, …`: a degree set off after the name is no person.
  if (degreeAlone(t, end + 1, next, text)) return ref;
  const named = readName(t, end + 1, next, text, evidence);
  if (named.kind !== 'person' || !named.name || named.role || !namesPerson(named.name, evidence))
    return ref;
  return { ...ref, name: null, role: roleText(ref) };
}

/**
 * True when `w`, read alone as a run, is a word the article uses as a place and never alone for a
 * speaker (names.placeAfterSpeaker): no person's record is made of it.
 */
const townAlone = (w: string, evidence: ArticleEvidence): boolean =>
  !!evidence.places?.has(w) && !evidence.has(w) && featureOn('names.placeAfterSpeaker');

/**
 * `Perempuan kelahiran Borong, Manggarai Timur, itu …`: a run of place words only, set off by
 * commas right after a run of place words only, is the region the first place lies in, no person
 * (names.regionAfterPlace). Words the article uses alone for a speaker, and given names the
 * corpora know (`Sari`, `Jaya`, `Intan` are districts too), are a name's.
 */
function regionAfterPlace(
  t: readonly Token[],
  i: number,
  end: number,
  evidence: ArticleEvidence,
): boolean {
  if (t[i - 1]?.text !== ',' || !isRunToken(t[i - 2]) || !featureOn('names.regionAfterPlace'))
    return false;
  // The region is set off in turn (`, Manggarai Timur, …`), or closes the sentence.
  if (!REGION_CLOSERS.has(t[end]?.text ?? '.')) return false;
  const placeOnly = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      const w = t[k]!.text;
      if (!knownPlace(w, evidence) || personEvidence(w, evidence)) return false;
    }
    return true;
  };
  const before = walkRunBack(t, i - 2);
  // `Di Borong, Intan Permata membuka …`: a place fronted by a preposition opening the sentence
  // ends an adverbial; the run after its comma is the clause's subject.
  if (PREPOSITIONS.has(t[before - 1]?.lower ?? '') && opensSentence(t, before - 1)) return false;
  return placeOnly(i, end) && placeOnly(before, i - 1);
}

/** What may close a region set off after a place: its own comma, or the sentence's end. */
const REGION_CLOSERS: ReadonlySet<string> = new Set([',', '.']);

/**
 * The record of an unnamed subject at token `a` (a group when `group`). A function of its own so
 * that the first analysis of an article without one compiles none of it (engine README: guards before bodies).
 */
function unnamedRecord(p: BodyParagraph, a: Token, group: boolean): MentionRecord {
  return {
    ...base(p, a, a),
    kind: group ? 'group' : 'unnamed',
    sentenceRole: unnamedSubjectKind(p.text, a.start),
    ref: null,
    cueRef: null,
    link: 'none',
    atCue: false,
    opensClause: true,
    speakerLike: true,
    plural: group,
  };
}

/** The plural record of the counted description opening at token `i` (`Dua pelatih itu`). */
function countedRecord(
  p: BodyParagraph,
  t: readonly Token[],
  i: number,
  counted: CountedDescription,
): MentionRecord {
  return {
    ...base(p, t[i]!, t[counted.end - 1]!),
    kind: 'group',
    sentenceRole: unnamedSubjectKind(p.text, t[i]!.start),
    ref: { name: null, role: counted.role, kind: 'person', alias: null },
    cueRef: null,
    link: 'none',
    atCue: false,
    opensClause: true,
    speakerLike: true,
    plural: true,
  };
}

/** The title record of the `sang` description from token `i` to `end` (exclusive). */
function sangRecord(p: BodyParagraph, t: readonly Token[], i: number, end: number): MentionRecord {
  const role = p.text.slice(t[i + 1]!.start, t[end - 1]!.end);
  return {
    ...base(p, t[i]!, t[end - 1]!),
    kind: 'title',
    sentenceRole: unnamedSubjectKind(p.text, t[i]!.start),
    ref: { name: null, role, kind: 'person', alias: null },
    cueRef: null,
    link: 'none',
    atCue: false,
    opensClause: true,
    speakerLike: true,
  };
}

/** The fields every record shares, for a span from token `a` to token `b`. */
function base(p: BodyParagraph, a: Token, b: Token) {
  return {
    at: pos(p.index, a.start),
    end: pos(p.index, b.end),
    text: p.text.slice(a.start, b.end),
    groupWith: NO_GROUP,
    nickname: false,
    plural: false,
  };
}

/**
 * The unnamed subject opening at token `i`: `Para menteri sepakat …` is a plural one (`group`),
 * the antecedent of a later `mereka`; `Seorang ibu …` / `Jaksa mengungkapkan …` a singular one a
 * later `-nya` may mean. Null when there is none.
 */
function unnamedSubject(t: readonly Token[], i: number): 'group' | 'one' | null {
  // The words first, the clause position only for the few that open such a subject: this is
  // asked of every token outside quotes.
  const group = opensGroup(caselessKey(t[i]!.lower)) && startsLower(t[i + 1]?.text ?? '');
  if (!group && !unnamedSubjectAt(t, i)) return null;
  if (!(isSubjectPosition(t, i) || agentAfterPassiveCue(t, i)) || describesNameBefore(t, i))
    return null;
  return group ? 'group' : 'one';
}

/**
 * `Kabar itu dibenarkan (oleh) seorang ayah yang menunggu anaknya. “…,” katanya.`: somebody
 * unnamed right after a passive cue of answering (`dibenarkan`, `diakui`, `ditanggapi`) is its
 * agent, the one answering, whom the next `-nya` means as it means a subject
 * (discourse.unnamedPassiveAgent); so is somebody unnamed a response or a spoken account comes
 * from (`Keluhan yang sama datang dari seorang penjahit tua.`: discourse.unnamedSource). Not a
 * predicate noun (`Pelaku disebutkan seorang residivis`) nor `seorang diri` (alone).
 */
function agentAfterPassiveCue(t: readonly Token[], i: number): boolean {
  if (t[i + 1]?.lower === 'diri') return false;
  // `Keluhan yang sama datang dari seorang penjahit tua.`: the source of an account or a response.
  if (t[i - 1]?.lower === 'dari')
    return featureOn('discourse.unnamedSource') && sourceAfterResponse(t, i - 1);
  const k = AGENT_PREPOSITIONS.has(t[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  return ANSWERING_PASSIVES.has(t[k]?.lower ?? '') && featureOn('discourse.unnamedPassiveAgent');
}

/**
 * `Suaminya, Darmaji, seorang buruh tani, …`, `Budi Santoso, seorang pedagang, …`: after a name
 * set off by a comma (or opening its sentence), `seorang …` describes that person, an
 * appositive, not somebody new (cast.appositiveNotUnnamed). After a place the clause opens
 * (`Di Desa X, seorang petani …`) it does bring somebody in.
 */
function describesNameBefore(t: readonly Token[], i: number): boolean {
  if (t[i - 1]?.text !== ',' || !isRunToken(t[i - 2]) || !featureOn('cast.appositiveNotUnnamed'))
    return false;
  // `Suaminya, seorang tukang becak, …`: a possessed noun opening the sentence is no name; the
  // relative it brings in is somebody (discourse.unnamedKinTalked reads them).
  if (t[i - 2]!.lower.endsWith('nya')) return false;
  const s = walkRunBack(t, i - 2);
  const before = t[s - 1]?.text;
  return before === undefined || before === ',' || before === '.' || cueBefore(t, s - 1);
}

/**
 * `“…,” tutur Rina, seorang ibu rumah tangga.`: a description set off after the name a quote's
 * cue reads (token `c` a cue word right after the quote) describes that speaker, nobody new
 * (cast.appositiveAfterCue).
 */
function cueBefore(t: readonly Token[], c: number): boolean {
  if (!POST_CUE_SET.has(t[c]?.lower ?? '') || !featureOn('cast.appositiveAfterCue')) return false;
  const mark = t[c - 1]?.text === ',' ? t[c - 2]?.text : t[c - 1]?.text;
  return mark !== undefined && closesQuote(mark);
}

/**
 * True when the run at tokens [i, end) is one post-nominal degree set off by a comma after a name
 * (`, Sp.P,`, `, S.Sos`, `, SpA(K)`): no one's mention (names.degreeRunAlone).
 */
function degreeAlone(t: readonly Token[], i: number, end: number, text: string): boolean {
  if (t[i - 1]?.text !== ',' || !featureOn('names.degreeRunAlone')) return false;
  return chainedDegreeAt(t, i, end, text);
}

/** The token index after the paragraph's previous run when that run names a person, else -1. */
function personEnd(out: readonly MentionRecord[], lastRun: LastRun | null): number {
  return lastRun && out[lastRun.record]!.kind === 'person' ? lastRun.end : -1;
}

/** The whole role an appositive run spells (`Kepala Riset` + `Bank Sentosa`). */
const roleText = (ref: NamedRef): string => (ref.name ? `${ref.role} ${ref.name}` : ref.role!);

/**
 * Gives the person's record at `k` the appositive role `read` spells after its comma, when its own
 * reading holds none (a role before the name stays: it is how the article introduced the person).
 */
function giveRole(out: MentionRecord[], k: number, read: NamedRef): void {
  const r = out[k]!;
  if (!r.ref || r.ref.role) return;
  out[k] = { ...r, ref: { ...r.ref, role: roleText(read) } };
}

/**
 * `yang akrab disapa Coach RH`, `Mas Bro, sapaan akrabnya,`: a nickname is a name as a whole,
 * whatever role or title word it holds (`Coach`, `Ko`); read as a role with no name, it joined
 * nobody and the cue that uses it made a person of its own.
 */
function wholeNickname(read: NamedRef, runText: string, nicknamed: boolean): NamedRef {
  if (!nicknamed || read.name || !featureOn('cast.nicknameJoins')) return read;
  return { ...read, name: runText, role: null, kind: 'person' };
}
