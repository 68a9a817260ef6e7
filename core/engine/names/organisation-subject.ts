/**
 * An organisation named by its kind alone as the subject of a reporting clause, after the text
 * named it in full: `Perusahaan juga mengklaim …`, `Dalam keterangan tertulis, kementerian
 * menegaskan …`, `Maskapai itu juga menyatakan …`, `Rumah sakit juga meminta …`. Read as a title
 * mention (its kind), which discourse/title-speaker.ts resolves to the organisation meant; read as
 * a name, it made a new organisation called `Kementerian`, or no quote at all.
 */
import { CHANNEL_PREPOSITION_SET } from '../../lexicon/cues';
import { DEFINITE } from '../../lexicon/pronouns';
import { ORGANISATION_KIND_SET, ORGANISATION_KINDS } from '../../lexicon/organisation-kinds';
import { featureOn } from '../features';
import type { Token } from '../text/text';
import type { Mention } from './mention';
import { isKindNoun } from '../cast/kind-noun';
import { SPACE_RUNS } from '../text/string-scans';

/**
 * The kinds of two words (ORGANISATION_KINDS writes them hyphenated: `rumah-sakit`), by their
 * second word, with their first.
 */
const TWO_WORD_KINDS: ReadonlyMap<string, string> = new Map(
  ORGANISATION_KINDS.filter(k => k.includes('-')).map(k => {
    const [first, second] = k.split('-');
    return [second!, first!];
  }),
);

/** Sentence ends before a subject opening its sentence. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);

/**
 * The organisation kind of `text` (`perusahaan`, `Kementerian`, `maskapai itu`, `rumah sakit`),
 * lowercase with a two-word kind hyphenated, or null when it is none.
 */
export function organisationKind(text: string): string | null {
  const words = text.toLowerCase().split(SPACE_RUNS);
  if (DEFINITE.has(words[words.length - 1]!)) words.pop();
  const kind = words.join('-');
  return ORGANISATION_KIND_SET.has(kind) ? kind : null;
}

/**
 * True when the subject starting at token `s` opens its clause: at a sentence start, or after the
 * comma closing a fronted channel (`Dalam keterangan resmi yang diterima wartawan, perusahaan …`).
 */
function opensClause(toks: readonly Token[], s: number): boolean {
  const prev = toks[s - 1]?.text;
  if (prev === undefined || SENTENCE_ENDS.has(prev)) return true;
  if (prev !== ',') return false;
  let j = s - 2;
  while (j > 0 && !SENTENCE_ENDS.has(toks[j - 1]!.text)) j--;
  return j >= 0 && CHANNEL_PREPOSITION_SET.has(toks[j]!.lower);
}

/**
 * The organisation kind ending at token `k` before a cue (with its demonstrative, if any) as a
 * title mention, when it opens its clause; null otherwise (names.organisationKindSubject).
 */
export function organisationKindBefore(
  toks: readonly Token[],
  k: number,
  text: string,
): Mention | null {
  if (!featureOn('names.organisationKindSubject')) return null;
  let s = DEFINITE.has(toks[k]?.lower ?? '') ? k - 1 : k;
  // `rumah sakit`: a kind of two words.
  if (toks[s - 1] && TWO_WORD_KINDS.get(toks[s]!.lower) === toks[s - 1]!.lower) s--;
  if (s < 0 || !opensClause(toks, s)) return null;
  const span = text.slice(toks[s]!.start, toks[k]!.end);
  const kind = organisationKind(span);
  if (!kind) return null;
  // A kind the cast resolves by the names of that kind (cast/kind-noun.ts): at a sentence's start
  // its own reading (`Perusahaan menyatakan`); after a fronted channel (`…, perusahaan
  // menyatakan`), read as the name it takes there.
  if (s === k && isKindNoun(kind)) {
    if (!toks[k - 1] || SENTENCE_ENDS.has(toks[k - 1]!.text)) return null;
    const name = toks[k]!.text;
    return {
      kind: 'named',
      refs: [{ name, role: null, kind: 'organization', alias: null }],
      text: name,
    };
  }
  return { kind: 'title', title: span, text: span };
}
