/**
 * English subjects that name nobody (en.republika.co.id): `Residents said …`, `…, officials said
 * on Monday.`, `A fisherman who has lived here for 40 years said …`. An indefinite or a bare plural
 * description headed by a person noun (ROLE_HEADS) is an unnamed speaker; a relative clause after
 * it (`who …`) only describes them. The `the` descriptions are english-description.ts's.
 */
import { EN_DESCRIPTION_OPENER_SET, EN_INDEFINITE_ARTICLES } from '../../lexicon/cues-en';
import { ROLE_HEAD_SET } from '../../lexicon/roles';
import type { Mention } from './mention';
import type { Token } from '../text/text';
import { startsAlnum, startsLower } from '../text/chars';
import { englishSingular } from './english-plural';

/** The most words a description may hold before its head (`a 60-year-old rice farmer`). */
const MAX_WORDS = 5;
/** The most tokens a relative clause may hold between the head and the cue. */
const MAX_RELATIVE = 12;

const INDEFINITE: ReadonlySet<string> = new Set(EN_INDEFINITE_ARTICLES);

/** The head ending at token `k` is a person noun: singular after `a`, plural on its own. */
function personHead(w: string, indefinite: boolean): boolean {
  if (indefinite) return ROLE_HEAD_SET.has(w);
  const one = englishSingular(w);
  return !!one && one !== w && ROLE_HEAD_SET.has(one);
}

/** The token a relative clause ending at `k` hangs on (the word before its `who`), or `k`. */
function beforeRelative(toks: readonly Token[], k: number): number {
  for (let j = k; j > 0 && k - j < MAX_RELATIVE; j--) {
    const w = toks[j]!.text;
    if (w === 'who') return j - 1;
    if (!startsAlnum(w) && w !== '-') return k;
  }
  return k;
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
  const head = beforeRelative(toks, k);
  const h = toks[head];
  if (!h || !startsLower(h.text)) return null;
  let s = head;
  while (s > 0 && head - s < MAX_WORDS && startsAlnum(toks[s - 1]!.text)) {
    if (INDEFINITE.has(toks[s - 1]!.lower)) {
      s--;
      break;
    }
    if (toks[s - 1]!.lower === 'the') return null;
    s--;
  }
  if (s > 0 && !EN_DESCRIPTION_OPENER_SET.has(toks[s - 1]!.text)) return null;
  if (!personHead(h.lower, INDEFINITE.has(toks[s]!.lower))) return null;
  return { kind: 'anonymous', text: text.slice(toks[s]!.start, toks[k]!.end) };
}
