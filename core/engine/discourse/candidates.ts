/**
 * The candidates for what a pointing mention means, with their features (antecedent-model.ts):
 * the article's earlier speakers and the people, groups and organisations mentioned before it
 * (the cast's mentions), each once, described by its latest mention.
 */
import {
  antecedentScore,
  isBetter,
  type AntecedentFeatures,
  type Scored,
} from './antecedent-model';
import type { CastMention } from '../cast/cast-mentions';
import { offsetOf, paragraphOf, type Entity, type Pos } from '../cast/entity';
import { takesSide } from '../cast/sentence-role';
import type { DocIndex } from './doc-index';
import { isSubjectRole, type SentenceRole } from '../cast/mention-record';
import { PLACE_SET } from '../../lexicon/roles';
import { EN_ARTICLES } from '../../lexicon/pronouns';
import { isPatientRole, patientByCopula, patientLeadIn } from './patient-role';
import { featureOn } from '../features';
import { containsRun, nameTokens } from '../text/token-runs';
import { isAlnumOrHyphenCp, runsOf, startsUpper } from '../text/chars';
import { SPACE_RUNS } from '../text/string-scans';
import { partitionPoint } from '../text/partition-point';
import { keptPerString } from '../text/kept-per-string';
import type { Gender } from '../../lexicon/gender';
import { readGenders } from './gender';
import { agreement, type Seat } from './description-agreement';
import type { Introduction } from './introduction';
import { LookDrafts } from './look-drafts';
import { pronounOpened } from './pronoun-opened';
import { latePeople } from './late-person';
import { pluralRenewal, type Renewal } from './plural-renewal';
import { presentedAside } from './presented-aside';

/**
 * What points back: `-nya` (a person or an organisation), `it` (an organisation), `dia`/`ia`/`beliau`/`he`/`she` (a
 * person), `mereka`/`they` (a group or an organisation), or a description closed by `itu`/`ini`
 * (a person).
 */
export type PointingKind = 'nya' | 'person' | 'group' | 'description' | 'organisation';

/** An earlier quote's speakers and where the quote lies. */
export interface Speech {
  entities: readonly Entity[];
  start: Pos;
  end: Pos;
  /** A direct quote (question-turn.ts reads exchanges of them). */
  direct?: boolean;
  /** A direct quote that ends with a question mark. */
  asks?: boolean;
  /** Its cue was read (a floating quote has none). */
  cued?: boolean;
  /** A quoted paragraph whose quote goes on in the next one (Candidate.runsOn). */
  runsOn?: boolean;
  /** Its cue asks (`tanya wartawan`): a question put to somebody. */
  askingCue?: boolean;
}

/** What the pointing mention's own quote tells about it. */
export interface PointingContext {
  /** The cue adds to a statement (`tambahnya`, `he added`). */
  continuing?: boolean;
  /** The cue joins in somebody else's talk (`timpalnya`, `ia menimpali`). */
  replying?: boolean;
  /** True when the quote itself names one of these entities (quoted-words.ts). */
  quoted?: (entities: readonly Entity[]) => boolean;
  /**
   * Where the cue stands when it is inserted between commas inside the statement (`X, lanjutnya,
   * harus …`, `The deal, he said, is …`): whoever is named before it in that sentence is what the
   * statement is about.
   */
  insertedAt?: Pos;
  /** The sex an English `he`/`she` tells (null: the mention tells none, as `dia` and `-nya`). */
  gender?: Gender | null;
  /**
   * How many people a plural mention counts (`keduanya` 2, `ketiganya` 3); `mereka`/`they` count
   * none and are taken as two (lastPeople).
   */
  members?: number;
  /** The plural mention counts its members (`keduanya`, `ketiganya`), so `members` is told. */
  counted?: boolean;
  /**
   * For a description pointing back (`ujar politikus Partai X itu`), the words that tell what its
   * person is (description-agreement.ts); empty for a pronoun or `-nya`.
   */
  described?: readonly string[];
  /** Of those, the ones the description wrote as a name (`Partai Maju`; describedNames). */
  describedNames?: readonly string[];
  /** Of those, each written right after a head, with the head (`Partai Maju`; describedSeats). */
  describedSeats?: readonly Seat[];
  /** The words it tells an origin with (`asal Batang`; describedOrigins). */
  describedOrigins?: readonly string[];
  /** A description of a person by sex, age or kinship (`ujar pria itu`; person-description.ts). */
  personDescribed?: boolean;
  /** It is one by origin (`pemain asal X itu`), which only a place nobody was introduced with tells. */
  originOnly?: boolean;
  /**
   * The quote speaks in the first person singular (`“Saya pikir …,” ujarnya`): one person's
   * words, so an organisation is no antecedent, as for `dia` (organisationForPerson).
   */
  speaksAsOne?: boolean;
}

const NONE = (): boolean => false;
const NO_WORDS: readonly string[] = [];
const NO_SEATS: readonly Seat[] = [];

/**
 * What one article's candidates are read from (its ResolveContext): the running text's person
 * mentions and the earlier (non-embedded) speeches, each in text order (the last speech is the
 * previous quote), with the article's DocIndex and the memo kept for them.
 */
export interface CandidateRun {
  mentions: readonly CastMention[];
  speeches: readonly Speech[];
  doc: DocIndex;
  memo: CandidateMemo;
  /** Each person's descriptions set off after their name (introduction.ts), when read. */
  introductions?: ReadonlyMap<Entity, Introduction>;
}

/** One candidate antecedent. */
export interface AntecedentCandidate extends Scored {
  entities: readonly Entity[];
  /** Whether it is an earlier quote's speaker or only mentioned. */
  via: 'speaker' | 'mention';
}

/** How many earlier cast mentions are looked at: far enough for any article's last topics. */
const LOOK_BACK = 60;
/** How many earlier quotes are looked at, for the same reason. */
const LOOK_BACK_SPEECHES = 12;

interface Draft {
  /** The look that filed it last (LookDrafts). */
  look: number;
  key: string;
  entities: readonly Entity[];
  latest: Pos;
  /** The sentence and body paragraph of `latest`, read once where `latest` is set. */
  latestSentence: number;
  latestPara: number;
  role: ClauseRole;
  via: 'speaker' | 'mention';
  spoke: 'last' | 'earlier' | null;
  introducedSinceQuote: boolean;
  /** Named as a clause's subject after the previous statement ended, a source or not. */
  subjectSinceQuote: boolean;
  /**
   * First named after the previous statement ended, as no subject, with a description set off
   * after the name (presented-aside.ts): presented as a subject is.
   */
  presentedSinceQuote: boolean;
  /** Named so opening its sentence (only its capitalised words before it): returningSource. */
  openedSinceQuote: boolean;
  /** Named inside the previous statement's own span (talked about by its speaker). */
  inLastStatement: boolean;
  /** Named there, then the subject of a clause after that statement (`Namun, X tidak hadir`). */
  narratedAfter: boolean;
  unnamedGroup: boolean;
  /** A person with the companions they act with (companions.ts). */
  companions: boolean;
  /** The people heard from last, taken together (draftLastPeople). */
  lastPeople: boolean;
  /** The lowercase words of each description its sentences opened with (`leadIn`). */
  readonly leadIns: (readonly string[])[];
}

/**
 * The draft filed under `key`, filed from its first mention or speech (`event`'s entities at
 * `latest`) when the key is first seen: filing it again later would change neither the map nor
 * its order, so it is done once. A look's drafts never outlive it (the candidates keep only their
 * entities), so the next look refills the object its key had (`memo.drafts`) rather than making
 * about LOOK_BACK new ones with their lists per pointing mention.
 */
