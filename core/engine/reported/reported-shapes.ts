/**
 * The less common shapes of reported speech: a passive cue opening the sentence (`Disampaikan X,
 * …`), a speaker and a colon without marks (`X: …`), and `kata dia` inside the clause without
 * commas. Each is read only where it cannot be confused with prose.
 */
import { PASSIVE_CUE_SET, PRE_CUE_SET, PREDICATIVE_CUE_SET } from '../../lexicon/cues';
import { featureOn } from '../features';
import { hasMainPredicate, isNounObject } from './noun-object';
import { sayingCue, urgesClause } from './pre-cue';
import { PLURAL, SINGULAR } from '../../lexicon/pronouns';
import { NYA_MENTION, type Mention } from '../names/mention';
import { mentionAfter } from '../names/mention-after';
import { mentionBefore } from '../names/mention-before';
import { isRunToken } from '../names/name-run';
import { hit, type Hit } from './reported-clause';
import { clauseOf, mentionEnd, tokenPast, type RuleInput } from './reported-rule';
import { tokenIndexAt } from '../text/text';
import { startsLetter, startsLower } from '../text/chars';

/**
 * `Disampaikan (oleh) X, …` / `Seperti dikatakan X, …`: a passive cue opening the sentence; the
 * clause follows the speaker's comma.
 */
export function passiveLead(input: RuleInput, i: number): Hit | null {
  const { p, toks, s, ev } = input;
  const t = toks[i]!;
  // Where the token stands is asked first: this rule is tried at every token, and few open a
  // sentence, so most are turned away before their word is lowercased.
  const opener = toks[i - 1];
  const first = !opener || opener.start < s.start;
  const afterLike =
    !!opener &&
    (opener.text === 'Seperti' || opener.text === 'Sebagaimana') &&
    (toks[i - 2]?.start ?? -1) < s.start;
  if (!first && !afterLike) return null;
  const lw = t.lower;
  // `Dikatakannya, …` / `Diakuinya, …`: the agent is the -nya, the last speaker.
  const nya = lw.endsWith('nya') && PASSIVE_CUE_SET.has(lw.slice(0, -3));
  if (!PASSIVE_CUE_SET.has(lw) && !nya) return null;
  // `Ditegaskan bahwa …` names no agent: the paragraph's speaker, as a `-nya` would be.
  if (first && !nya && toks[i + 1]?.text === 'bahwa') {
    const c = clauseOf(input, i + 1);
    if (!c) return null;
    return hit(p, c, t, NYA_MENTION, t.start);
  }
  const from = toks[i + 1]?.text === 'oleh' ? i + 2 : i + 1;
  const mention: Mention | null = nya ? NYA_MENTION : mentionAfter(toks, from, p.text, ev);
  if (!mention || mention.kind === 'pronoun') return null;
  const k = nya ? from : tokenPast(toks, from, mentionEnd(p.text, mention, t.end));
  if (toks[k]?.text !== ',') return null;
  const c = clauseOf(input, k);
  if (!c) return null;
  return hit(p, c, t, mention, (opener && afterLike ? opener : t).start);
}

/**
 * `Ketua Komisi IV DPR Dedi Mulyana: pemerintah harus …`: a named speaker opening the sentence,
 * a colon, then the statement without marks (interview and briefing copy).
 */
export function colonCue(input: RuleInput, i: number): Hit | null {
  return input.toks[i]!.text === ':' ? colonCueAt(input, i) : null;
}

/**
 * colonCue at a colon: a function of its own behind its test, so that an article without one
 * compiles only the test (engine README: guards before bodies).
 */
