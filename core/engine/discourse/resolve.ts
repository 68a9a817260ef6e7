/**
 * Ties each found quote to entities, in text order: names through the cast (short → full), a
 * title to the person holding it, floating quotes to the previous speaker, and every mention that
 * points back — `dia`/`ia`/`beliau`/`-nya`/`mereka`, a description closed by `itu`/`ini` — to the
 * antecedent the discourse model (antecedent-model.ts) scores best. Unnamed speakers stay unnamed.
 */
import type { BodyParagraph, Candidate } from '../candidate';
import type { Cast } from '../cast/cast';
import { pos, type Entity, type Pos } from '../cast/entity';
import { bestCandidate } from './antecedent-model';
import {
  antecedentCandidates,
  type AntecedentCandidate,
  type PointingKind,
  type Speech,
} from './candidates';
import { DocIndex } from './doc-index';
import { QuotedWords } from './quoted-words';
import { appositiveHead, personByEnd } from './appositive';
import { agentAfter } from './agent-after';
import { CONTINUING_CUES } from '../../lexicon/cues';
import { PERSON_NOUNS } from '../../lexicon/pronouns';
import { holdsTitle } from '../cast/role-head';
import { discourseMentions } from './discourse-mentions';
import { organisationHead, organisationMeant } from './organisation-description';
import { featureOn } from '../features';
import { isLowerOrHyphenCp, runOf, startsLower } from '../text/chars';

/**
 * `wanita`, `pria paruh baya`, `perempuan berkerudung`: a person noun with at most two lowercase
 * modifiers (no number, no capital, which would tie it to someone introduced earlier).
 */
function isPersonDescription(title: string): boolean {
  const words = title.split(/\s+/u);
  const head = words[0] === 'seorang' || words[0] === 'sang' ? words.slice(1) : words;
  return (
    head.length >= 1 &&
    head.length <= 3 &&
    PERSON_NOUNS.has(head[0]!) &&
    head.every(w => startsLower(w) && runOf(w, isLowerOrHyphenCp) > 0)
  );
}

/**
 * A mention that describes rather than names its speaker: a title, an unnamed description, or a
 * lowercase role holding somebody else's name (`kuasa hukum Andi Wijaya`).
 */
const describes = (m: NonNullable<Candidate['mention']>): boolean =>
  m.kind === 'title' || m.kind === 'anonymous' || (m.kind === 'named' && startsLower(m.text));

/**
 * True when the candidate breaks agreement (a place, an organisation for `dia`, one person for
 * `mereka`): when nothing else is left, the mention stays unnamed rather than name a wrong one.
 */
const disagrees = (a: AntecedentCandidate): boolean =>
  a.features.place + a.features.organisationForPerson + a.features.numberMismatch > 0;

/** `X, lanjutnya, harus …`: the cue stands between commas after the statement's opening words. */
function insertedCue(text: string, c: Candidate): boolean {
  if (!c.cue || !featureOn('discourse.statementSubject')) return false;
  // `, lanjutnya,` — or `, he said,`, where the cue's position is the pronoun's before it.
  const k = text.indexOf(c.cue, c.at);
  if (k < 0 || k - c.at > 24) return false;
  const before = text.slice(Math.max(0, k - 24), k);
  return /,\s*(?:[A-Za-z]+\s+)?$/u.test(before) && text[k + c.cue.length] === ',';
}

/** True when `cue` adds to a statement: `tambahnya`, `menambahkan`, `added`. */
function continuing(cue: string | null): boolean {
  const w = cue?.toLowerCase() ?? '';
  return CONTINUING_CUES.has(w) || (w.endsWith('nya') && CONTINUING_CUES.has(w.slice(0, -3)));
}

/** The organisation head of a description (`the agency`), when that feature is on. */
const orgDescription = (text: string): string | null =>
  featureOn('discourse.organisationDescription') ? organisationHead(text) : null;

/** A candidate with its speakers. */
export interface Resolved extends Candidate {
  entities: readonly Entity[];
  /**
   * For a mention that points back (`ujarnya`, `kata dia`, `peneliti ini`): the antecedent the
   * discourse model chose, and the body paragraph where it was last mentioned or last spoke.
   */
  antecedent?: { paragraph: number; via: 'speaker' | 'mention' };
}

/** What the model chose for one mention: the speakers, and the antecedent to explain them. */
interface Choice {
  entities: readonly Entity[];
  antecedent?: Resolved['antecedent'];
}