function filedDraft(
  memo: CandidateMemo,
  event: PlacedEvent,
  latest: Pos,
  role: ClauseRole,
  via: Draft['via'],
  unnamedGroup: boolean,
): Draft {
  const { drafts } = memo;
  let d = drafts.get(event.key);
  if (d) return d;
  d = drafts.file(event.key, blankDraft);
  d.key = event.key;
  d.entities = event.entities;
  d.latest = latest;
  d.latestSentence = event.sentence;
  d.latestPara = event.para;
  d.role = role;
  d.via = via;
  d.unnamedGroup = unnamedGroup;
  d.companions = false;
  d.spoke = null;
  d.introducedSinceQuote = false;
  d.subjectSinceQuote = false;
  d.presentedSinceQuote = false;
  d.openedSinceQuote = false;
  d.inLastStatement = false;
  d.narratedAfter = false;
  d.lastPeople = false;
  d.leadIns.length = 0;
  return d;
}

/** A draft to be filled by filedDraft. */
const blankDraft = (): Draft => ({
  look: -1,
  key: '',
  entities: [],
  latest: -1,
  latestSentence: -1,
  latestPara: -1,
  role: 'object',
  via: 'mention',
  unnamedGroup: false,
  companions: false,
  spoke: null,
  introducedSinceQuote: false,
  subjectSinceQuote: false,
  presentedSinceQuote: false,
  openedSinceQuote: false,
  inLastStatement: false,
  narratedAfter: false,
  lastPeople: false,
  leadIns: [],
});

/**
 * What the candidates read once per article and ask again at every pointing mention, kept in the
 * run's ResolveContext (so it goes with the run, and belongs to its mention list and DocIndex):
 * every pointing mention looks back over the same LOOK_BACK mentions, and reading them anew was a
 * key, a role test and a paragraph lookup per mention per look.
 */
export class CandidateMemo {
  /** Each running-text mention's facts, by its index in the run's mention list. */
  readonly facts: (MentionFacts | undefined)[] = [];
  /** A candidate's key, per entity list. */
  readonly keys = new Map<readonly Entity[], string>();
  /** Whether any of an entity list is a place (asked of every draft at every look). */
  readonly places = new Map<readonly Entity[], boolean>();
  /** The people the article presented as sources (presentedPeople), read on first ask. */
  presented: ReadonlySet<Entity> | null = null;
  /** The people the article writes as dead (late-person.ts), read on first ask. */
  late: ReadonlySet<Entity> | null = null;
  /** Each person's gender as the article tells it (gender.ts), read when a `he`/`she` first asks. */
  genders: ReadonlyMap<Entity, Gender> | null = null;
  /** Each earlier speech's event, by its index in the run's speeches (a speech never changes). */
  readonly speechEvents: (PlacedEvent | undefined)[] = [];
  /** The drafts of the current look, by key, in the order first seen (filedDraft). */
  readonly drafts = new LookDrafts<Draft>();
  /** The subject events of the current look (View.events). */
  readonly events: SubjectEvent[] = [];
  /** The clause subjects in the current look's paragraph (draftMentions). */
  readonly subjectsHere: MentionFacts[] = [];
  /** The clause subjects in the paragraph before it (paragraphBefore). */
  readonly subjectsBefore: MentionFacts[] = [];
}

/**
 * The people the article presents as sources somewhere: named set off by commas after a role or
 * before a description (`Pelatih tim X, Budi, …`, `Budi, pengamat pasar, …`: `described`), or
 * after the description their sentence opens with (`Seorang petani kopi, Budi, …`: `leadIn`) —
 * unless that description is a victim's or a suspect's (`The victim, Rina, …`). The cast keeps no
 * role for such an appositive, so without this a later `Budi tetap berangkat …` reads like a
 * person merely talked about.
 */
function presentedPeople(ms: readonly CastMention[]): ReadonlySet<Entity> {
  const out = new Set<Entity>();
  for (const m of ms)
    if (
      m.entities.length === 1 &&
      (m.described || (m.leadIn && !m.relative && !patientLead(m.leadIn)))
    )
      out.add(m.entities[0]!);
  return out;
}

/** A victim's or suspect's lead-in (`The victim, Rina,`), or one telling whom death befell (patientLeadIn). */
const patientLead = (lead: string): boolean => isPatientRole(headOf(lead)) || patientLeadIn(lead);

/** A lead-in from its head noun on: an English article before it dropped. */
function headOf(lead: string): string {
  const space = lead.indexOf(' ');
  return space > 0 && EN_ARTICLES.has(lead.slice(0, space).toLowerCase())
    ? lead.slice(space + 1)
    : lead;
}

/** The key of a candidate naming `entities`: their names, sorted, so a group's order does not count. */
const namesKey = (entities: readonly Entity[]): string =>
  entities
    .map(e => e.name)
    .sort()
    .join('|');

/** A candidate's key, kept per entity list: the same mentions are read for every pointing mention. */
const keyOf = (entities: readonly Entity[], memo: CandidateMemo): string => {
  // One entity's key is its name: every mention's own list, not worth a list, a sort and an entry.
  if (entities.length === 1) return entities[0]!.name;
  let key = memo.keys.get(entities);
  if (key === undefined) memo.keys.set(entities, (key = namesKey(entities)));
  return key;
};

/**
 * What stage 1 reads of a running-text mention wherever it is seen from: read once per mention.
 * It is the mention's subject event too (`at`, `key`, `entities`), filed as it is rather than as a
 * new object per look.
 */
interface MentionFacts extends PlacedEvent {
  role: ClauseRole;
  /** Whether it is a clause subject that may open a topic (a name read at a cue: only if it opens the clause). */
  subject: boolean;
  /** The words of its lead-in (roleWords), or null. */
  leadWords: readonly string[] | null;
  /**
   * Whether it is talked about rather than a source (personTalkedAbout), where that does not hang
   * on the speeches looked back over; null for an organisation, which asks them at every look
   * (organisationActs).
   */
  talked: boolean | null;
  /** A subject opening its sentence, only capitalised words before it (opensSentence). */
  opens: boolean;
  /** One person named as no subject with a description set off after the name (presentedAside). */
  presented: boolean;
}

/**
 * The facts of mention `m`; `presented`: presentedPeople, when that rule is on; `introductions`:
 * each person's descriptions (introduction.ts), for presentedAside.
 */
function factsOf(
  m: CastMention,
  doc: DocIndex,
  memo: CandidateMemo,
  presented: ReadonlySet<Entity> | null,
  introductions?: ReadonlyMap<Entity, Introduction>,
): MentionFacts {
  return {
    at: m.at,
    key: m.entities.length ? keyOf(m.entities, memo) : `unnamed@${m.at}`,
    entities: m.entities,
    role: clauseRole(m.role),
    // A name read at a quote's cue is that quote's speaker (its speech is an event below): it
    // opens a topic only when it opens its clause as well.
    subject: isSubjectRole(m.role) && (m.subject || !m.atCue),
    para: doc.paragraph(m.at),
    sentence: doc.sentence(m.at),
    leadWords: m.leadIn ? roleWords(m.leadIn) : null,
    talked: talkedAbout(m, presented, doc),
    opens:
      isSubjectRole(m.role) && featureOn('discourse.returningSpeaker') && opensSentence(doc, m.at),
    presented:
      !isSubjectRole(m.role) &&
      m.entities.length === 1 &&
      m.entities[0]!.kind === 'person' &&
      presentedAside(
        introductions?.get(m.entities[0]!),
        m.at,
        doc.texts.get(paragraphOf(m.at)) ?? '',
        offsetOf(m.at),
        doc.sentenceStart(m.at),
      ),
  };
}

/**
 * Candidates for a mention of `kind` at `at`, read from the article's `run` (its mentions and the
 * speeches before this quote), each with its own features (lookBack).
 */
