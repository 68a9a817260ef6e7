/**
 * English subjects that name nobody (en.republika.co.id): `Residents said …`, `…, officials said
 * on Monday.`, `A fisherman who has lived here for 40 years said …`. An indefinite or a bare plural
 * description headed by a person noun (ROLE_HEADS) is an unnamed speaker; a relative clause after
 * it (`who …`) only describes them. The `the` descriptions are english-description.ts's.
 */
import {
  EN_COLLECTIVE_HEADS,
  EN_DESCRIPTION_OPENER_SET,
  EN_HEAD_PREPOSITIONS,
  EN_INDEFINITE_ARTICLES,
  EN_UNNAMED_HEADS,
} from '../../lexicon/cues-en';
import { ROLE_HEAD_SET } from '../../lexicon/roles';
import { EN_ORG_HEAD_SET } from '../../lexicon/organisations-en';
import { featureOn } from '../features';
import type { Mention } from './mention';
import type { Token } from '../text/text';
import { isAllLower, startsAlnum, startsLower } from '../text/chars';
import { englishSingular } from './english-plural';
import { isBracketedCapitalised } from '../text/bracketed';

/** The most words a description may hold before its head (`a 60-year-old rice farmer`). */
const MAX_WORDS = 5;
/** The most tokens a relative clause may hold between the head and the cue. */
const MAX_RELATIVE = 12;

const INDEFINITE: ReadonlySet<string> = new Set(EN_INDEFINITE_ARTICLES);
/**
 * `Another baker said`: `another` opens an unnamed subject as `a` does
 * (names.englishAnotherSubject).
 */
const opensIndefinite = (w: string): boolean =>
  INDEFINITE.has(w) || (w === 'another' && featureOn('names.englishAnotherSubject'));
const HEAD_PREPOSITIONS: ReadonlySet<string> = new Set(EN_HEAD_PREPOSITIONS);
const UNNAMED_HEADS: ReadonlySet<string> = new Set(EN_UNNAMED_HEADS);

/**
 * The head ending at token `k` is a person noun: singular after `a`, plural on its own; or a
 * crowd of organisations nobody named (`Consumer groups said`, `Labour unions urged`: a plural
 * organisation head), or a family (EN_COLLECTIVE_HEADS) (names.englishGroupCrowd).
 */
function personHead(w: string, indefinite: boolean): boolean {
  const isHead = (x: string) => ROLE_HEAD_SET.has(x) || UNNAMED_HEADS.has(x);
  if (collectiveHead(w)) return true;
  if (indefinite) return isHead(w);
  const one = englishSingular(w);
  if (one && one !== w && EN_ORG_HEAD_SET.has(one) && featureOn('names.englishGroupCrowd'))
    return true;
  return !!one && one !== w && isHead(one);
}

const COLLECTIVE_HEADS: ReadonlySet<string> = new Set(EN_COLLECTIVE_HEADS);

/** A family as a speaker (EN_COLLECTIVE_HEADS), which may take `the` or a possessive. */
const collectiveHead = (w: string): boolean =>
  COLLECTIVE_HEADS.has(w) && featureOn('names.englishGroupCrowd');

/**
 * The tokens that may be the head of a description whose tail ends at `k`, nearest first: `k`
 * itself, then the word before each `who` or preposition opening a tail (`a farmer who has worked
 * these fields for 30 years`, `a source at the ministry`). A relative clause set off by commas
 * (`a trader, who asked not to be named,`) counts when `k` is its closing comma.
 */
function headCandidates(toks: readonly Token[], k: number): number[] {
  const closing = toks[k]!.text === ',';
  const tails = featureOn('names.englishUnnamedTail');
  if (closing && !tails) return [];
  const end = closing ? k - 1 : k;
  const out = closing ? [] : [k];
  for (let j = end; j > 0 && end - j < MAX_RELATIVE; j--) {
    const w = toks[j]!.text;
    if (w === 'who') {
      const opensAside = toks[j - 1]!.text === ',';
      // `Another returnee, a mother from X who asked not to be named, said`: an appositive closed
      // by the comma before the cue, its relative clause not set off
      // (names.englishAppositiveRelative).
      const appositive = closing && !opensAside && featureOn('names.englishAppositiveRelative');
      if (opensAside !== closing && !appositive) return out;
      const head = opensAside ? j - 2 : j - 1;
      out.push(head);
      // `a woman from X, who asked not to be named,`: the head before the tail the clause follows
      // (`a vendor at a stall near X, who …`: before each of its prepositions, nearest first).
      // `a boat guide in X who asked not to be named said`: so too before a clause not set off.
      if (tails && (closing || featureOn('names.englishTailBeforeRelative')))
        out.push(...headsBeforeTail(toks, head));
      return out;
    }
    if (!closing && tails && (HEAD_PREPOSITIONS.has(w) || participleTail(w))) out.push(j - 1);
    else if (!startsAlnum(w) && w !== '-') return out;
  }
  return out;
}

/**
 * `a housewife shopping at the market in X said`, `a driver waiting outside said`: a lowercase
 * present participle after the head opens a tail that only places the person, as a preposition
 * does.
 */
