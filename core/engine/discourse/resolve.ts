/**
 * Ties each found quote to entities, in text order: names through the cast (short → full), a
 * title to the person holding it (title-speaker.ts), floating quotes to the previous speaker, and
 * every mention that points back — `dia`/`ia`/`beliau`/`-nya`/`mereka`, a description closed by
 * `itu`/`ini` — to the antecedent the discourse model scores best (point-back.ts). Unnamed
 * speakers stay unnamed. The stages: the article's context (resolve-context.ts), each quote's
 * speakers by the kind of its mention, the statement recorded for later pointing, and last the
 * paragraphs of a multi-paragraph quote.
 */
import { floatingSubject, UNNAMED } from './floating-subject';
import { putsQuestion, turnTaker } from './question-turn';
import { cueIn, lastQuoteAsks } from './point-back';
import { ASKING_CUES } from '../../lexicon/cues';
import type { BodyParagraph, Candidate } from '../candidate';
import type { Cast } from '../cast/cast';
import { pos, type Entity, type Pos } from '../cast/entity';
import { appositiveHead } from './appositive';
import { agentAfter, agentNextParagraph, agentNextSentence } from './agent-after';
import { pairAtCue } from './pair-at-cue';
import { pointBack } from './point-back';
import type { PointingKind } from './candidates';
import { organisationPronoun } from '../names/mention';
import { resolveContext, type Choice, type Decision, type ResolveContext } from './resolve-context';
import { titleSpeakers } from './title-speaker';
import { isOutletName } from '../cast/non-speaker';
import { isGivenName } from '../../lexicon/name-words';
import { startsLower } from '../text/chars';
import { featureOn } from '../features';
import { holdsTitle } from '../cast/role-head';
import { withholdsName } from './withheld-name';
import { SPACE_RUNS } from '../text/string-scans';

export type { Decision } from './resolve-context';

/** A candidate with its speakers. */
export interface Resolved extends Candidate {
  entities: readonly Entity[];
  /**
   * For a mention that points back (`ujarnya`, `kata dia`, `peneliti ini`): the antecedent the
   * discourse model chose, and the body paragraph where it was last mentioned or last spoke.
   */
  antecedent?: Choice['antecedent'];
}

/**
 * A mention that describes rather than names its speaker: a title, an unnamed description, or a
 * lowercase role holding somebody else's name (`kuasa hukum Andi Wijaya`).
 */
const describes = (m: NonNullable<Candidate['mention']>): boolean =>
  m.kind === 'title' || m.kind === 'anonymous' || (m.kind === 'named' && startsLower(m.text));

/** `Budi Santoso, pengamat ekonomi, menilai`: the person a description read at a cue follows. */
function describedPerson(ctx: ResolveContext, c: Candidate, text: string): Entity | null {
  const para = ctx.texts.get(c.paragraph) ?? '';
  // Looked for near the cue only: a search back through a long line for every quote is quadratic.
  const from = Math.max(0, c.at - text.length - 200);
  const k = para.slice(from, c.at + text.length).lastIndexOf(text);
  return k >= 0 ? appositiveHead(ctx.byEnd, c.paragraph, para, from + k, text) : null;
}

/**
 * `kata Kadinkes`, where the cast took the office acronym for a person of that name (one word, or
 * one with its place, `Kadinkes Y`; no role): the person whose role it is made from
 * (cast/title-acronym.ts), if another holds it, or whose introduction wrote it (introduced-title.ts).
 */
function acronymHolder(ctx: ResolveContext, e: Entity, at: Pos): Entity | null {
  if (e.kind !== 'person' || e.tokens.length > 2) return null;
  // `kata Kasi Intel`, `Plt Kakanwil berjanji`: the cast read an office's last word as a name
  // and the rest as its role; together they name the office, by acronym pieces.
  // `Kepala Kanpra`: a role head before an organisation's acronym the lead-in wrote in brackets.
  if (e.role)
    return e.tokens.length === 1 && !isGivenName(e.name)
      ? (ctx.introduced.officeHolder([...e.role.split(SPACE_RUNS), e.name], e, at) ??
          ctx.introduced.bracketedOffice(e, at))
      : null;
  const holder = e.tokens.length === 1 ? ctx.cast.byAcronym(e.name, at) : null;
  if (holder && holder !== e) return holder;
  // No cast role is made from it: the words the text introduced somebody with may write it
  // (`Atase Perdagangan (Atdag) … Nama`) or spell it out with the role reader missing them.
  return ctx.introduced.acronymNamed(e, at);
}