export function antecedentCandidates(
  at: Pos,
  kind: PointingKind,
  run: CandidateRun,
  context: PointingContext = {},
): AntecedentCandidate[] {
  const out: AntecedentCandidate[] = [];
  lookBack(at, kind, run, context, (d, features) =>
    out.push({
      entities: d.entities,
      via: d.via,
      latest: d.latest,
      features: features(d, blankFeatures()),
    }),
  );
  return out;
}

/**
 * Which candidates a caller lets the model choose among (`only` of bestAntecedent), by who they
 * are and their features; it sees every candidate, in the candidates' order.
 */
export type CandidateFilter = (
  a: Readonly<Pick<AntecedentCandidate, 'entities' | 'via' | 'latest'>>,
  features: Readonly<AntecedentFeatures>,
) => boolean;

/**
 * The candidate antecedentCandidates would list at index bestCandidate, or null when there is
 * none: the same candidates with the same features, chosen by the same order (isBetter), but
 * each candidate's features filled into one of two objects in turn instead of a new object per
 * candidate per look (a pointing mention has about as many candidates as LOOK_BACK mentions).
 * With `only`, the best of the candidates it admits (a description by sex: those not of the
 * other sex), so a reader that narrows the field asks the model once rather than choosing again.
 */
export function bestAntecedent(
  at: Pos,
  kind: PointingKind,
  run: CandidateRun,
  context: PointingContext = {},
  only?: CandidateFilter,
): AntecedentCandidate | null {
  let best: Draft | null = null;
  let bestScore = -Infinity;
  let bestFeatures = blankFeatures();
  let next = blankFeatures();
  lookBack(at, kind, run, context, (d, features) => {
    const f = features(d, next);
    if (only && !only(d, f)) return;
    const score = antecedentScore(f);
    if (!isBetter(score, d.latest, bestScore, best?.latest ?? -Infinity)) return;
    best = d;
    bestScore = score;
    [bestFeatures, next] = [next, bestFeatures];
  });
  // Read once the look is over (a TypeScript narrowing does not see the assignment above).
  const chosen = best as Draft | null;
  return chosen
    ? { entities: chosen.entities, via: chosen.via, latest: chosen.latest, features: bestFeatures }
    : null;
}

/**
 * One look back from a mention of `kind` at `at` over the article's `run` (its mentions and the
 * speeches before this quote): `visit` is given each candidate's draft, in the candidates' order,
 * with a reader that fills its features into an object. Three stages: drafts from the mentions
 * (draftMentions), the speakers joined to them (draftSpeakers), then each draft's features
 * (featuresOf).
 */
function lookBack(
  at: Pos,
  kind: PointingKind,
  run: CandidateRun,
  {
    continuing = false,
    replying = false,
    quoted = NONE,
    insertedAt = -1,
    gender = null,
    members = 2,
    counted = false,
    described = NO_WORDS,
    describedNames = NO_WORDS,
    describedSeats = NO_SEATS,
    describedOrigins = NO_WORDS,
    personDescribed = false,
    originOnly = false,
    speaksAsOne = false,
  }: PointingContext,
  visit: (d: Draft, features: (d: Draft, into: AntecedentFeatures) => AntecedentFeatures) => void,
): void {
  const { doc, memo } = run;
  const { drafts, events } = memo;
  drafts.clear();
  events.length = 0;
  const subjectsHere = draftMentions(at, run, drafts, events);
  const mentionEvents = events.length;
  draftSpeakers(run, drafts, events);
  const named = paragraphHeard(subjectsHere, drafts);
  const herePara = doc.paragraph(at);
  const first = run.speeches[firstSpeechFrom(herePara, run.speeches, doc)];
  const opened = pronounOpened(herePara, first, doc, es =>
    es.every(e => !!drafts.get(e.name)?.spoke),
  );
  const heardHere = named < 0 ? opened : opened < 0 ? named : Math.min(named, opened);
  const heardBefore =
    subjectsHere.length || firstSpeechIn(herePara, run.speeches, doc) < Infinity
      ? -1
      : paragraphBefore(herePara, run, drafts);
  if (kind === 'group' && featureOn('discourse.lastPeople'))
    draftLastPeople(memo, drafts, members, counted, { doc, at, speeches: run.speeches });
  const view: View = {
    at,
    kind,
    continuing,
    replying,
    quoted,
    insertedAt,
    gender,
    members,
    counted,
    described,
    describedNames,
    describedSeats,
    describedOrigins,
    speaksAsOne,
    personDescribed,
    originOnly,
    sentence: doc.sentence(at),
    paragraph: doc.paragraph(at),
    insertedSentence: insertedAt >= 0 ? doc.sentence(insertedAt) : -1,
    heardHere,
    heardBefore,
    events,
    mentionEvents,
  };
  const people = new PeopleWords(drafts, run.introductions);
  // Who spoke the earlier quotes looked at, asked only by a plural mention's group candidates.
  const spoke = kind === 'group' ? speakersOf(run.speeches) : null;
  // One reader for the look's drafts, not a closure per draft.
  const features = (d: Draft, into: AntecedentFeatures) =>
    featuresOf(d, view, run, people, spoke, into);
  for (const d of drafts.values()) visit(d, features);
}

/**
 * Where the candidates are seen from, read once per pointing mention rather than once per
 * candidate: the mention, its context, its sentence and paragraph, and the subject events.
 */
interface View extends Required<PointingContext> {
  at: Pos;
  kind: PointingKind;
  sentence: number;
  paragraph: number;
  /** The sentence of `insertedAt` (-1: none). */
  insertedSentence: number;
  /**
   * Where the pointing mention's paragraph was first heard from (-1: nowhere): its first clause
   * whose subject spoke an earlier quote (`Budi juga menyumbangkan …`). A person
   * introduced after that by a clause that reports nothing is talked about (narratedHere).
   */
  heardHere: Pos;
  /**
   * When the pointing mention's paragraph introduces nobody before it (no clause subject, no
   * earlier quote there): where the paragraph before was first heard from, as heardHere (-1:
   * nowhere, or the feature is off). A person narrated after that is talked about
   * (narratedBefore).
   */
  heardBefore: Pos;
  /** The mentions' events (the first `mentionEvents`, in text order), then the speeches'. */
  events: readonly SubjectEvent[];
  mentionEvents: number;
}

/** A subject event: who was introduced (a topic-opening subject, or a speaker) and where. */
interface SubjectEvent {
  at: Pos;
  key: string;
  entities: readonly Entity[];
}

/** An event with the sentence and body paragraph of its position, read once. */
interface PlacedEvent extends SubjectEvent {
  sentence: number;
  para: number;
}

/**
 * Stage 1: a draft for each person, group or organisation among the last LOOK_BACK mentions before
 * `at`, described by its latest mention; each topic it opened is an event.
 */