function participleTail(w: string): boolean {
  // `/^\p{Ll}+ing$/u` as a scan (no Unicode class compiled on a cold start).
  return (
    featureOn('names.englishUnnamedParticiple') &&
    w.length > 4 &&
    w.endsWith('ing') &&
    isAllLower(w)
  );
}

/**
 * The words before the prepositions of a tail that ends at token `k`, nearest first (`woman` in `a
 * woman from South X`; `stall`, then `vendor` in `a vendor at a stall near X`), and the word
 * before a relative clause that opens the tail; none when no such tail ends there.
 */
function headsBeforeTail(toks: readonly Token[], k: number): number[] {
  const heads: number[] = [];
  for (let j = k; j > 0 && k - j < MAX_RELATIVE; j--) {
    const w = toks[j]!.text;
    if (HEAD_PREPOSITIONS.has(w)) heads.push(j - 1);
    // `a fan who came from X to watch the derby, who …`: the head before an earlier relative clause.
    else if (w === 'who' && featureOn('names.englishStackedRelative')) return [...heads, j - 1];
    else if (!startsAlnum(w)) return heads;
  }
  return heads;
}

/**
 * The unnamed description ending at token `k`, right before a cue, or null: an optional `a`/`an`,
 * a few modifiers and a lowercase person noun, opening its clause (EN_DESCRIPTION_OPENER_SET or
 * the paragraph start).
 */
export function englishUnnamedBefore(
  toks: readonly Token[],
  k: number,
  text: string,
): Mention | null {
  for (const head of headCandidates(toks, k)) {
    const s = descriptionStart(toks, head);
    if (s !== null) return { kind: 'anonymous', text: text.slice(toks[s]!.start, toks[k]!.end) };
  }
  return null;
}

/**
 * Where the unnamed description with its head at token `head` starts (an optional indefinite and a
 * few modifiers, opening its clause), or null when `head` is no lowercase person noun there.
 */
function descriptionStart(toks: readonly Token[], head: number): number | null {
  const h = toks[head];
  if (!h) return null;
  if (!startsLower(h.text)) return sentenceCrowd(toks, head) ? head : null;
  let s = head;
  // `An Agency (ABA) spokesperson`: the organisation's bracketed acronym is one of its modifiers.
  const modifier = (t: Token) => startsAlnum(t.text) || isBracketedCapitalised(t.text);
  while (s > 0 && head - s < MAX_WORDS && modifier(toks[s - 1]!)) {
    if (opensIndefinite(toks[s - 1]!.lower)) {
      s--;
      break;
    }
    if (toks[s - 1]!.lower === 'the') {
      if (!collectiveHead(h.lower)) return null;
      s--;
      break;
    }
    s--;
  }
  if (s > 0 && !EN_DESCRIPTION_OPENER_SET.has(toks[s - 1]!.text)) return null;
  return personHead(h.lower, opensIndefinite(toks[s]!.lower)) ? s : null;
}

/**
 * `Officials said …`, `Villagers told …`: a bare plural person noun opening its clause is a crowd
 * nobody named, as it is mid-sentence; only its capital (the sentence's first letter) differs, so
 * it would otherwise read as a one-word name.
 */
function sentenceCrowd(toks: readonly Token[], head: number): boolean {
  if (!featureOn('names.englishCapitalCrowd')) return false;
  if (head > 0 && !EN_DESCRIPTION_OPENER_SET.has(toks[head - 1]!.text)) return false;
  return personHead(toks[head]!.lower, false);
}

/** Determiners of an unnamed speaker after an inverted cue (`said a buyer`, `said another driver`). */
const AFTER_CUE_DETERMINERS: ReadonlySet<string> = new Set([...EN_INDEFINITE_ARTICLES, 'another']);

/**
 * `“…,” said a buyer.`, `said another driver`, `said one of the women, who declined to give her
 * name`: after an English cue, an indefinite determiner (or `one of the`) and a few modifiers up
 * to a lowercase person noun (personHead), ending the clause — at a mark, `who`, or a preposition
 * that places the person — is a speaker nobody named, or null (names.englishUnnamedAfterCue).
 */
export function englishUnnamedAfter(
  toks: readonly Token[],
  i: number,
  text: string,
): Mention | null {
  if (!featureOn('names.englishUnnamedAfterCue')) return null;
  const det = toks[i]?.lower ?? '';
  if (!AFTER_CUE_DETERMINERS.has(det)) return null;
  // `one of the women`: a member of a crowd, its head plural.
  const member = det === 'one' && toks[i + 1]?.lower === 'of' && toks[i + 2]?.lower === 'the';
  const from = member ? i + 3 : i + 1;
  let head = -1;
  for (let k = from; k < toks.length && k - from < MAX_WORDS; k++) {
    const w = toks[k]!;
    if (!startsLower(w.text) || !startsAlnum(w.text)) break;
    if (w.lower === 'who' || HEAD_PREPOSITIONS.has(w.lower)) break;
    if (personHead(w.lower, !member)) head = k;
    else if (head >= 0) return null;
  }
  if (head < 0) return null;
  const next = toks[head + 1];
  if (next && startsAlnum(next.text) && next.lower !== 'who' && !HEAD_PREPOSITIONS.has(next.lower))
    return null;
  return { kind: 'anonymous', text: text.slice(toks[i]!.start, toks[head]!.end) };
}