/**
 * `tanya hakim`, `tutur sang kades`, `Kuasa hukum juga menilai`: a lowercase head no cast role
 * opens still means the person the text introduced with those words or their acronym (`Ketua
 * Majelis Hakim X`, `Kepala Desa Y`, `Kuasa hukum terdakwa, Z,`), as a capitalised title does
 * (introduced-title.ts); an indefinite one (`seorang hakim`, `warga`) stays unnamed there.
 */
function introducedHolder(ctx: ResolveContext, c: Candidate, text: string, at: Pos): Entity | null {
  if (!featureOn('discourse.lowercaseTitle')) return null;
  // Looked for before the mention's own words: `jubir X mengatakan` introduces X there, as
  // somebody else than the spokesperson (title-speaker.ts does the same).
  return ctx.introduced.holder(text, Math.min(at, ctx.doc.startOf(c.paragraph, text, c.at)));
}

/** What a pronoun points back to: `mereka`/`they` a group, `it` an organisation, else a person. */
const pronounKind = (plural: boolean, text: string): PointingKind =>
  plural ? 'group' : organisationPronoun(text.toLowerCase()) ? 'organisation' : 'person';

/**
 * The speakers of quote `c` at position `at`, by the kind of its mention; `last` is the previous
 * statement's speakers.
 */
function speakersOf(
  ctx: ResolveContext,
  c: Candidate,
  at: Pos,
  last: readonly Entity[] | null,
): Choice {
  const m = c.mention;
  if (!m) return uncuedSpeakers(ctx, c, last);
  // `ucap pedagang yang enggan menyebutkan namanya itu`: the writer says it names nobody.
  if ((m.kind === 'title' || m.kind === 'anonymous') && withholdsName(m.text))
    return { entities: [] };
  const head = describes(m) ? describedPerson(ctx, c, m.text) : null;
  if (head) return { entities: [head] };
  switch (m.kind) {
    case 'named': {
      // A newsroom read at the cue (`yang ditemui Republika berharap`) is the interviewer: the
      // speaker is the one it met, left unnamed here.
      const entities = m.refs
        .map(r => ctx.cast.entityOf(r))
        .filter((e): e is Entity => !!e && !isOutletName(e.name))
        .map(e => acronymHolder(ctx, e, at) ?? e);
      // `A dan anggota B menyatakan …`: the cue read B, the subject is both.
      const pair =
        entities.length === 1 ? pairAtCue(c, entities[0]!, ctx.mentions, ctx.texts) : null;
      return { entities: pair ?? entities };
    }
    case 'pronoun':
      return pointBack(ctx, c, pronounKind(m.plural, m.text), at);
    case 'nya':
      return pointBack(ctx, c, 'nya', at);
    case 'title':
      return creditedNext(ctx, c, titleSpeakers(ctx, c, m, at, last));
    case 'anonymous':
      return creditedNext(ctx, c, unnamedSpeakers(ctx, c, m.text, at, last));
  }
}

/**
 * `Kepala Dinas X menyatakan … . Pernyataan itu disampaikan Kadis Budi …`: a title or description
 * that found nobody (`chosen` empty) is the person the next sentence credits the statement to.
 */
function creditedNext(ctx: ResolveContext, c: Candidate, chosen: Choice): Choice {
  if (chosen.entities.length) return chosen;
  const agent = agentNextSentence(pos(c.paragraph, c.end), ctx.mentions, ctx.texts);
  return agent ? { entities: [agent] } : chosen;
}

/*
 * The two readings below are functions of their own, not cases inline, so that the first analysis
 * of an article without quotes of their kind compiles neither (engine README: guards before bodies).
 */

/**
 * A quote without a cue goes on from the previous speaker, unless a passive reporting verb right
 * after it credits somebody (`“…” Hal itu disampaikan X`) or the narrative before it turned to
 * somebody new (floating-subject.ts).
 */