function draftMentions(
  at: Pos,
  { mentions: ms, speeches, doc, memo, introductions }: CandidateRun,
  drafts: LookDrafts<Draft>,
  events: SubjectEvent[],
): readonly MentionFacts[] {
  /** The clause subjects in the pointing mention's paragraph, in text order (paragraphHeard). */
  const subjectsHere = memo.subjectsHere;
  subjectsHere.length = 0;
  memo.subjectsBefore.length = 0;
  const lastEnd = speeches.length ? speeches[speeches.length - 1]!.end : -1;
  const lastStart = speeches.length ? speeches[speeches.length - 1]!.start : -1;
  const herePara = doc.paragraph(at);
  const hi = partitionPoint(ms, m => m.at < at);
  const presented = featureOn('discourse.presentedSource')
    ? (memo.presented ??= presentedPeople(ms))
    : null;
  /** The paragraph of the latest subject that is a source (reports, or has a role). */
  let sourcePara = -1;
  /** Where the first quote in the pointing mention's paragraph starts (Infinity: none). */
  const speechHere = firstSpeechIn(herePara, speeches, doc);
  for (let i = Math.max(0, hi - LOOK_BACK); i < hi; i++) {
    const m = ms[i]!;
    const facts = (memo.facts[i] ??= factsOf(m, doc, memo, presented, introductions));
    const { role, subject, para, leadWords } = facts;
    // Only a source opens a topic: a subject that reports, or one the article gives a role. A
    // person doing something else without one (`Rudi mencetak gol`), or as a victim or suspect
    // (`Korban X mengalami luka`), is talked about; in the quote's own paragraph it is the topic
    // only while no source has opened that paragraph, by a subject or a quote (the scorer
    // between a coach's words and `ujarnya` is not).
    const source =
      role === 'cueSubject' || !(facts.talked ?? organisationActs(m, speeches, para, doc));
    const opensHere = para === herePara && sourcePara !== para && !(speechHere < m.at);
    const topic = subject && (source || opensHere);
    if (subject && source) sourcePara = para;
    const fresh = !memo.drafts.get(facts.key);
    const d = filedDraft(memo, facts, m.at, role, 'mention', !!m.unnamedGroup);
    if (fresh && facts.presented && m.at > lastEnd && !subjectBefore(ms, i, doc))
      d.presentedSinceQuote = true;
    if (m.companions) d.companions = true;
    if (leadWords) d.leadIns.push(leadWords);
    d.latest = m.at;
    d.latestSentence = facts.sentence;
    d.latestPara = para;
    d.role = role;
    if (topic && m.at > lastEnd) d.introducedSinceQuote = true;
    if (subject && m.at > lastEnd) d.subjectSinceQuote = true;
    if (subject && facts.opens && m.at > lastEnd) d.openedSinceQuote = true;
    if (m.at >= lastStart && m.at < lastEnd) d.inLastStatement = true;
    else if (m.at > lastEnd && subject && d.inLastStatement) d.narratedAfter = true;
    // A pair's members were each mentioned already: it introduces nobody new to count between.
    if (topic && !m.paired) events.push(facts);
    if (subject && para === herePara) subjectsHere.push(facts);
    else if (subject && para === herePara - 1) memo.subjectsBefore.push(facts);
  }
  return subjectsHere;
}

/**
 * True when a person or organisation named before mention `i` in its sentence is a clause's
 * subject (`Sri menyuapi X, perempuan …`, `Dinas Kesehatan mengirim X, mahasiswi …`): the one
 * presented after it is acted on, talked about (presented-aside.ts).
 */
function subjectBefore(ms: readonly CastMention[], i: number, doc: DocIndex): boolean {
  const sentence = doc.sentence(ms[i]!.at);
  for (let j = i - 1; j >= 0 && doc.sentence(ms[j]!.at) === sentence; j--)
    if (isSubjectRole(ms[j]!.role) && ms[j]!.entities.length) return true;
  return false;
}

/**
 * Stage 2: the speakers of the last LOOK_BACK_SPEECHES quotes — the previous one (even unnamed)
 * and earlier named ones — join the drafts as speakers; each speech is an event.
 */
function draftSpeakers(
  { speeches, doc, memo }: CandidateRun,
  drafts: LookDrafts<Draft>,
  events: SubjectEvent[],
): void {
  const from = Math.max(0, speeches.length - LOOK_BACK_SPEECHES);
  for (let k = from; k < speeches.length; k++) {
    const s = speeches[k]!;
    const last = k === speeches.length - 1;
    if (!s.entities.length && !last) continue;
    const event = (memo.speechEvents[k] ??= speechEvent(s, doc, memo));
    const d = filedDraft(memo, event, s.end, 'cueSubject', 'speaker', false);
    d.via = 'speaker';
    d.spoke = last ? 'last' : (d.spoke ?? 'earlier');
    // Speaking is being the subject of a reporting clause; the name at the cue (`“…,” kata X`)
    // is that same subject, not an object.
    if (s.end >= d.latest || d.latestSentence === event.sentence) {
      if (s.end >= d.latest) {
        d.latest = s.end;
        d.latestSentence = event.sentence;
        d.latestPara = event.para;
      }
      d.role = 'cueSubject';
    }
    events.push(event);
  }
}

/**
 * Stage 2b, for a plural mention: the last `members` persons heard from — each one person who
 * spoke a quote or was the subject of a reporting clause (`Hal serupa disampaikan X`), latest
 * mentioned within `members` paragraphs of the mention at `para` (two sources heard in turn
 * usually take a paragraph each) — as one group candidate (or
 * the group the cast already lists with just them, marked). A plural pointing mention after two
 * sources heard in turn means both of them, not one, nor an organisation mentioned earlier; a
 * group mentioned after the first of them is what it means instead.
 */
function draftLastPeople(
  memo: CandidateMemo,
  drafts: LookDrafts<Draft>,
  told: number,
  counted: boolean,
  { doc, at, speeches }: { doc: DocIndex; at: Pos; speeches: readonly Speech[] },
): void {
  const heard: Draft[] = [];
  const para = doc.paragraph(at);
  // `Sepulang melaut, keduanya …` up to `told` paragraphs back renews the people heard before it,
  // when nobody has been named since (`Budi menambahkan, keduanya …` may mean others); a counted
  // plural mention counting otherwise speaks of other people. Only before the mention's own
  // sentence: `Keduanya lalu mendesak …` renews nobody for itself.
  const found = pluralRenewal(doc.body, para, told, doc.sentenceStart(at));
  // A place named since (`Tim itu mewakili Jawa Tengah. Ketiganya …`) is nobody who renews.
  const floating = floatingEnds(speeches);
  const namedSince = (d: Draft) =>
    d.entities.length === 1 &&
    d.latestPara >= found!.para &&
    !(featureOn('discourse.renewalOverPlace') && anyPlace(d.entities, memo)) &&
    !floating.has(d.latest);
  const fits = found && (!counted || found.count === told);
  const renewal = fits && !drafts.values().some(namedSince) ? found : null;
  // `ketiga nelayan itu …`: the count a plain `mereka` after it means.
  const members = renewal ? renewal.count : told;
  if (renewal && renewedGroup(drafts, renewal, doc)) return;
  // Measured from the renewal, each person heard may have taken a paragraph to be introduced and
  // one to speak.
  const from = renewal ? renewal.para : para;
  const window = renewal ? 2 * members : members;
  // People narrated beside them (narratedBeside) only fill up the count when too few were heard
  // from: two speakers heard in turn stay the pair, whoever then walks up to them.
  const narrated: Draft[] = [];
  // A group mentioned as such (`X dan Y dijadwalkan …`, `Para buruh …`) after them is the one
  // the plural means: the people heard from before it are no candidate together.
  let groupAt = -1;
  for (const d of drafts.values()) {
    if ((d.entities.length > 1 || d.unnamedGroup) && groupBlocks(d))
      groupAt = Math.max(groupAt, d.latest);
    else if (heardFrom(d, memo) && from - d.latestPara <= window) heard.push(d);
    else if (counted && d.latestPara === para && narratedBeside(d, memo)) narrated.push(d);
  }
  // The latest `members`, in text order.
  const byAt = (a: Draft, b: Draft) => a.latest - b.latest;
  const missing = members - heard.length;
  const fill = missing > 0 ? narrated.sort(byAt).slice(-missing) : [];
  const together = subjectsTogether(drafts, memo, para, counted ? members : 0);
  const last = together ?? [...heard.sort(byAt).slice(-members), ...fill].sort(byAt);
  if (last.length < members || last[0]!.latest < groupAt) return;
  const entities = last.map(d => d.entities[0]!);
  // namesKey, not keyOf: this list is new on every look, so kept per list it would only pile up.
  const key = namesKey(entities);
  const listed = drafts.get(key);
  const latest = last[last.length - 1]!;
  if (listed) {
    listed.lastPeople = true;
    // The pair listed long before has just acted together: it is as near as its members.
    if (together) renewedFrom(listed, latest);
    if (renewal) renewedAt(listed, renewal, doc);
    return;
  }
  const event: PlacedEvent = {
    at: latest.latest,
    key,
    entities,
    sentence: latest.latestSentence,
    para: latest.latestPara,
  };
  const all = (p: (d: Draft) => boolean) => last.every(p);
  const role: ClauseRole = all(d => d.role === 'cueSubject') ? 'cueSubject' : 'subject';
  const d = filedDraft(memo, event, latest.latest, role, 'mention', false);
  d.via = all(d => d.spoke !== null) ? 'speaker' : 'mention';
  d.introducedSinceQuote = last.some(d => d.introducedSinceQuote);
  d.lastPeople = true;
  if (renewal) renewedAt(d, renewal, doc);
}

