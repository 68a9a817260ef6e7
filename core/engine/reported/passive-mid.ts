/**
 * A passive cue inside the sentence with its agent and then the predicate: `Kondisi itu dinilai
 * X lebih buruk …`, `Harga beras diakui sejumlah pedagang terus naik`. The agent asserts the
 * predicate of the sentence's subject; the reported text is the predicate after the agent, as
 * the gold files mark it.
 */
import { INDEFINITE, PLURAL, SINGULAR } from '../../lexicon/pronouns';
import { mentionAfter } from '../names/mention-after';
import { isPredicate } from './noun-object';
import { hit, type Hit } from './reported-clause';
import { clauseOf, mentionEnd, type RuleInput } from './reported-rule';
import type { Token } from '../text/text';
import { startsLetter } from '../text/chars';

/** Passives of judging and admitting cues that take their agent straight after them. */
const MID_PASSIVES = new Set(
  'dinilai diakui disebut dianggap diyakini diperkirakan diprediksi dipandang'.split(' '),
);

/** Degree and aspect words that open an adjective predicate (`lebih buruk`, `terus naik`). */
const PREDICATE_OPENERS = new Set('lebih kurang makin semakin paling terlalu agak'.split(' '));

/** `S dinilai X <predicate>`: the agent X reports the predicate; null for any other shape. */
export function passiveMid(input: RuleInput, i: number): Hit | null {
  return MID_PASSIVES.has(input.toks[i]!.text) ? passiveMidAt(input, i) : null;
}

/**
 * passiveMid at a passive cue: a function of its own behind its test, so that an article without
 * one compiles only the test (engine README: guards before bodies).
 */
function passiveMidAt(input: RuleInput, i: number): Hit | null {
  const { p, toks, s, ev } = input;
  const t = toks[i]!;
  // A subject must come first: at the sentence start the passive opens the sentence instead.
  const prev = toks[i - 1];
  if (!prev || prev.start < s.start || !startsLetter(prev.text)) return null;
  const from = toks[i + 1]?.text === 'oleh' ? i + 2 : i + 1;
  const first = toks[from]?.lower ?? '';
  // No agent (`diyakini akan menjadi …`) is the writer's hedge, not anyone's statement.
  if (SINGULAR.has(first) || PLURAL.has(first) || opensPredicate(toks[from]!)) return null;
  const mention = mentionAfter(toks, from, p.text, ev);
  // The agent is a name or an unnamed group opened by its determiner (`sejumlah pedagang`);
  // other lowercase words after the passive are its complement (`diperkirakan cukup …`).
  const unnamed = mention?.kind === 'anonymous' && INDEFINITE.has(first);
  if (!mention || (mention.kind !== 'named' && !unnamed)) return null;
  const end = mentionEnd(p.text, mention, t.end);
  let k = from;
  // An unnamed agent's description ends where the predicate starts (`sejumlah pedagang | terus`).
  while (k < toks.length && toks[k]!.end <= end && !(k > from && opensPredicate(toks[k]!))) k++;
  if (!toks[k] || !opensPredicate(toks[k]!)) return null;
  const agent =
    mention.kind === 'anonymous'
      ? { kind: 'anonymous' as const, text: p.text.slice(toks[from]!.start, toks[k - 1]!.end) }
      : mention;
  // Two words suffice: the clause opens with a predicate (`lebih buruk`).
  const c = clauseOf(input, k, 2);
  if (!c) return null;
  return hit(p, c, t, agent, t.start);
}

/** True when token `t` can open the asserted predicate (`sebagai` is a naming, not a claim). */
function opensPredicate(t: Token): boolean {
  return t.text !== 'sebagai' && (isPredicate(t.text) || PREDICATE_OPENERS.has(t.text));
}