function uncuedSpeakers(ctx: ResolveContext, c: Candidate, last: readonly Entity[] | null): Choice {
  const end = pos(c.paragraph, c.end);
  // `“…” ¶ Hal itu disampaikan X`: or the paragraph after it credits somebody.
  const agent =
    agentAfter(end, ctx.mentions, ctx.texts) ?? agentNextParagraph(end, ctx.mentions, ctx.doc);
  if (agent) return { entities: [agent] };
  // `X menyambut baik putusan itu. ¶ “…”`: a new person the narrative just spoke of speaks.
  const asking = putsQuestion(quoteText(ctx, c));
  const subject = floatingSubject(ctx.mentions, ctx.speeches, c, last, ctx.doc, asking);
  if (subject === UNNAMED) return { entities: [] };
  if (subject) return { entities: [subject] };
  // `“…?” ¶ “Betul, Yang Mulia.”`: in an exchange, the one asked answers.
  const turn = turnTaker(ctx.speeches, c, asking);
  return { entities: turn ?? last ?? [] };
}

/**
 * The words of quote `c` as its paragraph writes them, with the punctuation and closing mark the
 * quote's trimmed range leaves out (`membuat?”`, `benar?!”`).
 */
const quoteText = (ctx: ResolveContext, c: Candidate): string =>
  (ctx.texts.get(c.paragraph) ?? '').slice(c.start, c.end + CLOSE_REACH);

/** How many characters after a quote's words its final punctuation and closing mark take. */
const CLOSE_REACH = 3;

/**
 * `kata kapolda`, `Pihak rumah sakit menegaskan` (the mention's `text`): a bare head in lowercase
 * still means the one entity introduced with it; an indefinite description stays unnamed.
 */
function unnamedSpeakers(
  ctx: ResolveContext,
  c: Candidate,
  text: string,
  at: Pos,
  last: readonly Entity[] | null,
): Choice {
  const holder = ctx.cast.byHead(text, at) ?? introducedHolder(ctx, c, text, at);
  // With two holders (`Pelatih X Budi` … `Pelatih Y Rudi`), the one whose statement it
  // follows, as for a capitalised title (title-speaker.ts).
  const lastOne = last?.length === 1 ? last[0]! : null;
  const own =
    holder && lastOne && featureOn('discourse.lastHolderHead') && holdsTitle(lastOne, text);
  return { entities: own ? [lastOne] : holder ? [holder] : [] };
}

/**
 * A paragraph of a multi-paragraph quote takes the speaker of the first direct quote in a later
 * paragraph (where the quote's end is attributed). Read back in one pass, not with a search
 * forward per paragraph: `out` is in text order, so the direct quotes after `i` hold `next` (the
 * nearest) and, past the others of its paragraph, `beyond` (the nearest in a later one).
 */
function runOnSpeakers(out: Resolved[]): void {
  let next: Resolved | undefined;
  let beyond: Resolved | undefined;
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i]!;
    if (c.runsOn) {
      const end = next && next.paragraph > c.paragraph ? next : beyond;
      if (end) c.entities = end.entities;
    }
    if (c.type !== 'direct') continue;
    if (next?.paragraph !== c.paragraph) beyond = next;
    next = c;
  }
}

/**
 * Resolves every candidate; `cands` must be in text order. `decisions`, when given, receives each
 * choice the discourse model made.
 */
export function resolveAll(
  cands: readonly Candidate[],
  cast: Cast,
  body: readonly BodyParagraph[],
  decisions?: Decision[],
): Resolved[] {
  const ctx = resolveContext(cast, body, decisions);
  const { speeches } = ctx;
  const out: Resolved[] = [];
  for (const c of cands) {
    const last = speeches.length ? speeches[speeches.length - 1]!.entities : null;
    const at = pos(c.paragraph, Math.min(c.at, c.start));
    const { entities, antecedent } = speakersOf(ctx, c, at, last);
    out.push(antecedent ? { ...c, entities, antecedent } : { ...c, entities });
    // A statement embedded in another sentence leaves the pronoun state to that sentence.
    if (c.embedded) continue;
    const direct = c.type === 'direct';
    const asking = direct && lastQuoteAsks(quoteText(ctx, c));
    speeches.push({
      entities,
      start: at,
      end: pos(c.paragraph, Math.max(c.end, c.at)),
      direct,
      asks: asking,
      cued: !!c.cue,
      runsOn: !!c.runsOn,
      askingCue: cueIn(ASKING_CUES, c.cue),
    });
  }
  runOnSpeakers(out);
  return out;
}