/**
 * Where the quotes with no cue of their own that run on into the next paragraph end
 * (`Kedua kakak-beradik itu … . “Kami …` ¶ `“…,” kata mereka`): each is the first part of a quote a
 * cue in a later paragraph closes, so its speaker is that cue's, only guessed early as a
 * continuation, and having spoken one names nobody since a renewal (discourse.floatingNamesNobody).
 * A closed uncued quote is not so read: its speaker may be a newcomer narrated just before it.
 */
function floatingEnds(speeches: readonly Speech[]): ReadonlySet<Pos> {
  if (!featureOn('discourse.floatingNamesNobody')) return NO_ENDS;
  return new Set(speeches.filter(s => !s.cued && s.runsOn).map(s => s.end));
}

const NO_ENDS: ReadonlySet<Pos> = new Set();

/**
 * The people heard from, renewed as a plural subject of the running text (`Sore harinya, pasangan
 * suami istri itu duduk …`): they were last mentioned there, as its subject, nearer than anybody
 * named before it (discourse.renewalPlacesGroup).
 */
function renewedAt(d: Draft, renewal: Renewal, doc: DocIndex): void {
  if (!featureOn('discourse.renewalPlacesGroup') || d.latest >= renewal.at) return;
  movedTo(d, renewal.at, doc.sentence(renewal.at), renewal.para, 'subject');
}

/**
 * `Tiga nelayan, A, B, dan C, …` … `Esoknya, ketiga nelayan itu …`: a counted plural subject renews
 * the latest group of that many people named together before it, which becomes the people last
 * heard from (discourse.pluralRenewal). False when there is none.
 */
function renewedGroup(drafts: LookDrafts<Draft>, renewal: Renewal, doc: DocIndex): boolean {
  let group: Draft | null = null;
  for (const d of drafts.values()) {
    const people =
      d.entities.length === renewal.count && d.entities.every(e => e.kind === 'person');
    if (people && d.latest < renewal.at && (!group || d.latest > group.latest)) group = d;
  }
  if (!group) return false;
  group.lastPeople = true;
  movedTo(group, renewal.at, doc.sentence(renewal.at), renewal.para, 'subject');
  return true;
}

/** Group draft `d` mentioned again where its latest member `m` was: as near as that member. */
function renewedFrom(d: Draft, m: Draft): void {
  movedTo(d, m.latest, m.latestSentence, m.latestPara, m.role);
  d.subjectSinceQuote = true;
  d.introducedSinceQuote ||= m.introducedSinceQuote;
}

/** Draft `d` last mentioned at `at` (its sentence and body paragraph), standing there as `role`. */
function movedTo(d: Draft, at: Pos, sentence: number, para: number, role: ClauseRole): void {
  d.latest = at;
  d.latestSentence = sentence;
  d.latestPara = para;
  d.role = role;
}

/**
 * `Budi menyapu halaman, sementara Rina mencuci piring. “…,” kata mereka.`: when the latest
 * sentence where somebody named as a clause subject since the previous quote was last named, in
 * the plural mention's paragraph or the one before, has two or more people last named there, each
 * such a subject, those people acting together are what the plural means, whoever was heard from
 * before them (discourse.subjectsTogether). `count`: the members a counted plural tells (0:
 * any). In text order, or null.
 */
function subjectsTogether(
  drafts: LookDrafts<Draft>,
  memo: CandidateMemo,
  para: number,
  count: number,
): Draft[] | null {
  if (!featureOn('discourse.subjectsTogether')) return null;
  let sentence = -1;
  for (const d of drafts.values())
    if (d.subjectSinceQuote && d.latestPara >= para - 1)
      sentence = Math.max(sentence, d.latestSentence);
  if (sentence < 0) return null;
  const together: Draft[] = [];
  for (const d of drafts.values()) {
    if (d.latestSentence !== sentence) continue;
    // People the sentence names together (`A dan B …`) are already one candidate.
    if (d.entities.length > 1) return null;
    if (!d.subjectSinceQuote) continue;
    // A group or organisation among that sentence's subjects is no person acting beside another.
    if (d.entities[0]?.kind !== 'person' || anyPlace(d.entities, memo)) return null;
    together.push(d);
  }
  if (together.length < 2 || (count && together.length !== count)) return null;
  return together.sort((a, b) => a.latest - b.latest);
}

/**
 * True when group draft `d` stands where it may be what a later plural means: a subject, not a
 * pair named as an object or after a preposition (`aliran dana berhenti di tangan X dan Y`), which
 * the sources heard before it only talked about.
 */
const groupBlocks = (d: Draft): boolean =>
  !featureOn('discourse.lastPeopleOverObjects') || isSubjectRole(d.role);

/**
 * True when draft `d` is one person (no place) narrated as a clause's subject: a counted plural
 * (`ujar keduanya`) takes them in its own paragraph beside the one heard from (`“…,” ujar X. Di
 * sampingnya, Y mengangguk. “…,” ujar keduanya`), as two people named there (discourse.countedNarrated).
 */
const narratedBeside = (d: Draft, memo: CandidateMemo): boolean =>
  featureOn('discourse.countedNarrated') &&
  d.entities.length === 1 &&
  d.entities[0]!.kind === 'person' &&
  !anyPlace(d.entities, memo) &&
  isSubjectRole(d.role);

/** True when draft `d` is one person (no place) who spoke a quote or a reporting clause's subject. */
const heardFrom = (d: Draft, memo: CandidateMemo): boolean =>
  d.entities.length === 1 &&
  d.entities[0]!.kind === 'person' &&
  !anyPlace(d.entities, memo) &&
  (d.spoke !== null || d.role === 'cueSubject');

/**
 * Where the pointing mention's paragraph was first heard from (View.heardHere): the first of its
 * clause subjects (`subjectsHere`) that spoke an earlier quote; else -1. A quote of the
 * paragraph's alone does not make it so: a presented person may complain, warn or plead after it
 * (`“…,” kata Menteri X. Yusuf, pedagang, mengeluhkan harga. “…,” ujarnya`).
 */
function paragraphHeard(subjectsHere: readonly MentionFacts[], drafts: LookDrafts<Draft>): Pos {
  for (const m of subjectsHere) if (drafts.get(m.key)?.spoke) return m.at;
  return -1;
}

/**
 * Where the body paragraph before `para` was first heard from (View.heardBefore): its first
 * clause subject that spoke an earlier quote, or an earlier speaker opening it through a pronoun
 * (pronounOpened); -1 when neither, or when `discourse.narratedBefore` is off.
 */