/** One choice of the discourse model, for fitting its weights (scripts/fit-discourse.ts). */
export interface Decision {
  quote: Candidate;
  kind: PointingKind;
  candidates: AntecedentCandidate[];
  chosen: number;
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
  const doc = new DocIndex(body);
  const byEnd = featureOn('discourse.appositive') ? personByEnd(cast) : new Map<Pos, Entity>();
  const texts = doc.texts;
  const mentions = discourseMentions(cast, texts);
  const words = new QuotedWords(texts);
  /** `Budi Santoso, pengamat ekonomi, menilai`: the person a description read at a cue follows. */
  const described = (c: Candidate, text: string): Entity | null => {
    const para = texts.get(c.paragraph) ?? '';
    // Looked for near the cue only: a search back through a long line for every quote is quadratic.
    const from = Math.max(0, c.at - text.length - 200);
    const k = para.slice(from, c.at + text.length).lastIndexOf(text);
    return k >= 0 ? appositiveHead(byEnd, c.paragraph, para, from + k, text) : null;
  };
  const speeches: Speech[] = [];
  const out: Resolved[] = [];
  /** The discourse model's choice for a mention of `kind` at `from`. */
  const pointBack = (c: Candidate, kind: PointingKind, from: Pos): Choice => {
    // A person the quote names by a word of their name is talked about in it.
    const quoted = (es: readonly Entity[]): boolean =>
      es.some(
        e => e.kind === 'person' && e.tokens.some(t => words.has(c.paragraph, t, c.start, c.end)),
      );
    const insertedAt = insertedCue(texts.get(c.paragraph) ?? '', c) ? pos(c.paragraph, c.at) : -1;
    const context = { continuing: continuing(c.cue), quoted, insertedAt };
    const found = antecedentCandidates(from, kind, mentions, speeches, doc, context);
    const best = bestCandidate(found);
    decisions?.push({ quote: c, kind, candidates: found, chosen: best });
    const a = found[best];
    return a && !(featureOn('discourse.agreementRequired') && disagrees(a))
      ? {
          entities: a.entities,
          antecedent: { paragraph: doc.paragraphIndex(a.latest), via: a.via },
        }
      : { entities: [] };
  };
  for (const c of cands) {
    const m = c.mention;
    const last = speeches.length ? speeches[speeches.length - 1]!.entities : null;
    const at = pos(c.paragraph, Math.min(c.at, c.start));
    let choice: Choice | null = null;
    let entities: readonly Entity[] = [];
    // A quote without a cue goes on from the previous speaker, unless a passive reporting verb
    // right after it credits somebody (`“…” Hal itu disampaikan X`).
    const head = m && describes(m) ? described(c, m.text) : null;
    const agent = m ? null : agentAfter(pos(c.paragraph, c.end), mentions, texts);
    if (agent) entities = [agent];
    else if (!m) entities = last ?? [];
    else if (head) entities = [head];
    else if (m.kind === 'named')
      entities = m.refs.map(r => cast.entityOf(r)).filter((e): e is Entity => !!e);
    else if (m.kind === 'pronoun') choice = pointBack(c, m.plural ? 'group' : 'person', at);
    else if (m.kind === 'nya') choice = pointBack(c, 'nya', at);
    else if (m.kind === 'title' && orgDescription(m.text)) {
      // `The ministry also said`, `Organisasi itu juga meminta`: an organisation, never a person.
      // The description's own words (`Organisasi itu`) are read as a run too: look before them.
      const from = Math.min(at, doc.startOf(c.paragraph, m.text, c.at));
      const org = organisationMeant(cast.records, from, last);
      entities = org ? [org] : [];
    } else if (m.kind === 'title') {
      // `kata Kapolda`: the person holding the title; with two holders (`Presiden AS …`,
      // `Presiden Rusia …`) the last speaker when they hold it.
      const byRole = cast.byTitle(m.title, at) ?? cast.byHead(m.title, at);
      const lastOne = last?.length === 1 ? last[0]! : null;
      const holder = byRole && lastOne && holdsTitle(lastOne, m.title) ? lastOne : byRole;
      // `Menurut peneliti kesehatan ini, …`: a description closed by a demonstrative that no
      // known role matches points back like `dia`; `ujar wanita itu` (a person described by sex
      // or age alone) was never named.
      // English: `the 31-year-old said`, `the Egyptian minister said` point back the same way.
      const back = /\b(?:itu|tersebut|ini)$/u.test(m.text) || /^the /iu.test(m.text);
      if (holder) entities = [holder];
      else if (back && !isPersonDescription(m.title))
        // The description's own words (`Ketua Panitia Acara ini mengatakan`) are no antecedent.
        choice = pointBack(c, 'description', Math.min(at, doc.startOf(c.paragraph, m.text, c.at)));
    } else {
      // `kata kapolda`, `Pihak rumah sakit menegaskan`: a bare head in lowercase still means the
      // one entity introduced with it; an indefinite description stays unnamed.
      const holder = m.kind === 'anonymous' ? cast.byHead(m.text, at) : null;
      entities = holder ? [holder] : [];
    }
    if (choice) entities = choice.entities;
    const antecedent = choice?.antecedent;
    out.push(antecedent ? { ...c, entities, antecedent } : { ...c, entities });
    // A statement embedded in another sentence leaves the pronoun state to that sentence.
    if (c.embedded) continue;
    speeches.push({
      entities,
      start: at,
      end: pos(c.paragraph, Math.max(c.end, c.at)),
    });
  }
  // A paragraph of a multi-paragraph quote takes the speaker named at the quote's end.
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i]!;
    if (!c.runsOn) continue;
    const next = out.slice(i + 1).find(n => n.type === 'direct' && n.paragraph > c.paragraph);
    if (next) c.entities = next.entities;
  }
  return out;
}