function colonCueAt(input: RuleInput, i: number): Hit | null {
  const { p, toks, s, ev } = input;
  const t = toks[i]!;
  if (!isRunToken(toks[i - 1])) return null;
  const next = toks[i + 1];
  // A mark after the colon is a direct quote (direct-quotes.ts); a digit is a time (`10:30`).
  if (!next || !startsLetter(next.text)) return null;
  const mention = mentionBefore(toks, i, p.text, ev);
  if (!mention || mention.kind !== 'named') return null;
  const firstTok = toks[tokenIndexAt(toks, s.start)];
  if (!firstTok || p.text.indexOf(mention.text, s.start) !== firstTok.start) return null;
  const c = clauseOf(input, i);
  if (!c) return null;
  // No cue word: as with `X: “…”`, the colon is punctuation, not a cue.
  return { ...hit(p, c, t, mention, firstTok.start), cue: null };
}

/**
 * `Pemerintah kata dia akan …`: `kata` + pronoun inside the clause, without commas. Read only with
 * a pronoun (a name after `kata` may be the noun "word") and within the sentence's first words;
 * the clause is what follows the pronoun.
 */
export function bareKata(input: RuleInput, i: number): Hit | null {
  return input.toks[i]!.text === 'kata' ? bareKataAt(input, i) : null;
}

/**
 * bareKata at `kata`: a function of its own behind its test, so that an article without one
 * compiles only the test (engine README: guards before bodies).
 */
function bareKataAt(input: RuleInput, i: number): Hit | null {
  const { p, toks, s } = input;
  const t = toks[i]!;
  const prev = toks[i - 1];
  const pron = toks[i + 1]?.lower ?? '';
  if (!prev || prev.start < s.start || !startsLetter(prev.text)) return null;
  if (!SINGULAR.has(pron) && !PLURAL.has(pron)) return null;
  if (tokenIndexAt(toks, t.start) - tokenIndexAt(toks, s.start) > 4) return null;
  const c = clauseOf(input, i + 2);
  if (!c) return null;
  const mention: Mention = { kind: 'pronoun', plural: PLURAL.has(pron), text: toks[i + 1]!.text };
  return hit(p, c, t, mention, s.start);
}

/**
 * `…, dengan menambahkan bahwa …`: a cue in a `dengan` adjunct continues the sentence's speaker
 * (or the last one), as a `-nya` would; the clause follows `bahwa` or a comma.
 */
export function withCue(input: RuleInput, i: number): Hit | null {
  const { p, toks } = input;
  const t = toks[i]!;
  const cue = toks[i + 1];
  if (t.text !== 'dengan' || !cue || !PRE_CUE_SET.has(cue.text)) return null;
  if (toks[i + 2]?.text !== 'bahwa' && toks[i + 2]?.text !== ',') return withCueBare(input, i);
  const c = clauseOf(input, i + 2);
  if (!c) return null;
  return hit(p, c, cue, NYA_MENTION, t.start);
}

/**
 * `X mengakhiri kunjungan dengan memastikan jembatan darurat dibangun`, `X menutup apel
 * dengan meminta lurah mendata warga terdampak`: the `dengan` cue takes its clause straight, as a pre-posed cue does, when
 * the words after it are a clause, not the verb's object (`dengan menyampaikan salam`), and an
 * urging verb urges a clause (reported.withCueBare). The cue follows a verb of the sentence's
 * subject (`menutup rapat dengan …`), never opens it.
 */
function withCueBare(input: RuleInput, i: number): Hit | null {
  const { p, toks, s } = input;
  if (!featureOn('reported.withCueBare') || !startsLower(toks[i - 1]?.text ?? '')) return null;
  if (toks[i - 1]!.start < s.start) return null;
  const cue = toks[i + 1]!;
  const c = clauseOf(input, i + 2);
  if (!c || c.start !== toks[i + 2]?.start) return null;
  const text = p.text.slice(c.start, c.end);
  if (PREDICATIVE_CUE_SET.has(cue.lower)) return null;
  if (isNounObject(text, false, sayingCue(cue), false) || !hasMainPredicate(text)) return null;
  if (!urgesClause(p.text, cue, c, true)) return null;
  return hit(p, c, cue, NYA_MENTION, toks[i]!.start);
}