function paragraphBefore(para: number, run: CandidateRun, drafts: LookDrafts<Draft>): Pos {
  if (para < 1 || !featureOn('discourse.narratedBefore')) return -1;
  const named = paragraphHeard(run.memo.subjectsBefore, drafts);
  const first = run.speeches[firstSpeechFrom(para - 1, run.speeches, run.doc)];
  const opened = pronounOpened(para - 1, first, run.doc, es =>
    es.every(e => !!drafts.get(e.name)?.spoke),
  );
  return named < 0 ? opened : opened < 0 ? named : Math.min(named, opened);
}

/** True when draft `d`'s latest mention opens a clause that takes a side (cast/sentence-role.ts). */
const sideTaken = (d: Draft, doc: DocIndex): boolean =>
  takesSide(doc.texts.get(paragraphOf(d.latest)) ?? '', offsetOf(d.latest));

/** Speech `s`'s event: its speakers' key (an unnamed speaker's by where it spoke) at its end. */
function speechEvent(s: Speech, doc: DocIndex, memo: CandidateMemo): PlacedEvent {
  return {
    at: s.end,
    key: s.entities.length ? keyOf(s.entities, memo) : `unnamed-speaker@${s.start}`,
    entities: s.entities,
    sentence: doc.sentence(s.end),
    para: doc.paragraph(s.end),
  };
}

/** The role and lead-in words of the persons among the drafts, each read once when first asked. */
class PeopleWords {
  private roleWords: (readonly string[])[] | null = null;
  private leadWords: (readonly string[])[] | null = null;
  private namesTold: boolean | null = null;
  constructor(
    private readonly drafts: LookDrafts<Draft>,
    readonly introductions?: ReadonlyMap<Entity, Introduction>,
  ) {}
  /**
   * True when some single person among the candidates was introduced with one of `names` (a
   * description's name words, describedNames) in their role, lead-in or appositive.
   */
  told(names: readonly string[], origins: readonly string[]): boolean {
    return (this.namesTold ??= someoneTold(this.drafts, names, origins, this.introductions));
  }
  get roles(): (readonly string[])[] {
    return (this.roleWords ??= personRoles(this.drafts));
  }
  get leadIns(): (readonly string[])[] {
    return (this.leadWords ??= personLeadIns(this.drafts));
  }
}

/**
 * True when the mention at `at` opens its sentence: only capitalised words (an honorific, a title)
 * stand before it there, so it is no possessor or object inside a phrase (`lapak milik X`).
 */
function opensSentence(doc: DocIndex, at: Pos): boolean {
  const text = doc.texts.get(paragraphOf(at)) ?? '';
  const before = text.slice(doc.sentenceStart(at), offsetOf(at)).trim();
  return !before || before.split(SPACE_RUNS).every(w => startsUpper(w));
}

/**
 * `“…,” kata Pak Kamto. … ¶ Hujan reda. Pak Kamto kembali menjemur ikan asin … ¶ “…,” tuturnya`: a
 * person who spoke earlier, narrated as the subject opening a sentence after the last quote, in the pointing
 * mention's paragraph or the one before, with no other subject since, is a source the story has
 * come back to, a topic as one introduced is, though the clause reports nothing and gives no role
 * (discourse.returningSpeaker).
 */
function returningSource(d: Draft, view: View): boolean {
  if (d.spoke !== 'earlier' || !d.openedSinceQuote || d.latestPara < view.paragraph - 1)
    return false;
  return subjectsAfter(view, d) === 0 && featureOn('discourse.returningSpeaker');
}

/**
 * `Di ruang tengah, ibunda X, Y, menunggui oven. Perempuan berusia 80 tahun itu masih …` then
 * `“…,” kata beliau`: a person named as a subject since the previous statement, whose next
 * sentence opens with a definite description going on about them, is the topic the writer
 * dwells on, though neither clause reports (discourse.dweltOnSubject).
 */
function dweltOn(d: Draft, view: View, people: PeopleWords): boolean {
  if (!d.subjectSinceQuote || d.entities.length !== 1 || !featureOn('discourse.dweltOnSubject'))
    return false;
  const intro = people.introductions?.get(d.entities[0]!);
  return !!intro?.goneOnAt.some(g => g > d.latest && g < view.at);
}

/**
 * Stage 3: the model's features of draft `d` seen from the pointing mention (`view`), filled into
 * `f` (every field, in blankFeatures' order).
 */
function featuresOf(
  d: Draft,
  view: View,
  { doc, memo, mentions }: CandidateRun,
  people: PeopleWords,
  spoke: ReadonlySet<Entity> | null,
  f: AntecedentFeatures,
): AntecedentFeatures {
  const { kind, continuing, replying, quoted, insertedAt, gender } = view;
  const org = d.entities.length === 1 && d.entities[0]!.kind === 'organization';
  const group = d.entities.length > 1 || d.unnamedGroup;
  const single = !group && !org;
  const latestSentence = d.latestSentence;
  const sentencesBack = Math.max(0, view.sentence - latestSentence);
  const told =
    gender && single
      ? genderOf(d.entities[0]!, mentions, doc, memo, people.introductions)
      : undefined;
  f.lastSpeaker = d.spoke === 'last' ? 1 : 0;
  f.earlierSpeaker = d.spoke === 'earlier' ? 1 : 0;
  f.introducedSinceQuote =
    (d.introducedSinceQuote || returningSource(d, view) || dweltOn(d, view, people)) &&
    d.spoke !== 'last'
      ? 1
      : 0;
  f.narratedHere =
    f.introducedSinceQuote &&
    d.role !== 'cueSubject' &&
    view.heardHere >= 0 &&
    view.heardHere < d.latest &&
    d.latestPara === view.paragraph
      ? 1
      : 0;
  f.narratedBefore =
    f.introducedSinceQuote &&
    d.role !== 'cueSubject' &&
    view.heardBefore >= 0 &&
    view.heardBefore < d.latest &&
    d.latestPara === view.paragraph - 1 &&
    !sideTaken(d, doc)
      ? 1
      : 0;
  f.companions = kind === 'group' && d.companions ? 1 : 0;
  f.membersSpoke = spoke && d.entities.length > 1 && d.entities.every(e => spoke.has(e)) ? 1 : 0;
  f.lastPeople = d.lastPeople ? 1 : 0;
  f.subject =
    d.role === 'subject' || d.role === 'cueSubject' || d.role === 'passiveSubject' ? 1 : 0;
  f.cueSubject = d.role === 'cueSubject' ? 1 : 0;
  f.passiveSubject = d.role === 'passiveSubject' ? 1 : 0;
  f.continuesStatement = continuing && d.role === 'cueSubject' ? 1 : 0;
  f.answersLast = replying && d.spoke === 'last' ? 1 : 0;
  f.oblique = d.role === 'oblique' ? 1 : 0;
  f.sameSentence = sentencesBack === 0 ? 1 : 0;
  f.sentencesBack = Math.min(6, sentencesBack);
  f.paragraphsBack = Math.min(3, Math.max(0, view.paragraph - d.latestPara));
  f.subjectsBetween = subjectsAfter(view, d);
  f.representedBy =
    org && (namedInAny(d.entities[0]!, people.roles) || inLeadIn(d.entities[0]!, people.leadIns))
      ? 1
      : 0;
  f.organisationForPerson =
    org && (kind === 'person' || kind === 'description' || view.speaksAsOne) ? 1 : 0;
  f.genderMismatch = told && told !== gender ? 1 : 0;
  f.genderAgrees = told && told === gender ? 1 : 0;
  f.place = anyPlace(d.entities, memo) ? 1 : 0;
  f.deceased = single && lateOf(d.entities[0]!, mentions, doc, memo) ? 1 : 0;
  f.numberMismatch = (kind === 'group' ? single : kind === 'organisation' ? !org : group) ? 1 : 0;
  f.namedInQuote = d.entities.length && quoted(d.entities) ? 1 : 0;
  f.statementSubject =
    insertedAt >= 0 && d.latest < insertedAt && latestSentence === view.insertedSentence ? 1 : 0;
  f.talkedAboutLast = d.narratedAfter && !d.spoke && d.role !== 'cueSubject' ? 1 : 0;
  const fit =
    single && view.described.length
      ? agreement(
          view.described,
          knownWords(d, people.introductions, view.describedOrigins),
          view.describedNames,
          d.entities[0]?.role ?? null,
          view.describedSeats,
        )
      : null;
  f.descriptionAgrees = fit === 'agrees' || fit === 'names' ? 1 : 0;
  f.descriptionNameAgrees = fit === 'names' ? 1 : 0;
  f.descriptionConflicts = fit === 'conflicts' ? 1 : 0;
  f.descriptionNameMissing =
    single &&
    fit !== 'names' &&
    view.describedNames.length &&
    people.told(view.describedNames, view.describedOrigins)
      ? 1
      : 0;
  f.describedSubject =
    view.personDescribed &&
    !(view.originOnly && people.told(view.describedNames, view.describedOrigins)) &&
    d.entities.length === 1 &&
    d.entities[0]!.kind === 'person' &&
    (d.subjectSinceQuote || d.presentedSinceQuote) &&
    d.spoke !== 'last' &&
    !f.place &&
    !f.subjectsBetween &&
    !(featureOn('discourse.narratedNotDescribed') && f.narratedHere + f.narratedBefore > 0)
      ? 1
      : 0;
  return f;
}

/** Features with every field, in the order featuresOf fills them (all 0 until it does). */
export const blankFeatures = (): AntecedentFeatures => ({
  lastSpeaker: 0,
  earlierSpeaker: 0,
  introducedSinceQuote: 0,
  narratedHere: 0,
  narratedBefore: 0,
  companions: 0,
  membersSpoke: 0,
  lastPeople: 0,
  subject: 0,
  cueSubject: 0,
  passiveSubject: 0,
  continuesStatement: 0,
  answersLast: 0,
  oblique: 0,
  sameSentence: 0,
  sentencesBack: 0,
  paragraphsBack: 0,
  subjectsBetween: 0,
  representedBy: 0,
  organisationForPerson: 0,
  genderMismatch: 0,
  genderAgrees: 0,
  place: 0,
  deceased: 0,
  numberMismatch: 0,
  namedInQuote: 0,
  statementSubject: 0,
  talkedAboutLast: 0,
  descriptionAgrees: 0,
  descriptionNameAgrees: 0,
  descriptionConflicts: 0,
  describedSubject: 0,
  descriptionNameMissing: 0,
});

/**
 * What the article said one person is: the words of its role and of each description it was
 * introduced with (`Juru bicara X, Budi,`), for a description pointing back to match.
 */
function knownWords(
  d: Draft,
  introductions?: ReadonlyMap<Entity, Introduction>,
  origins: readonly string[] = NO_WORDS,
): readonly (readonly string[])[] {
  const e = d.entities[0];
  const role = e?.role;
  const offices = role ? [roleWords(role), ...d.leadIns] : d.leadIns;
  // `ustaz asal Batang itu` and `Kepala Kantor Kemenag Kabupaten Batang`: where a person comes
  // from is not where their office sits (describedOrigins, discourse.originNotOfficeSeat); a
  // lead-in telling an origin itself (`Seorang pedagang asal Batang, X,`) still agrees.
  const known = origins.length ? offices.map(words => withoutSeats(words, origins)) : offices;
  const intro = e && introductions?.get(e);
  const introduced = intro ? [...known, ...intro.words] : known;
  // `kata sang istri`, `ujar istri Darto itu`: the kin a person was introduced as
  // (`Istrinya, X`) is what a description of them by kinship writes (discourse.relationKnown).
  const relation = e?.kind === 'person' && featureOn('discourse.relationKnown') ? e.relation : null;
  const told = relation ? [...introduced, roleWords(relation)] : introduced;
  // `Ketua Perkumpulan Marga Bong itu` for `Bong Khiun Fat`: a description writing a word of the
  // person's own name (a clan, a family) knows them by it (discourse.descriptionBearerName).
  if (e?.kind !== 'person' || !featureOn('discourse.descriptionBearerName')) return told;
  return [...told, roleWords(e.name), ...[...e.aliases].map(roleWords)];
}

/** `words` without the `origins` they name as an office's seat, not after an `asal` of their own. */
function withoutSeats(words: readonly string[], origins: readonly string[]): readonly string[] {
  const asal = words.indexOf('asal');
  return words.filter((w, k) => !origins.includes(w) || (asal >= 0 && k > asal));
}

/**
 * True when a single person among `drafts` knows (knownWords) one of `names`: the description
 * writes a name somebody was introduced with, which tells that person from the rest.
 */
function someoneTold(
  drafts: LookDrafts<Draft>,
  names: readonly string[],
  origins: readonly string[],
  introductions?: ReadonlyMap<Entity, Introduction>,
): boolean {
  if (!names.length || !featureOn('discourse.descriptionNameMissing')) return false;
  for (const d of drafts.values()) {
    if (d.entities.length !== 1 || d.entities[0]!.kind !== 'person') continue;
    for (const words of knownWords(d, introductions, origins))
      if (words.some(w => names.includes(w))) return true;
  }
  return false;
}

/**
 * The sex the article tells person `e` is of, if it tells one; the genders are read once per
 * article, when the first English `he`/`she` asks.
 */
function genderOf(
  e: Entity,
  mentions: readonly CastMention[],
  doc: DocIndex,
  memo: CandidateMemo,
  introductions?: ReadonlyMap<Entity, Introduction>,
): Gender | undefined {
  if (!featureOn('discourse.genderMismatch') && !featureOn('discourse.genderAgrees'))
    return undefined;
  return (memo.genders ??= readGenders(mentions, doc, introductions)).get(e);
}

/** The entities that spoke one of the last LOOK_BACK_SPEECHES quotes. */
function speakersOf(speeches: readonly Speech[]): ReadonlySet<Entity> {
  const out = new Set<Entity>();
  for (let k = Math.max(0, speeches.length - LOOK_BACK_SPEECHES); k < speeches.length; k++)
    for (const e of speeches[k]!.entities) out.add(e);
  return out;
}

/**
 * Where the first of the trailing speeches in paragraph `para` starts (Infinity: the last speech
 * is elsewhere).
 */
export function firstSpeechIn(para: number, speeches: readonly Speech[], doc: DocIndex): Pos {
  const last = speeches.length - 1;
  if (last < 0 || doc.paragraph(speeches[last]!.start) !== para) return Infinity;
  return speeches[firstSpeechFrom(para, speeches, doc)]!.start;
}

/**
 * The index of the first speech in paragraph `para` or after it (`speeches.length`: none).
 * Speeches are in text order, so their paragraphs never decrease: it is found by binary search (a
 * walk back through them made a one-paragraph text of thousands of quotes quadratic).
 */
function firstSpeechFrom(para: number, speeches: readonly Speech[], doc: DocIndex): number {
  return partitionPoint(speeches, s => doc.paragraph(s.start) < para);
}

/**
 * How many others (up to 3) were introduced as subjects after `d`'s latest mention. The mentions'
 * events are in text order: those up to `d`'s latest are stepped over by binary search, not read
 * one by one for every candidate.
 */
function subjectsAfter({ events, mentionEvents }: View, d: Draft): number {
  // The two keys counted before the third ends the count, in locals: a shared list emptied at
  // each ask lost its store each time (`length = 0`), a new one for every draft of every look.
  let first: string | null = null;
  let second: string | null = null;
  let counted = 0;
  const lo = partitionPoint(events, e => e.at <= d.latest, mentionEvents);
  for (let i = lo; i < events.length; i++) {
    const e = events[i]!;
    if (e.at <= d.latest || e.key === d.key || e.key === first || e.key === second) continue;
    if (overlaps(e.entities, d.entities) || ownOrganisation(e.entities, d.entities)) continue;
    if (++counted === 3) break;
    if (counted === 1) first = e.key;
    else second = e.key;
  }
  return counted;
}

/**
 * True when `subject` is one organisation that the one person `person` holds a role in (`pengurus
 * Koperasi X, Budi, …` then `Koperasi X lalu menyalurkan …`): the body the person speaks for acting is no
 * one new between them and a `-nya` (discourse.ownOrganisationActs).
 */
function ownOrganisation(subject: readonly Entity[], person: readonly Entity[]): boolean {
  if (subject.length !== 1 || person.length !== 1) return false;
  const [org, p] = [subject[0]!, person[0]!];
  if (org.kind !== 'organization' || p.kind !== 'person' || !p.role) return false;
  return namedIn(org, roleWords(p.role)) && featureOn('discourse.ownOrganisationActs');
}

/** The role words of every person among the candidates. */
function personRoles(drafts: LookDrafts<Draft>): (readonly string[])[] {
  const out: (readonly string[])[] = [];
  for (const d of drafts.values())
    for (const e of d.entities) if (e.kind === 'person' && e.role) out.push(roleWords(e.role));
  return out;
}

/** The lead-in words of every person among the candidates (`Juru bicara Kementerian X, Budi,`). */
function personLeadIns(drafts: LookDrafts<Draft>): (readonly string[])[] {
  const out: (readonly string[])[] = [];
  for (const d of drafts.values())
    if (d.leadIns.length && d.entities.length === 1 && d.entities[0]!.kind === 'person')
      out.push(...d.leadIns);
  return out;
}

/**
 * True when `org` is named inside a person's lead-in after at least one word of it (`Juru bicara
 * Kementerian X`): a lead-in that is the organisation's name alone opens a list (`KPK, Budi, dan
 * Rina`), and describes nobody.
 */
function inLeadIn(org: Entity, leads: readonly (readonly string[])[]): boolean {
  if (!featureOn('discourse.leadIn')) return false;
  // From the second word on, read in place (a slice per lead-in per organisation per look).
  for (const words of leads) if (namedIn(org, words, 1)) return true;
  return false;
}

/** True when one of `roles` names `org`. */
function namedInAny(org: Entity, roles: readonly (readonly string[])[]): boolean {
  for (const r of roles) if (namedIn(org, r)) return true;
  return false;
}

/**
 * The lowercase words of a role, punctuation dropped; kept per role (and aliases below per alias):
 * they are read again for every pointing mention that looks back over them.
 */
const roleWords: (role: string) => readonly string[] = keptPerString(role =>
  runsOf(role.toLowerCase(), isAlnumOrHyphenCp),
);

/** An alias's lowercase words. */
const aliasWords: (alias: string) => readonly string[] = keptPerString(nameTokens);

/**
 * True when a role's words (from word `from` on) hold the organisation's name or one of its
 * aliases (`KPK`).
 */
function namedIn(org: Entity, role: readonly string[], from = 0): boolean {
  if (containsRun(role, org.tokens, from)) return true;
  // A loop over the set, not a copy of it per role asked about.
  for (const a of org.aliases) if (containsRun(role, aliasWords(a), from)) return true;
  return false;
}

/** An entity whose every name word is a known place (`Jawa Barat` read as a name). */
const isPlace = (e: Entity): boolean =>
  e.tokens.length > 0 && e.tokens.every(t => PLACE_SET.has(t));

/** Whether person `e` is one the article writes as dead, the set read once per run. */
function lateOf(
  e: Entity,
  mentions: readonly CastMention[],
  doc: DocIndex,
  memo: CandidateMemo,
): boolean {
  if (!memo.late) {
    const people = new Set<Entity>();
    for (const m of mentions) for (const x of m.entities) people.add(x);
    memo.late = latePeople([...people], doc);
  }
  return memo.late.has(e);
}

/** Whether any of `entities` is a place, kept per entity list in the run's memo. */
function anyPlace(entities: readonly Entity[], memo: CandidateMemo): boolean {
  let place = memo.places.get(entities);
  if (place === undefined) memo.places.set(entities, (place = entities.some(isPlace)));
  return place;
}

/** True when `a` and `b` share an entity (a loop: asked per event per draft, no closure each). */
function overlaps(a: readonly Entity[], b: readonly Entity[]): boolean {
  for (const e of a) if (b.includes(e)) return true;
  return false;
}

/** How a candidate's latest mention stands in its clause, as the features read it. */
type ClauseRole = Exclude<SentenceRole, 'other'>;

/** A record's role as a feature reads it: a record with no clause role counts as an object. */
const clauseRole = (r: SentenceRole): ClauseRole => (r === 'other' ? 'object' : r);

/**
 * True when a quote (direct or reported) ended before `at` in its paragraph `para`. Quotes do not
 * overlap, so the paragraph's first one ends first: if any ended before `at`, that one did.
 */
function spokenBefore(speeches: readonly Speech[], at: Pos, para: number, doc: DocIndex): boolean {
  const s = speeches[firstSpeechFrom(para, speeches, doc)];
  return !!s && doc.paragraph(s.start) === para && s.end < at;
}

/**
 * One person the article gives no role (`Rudi Hartono`, not `Menteri Rudi Hartono`) and never
 * presents as a source (`presented`: presentedPeople), or the role of one acted upon (`Korban`,
 * `Tersangka`; core/lexicon/patient-roles.ts): talked about, wherever it is seen from. Null for an
 * organisation, which is talked about where somebody spoke before it (organisationActs).
 */
function personTalkedAbout(m: CastMention, presented: ReadonlySet<Entity> | null): boolean | null {
  if (!featureOn('discourse.roleSource') || m.entities.length !== 1) return false;
  const e = m.entities[0]!;
  if (e.kind !== 'person') return null;
  if (!e.role) return !m.described && !presented?.has(e);
  return isPatientRole(e.role);
}

/**
 * personTalkedAbout, and a person it finds a source is still talked about when named after a
 * copula whose subject is a victim (patientByCopula). Its null (an organisation) stays null.
 */
function talkedAbout(
  m: CastMention,
  presented: ReadonlySet<Entity> | null,
  doc: DocIndex,
): boolean | null {
  const talked = personTalkedAbout(m, presented);
  if (talked !== false) return talked;
  // `X, pedagang sayur, … . Suaminya, seorang sopir, ikut membantu …`: the source's relative,
  // unnamed, is talked about (discourse-mentions.ts marks it `relative`).
  if (m.relative && m.entities.length === 0 && featureOn('discourse.unnamedKinTalked')) return true;
  if (m.leadIn && patientLeadIn(m.leadIn)) return true;
  return patientByCopula(doc.texts.get(paragraphOf(m.at)) ?? '', offsetOf(m.at));
}

/**
 * An organisation acting after somebody spoke in its paragraph `para` (`Budi mengatakan …
 * Pemprov X menyiapkan dana.`) is what the speaker reports on: it is a source there only as the
 * subject of a reporting verb (`KPK menyatakan`). Only an organisation asks whether anyone spoke
 * (a search over the speeches).
 */
function organisationActs(
  m: CastMention,
  speeches: readonly Speech[],
  para: number,
  doc: DocIndex,
): boolean {
  return featureOn('discourse.organisationActs') && spokenBefore(speeches, m.at, para, doc);
}
