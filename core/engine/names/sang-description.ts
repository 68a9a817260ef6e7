/**
 * `Sang pelatih menegaskan …`, `Meski begitu, sang gubernur mengakui …`: `sang` before a role
 * opens a definite description, Indonesian's `the coach said`. It points back to the holder of the
 * role the article introduced (a title mention, resolved like `Pelatih itu`); without it the cue
 * finds no subject and its statement is lost.
 */
import { ROLE_HEAD_SET } from '../../lexicon/roles';
import { officeWordsEnd } from './office-words';
import { featureOn } from '../features';
import type { Mention } from './mention';
import type { Token } from '../text/text';
import { startsAlnum, startsLower } from '../text/chars';

/** The most words after `sang` (`sang pelatih kepala tim`). */
const MAX_WORDS = 3;

/**
 * The `sang` description ending at token `k`, right before a cue, or null: lowercase words after
 * `sang`, one of them a role head, with `sang` opening its clause (nothing or punctuation before
 * it), so `rumah sang pelatih` or `kata sang pelatih` are not taken as subjects here.
 */
export function sangDescriptionBefore(
  toks: readonly Token[],
  k: number,
  text: string,
): Mention | null {
  if (!featureOn('names.sangDescription') || !startsLower(toks[k]?.text ?? '')) return null;
  let s = k;
  while (s > 0 && k - s < MAX_WORDS && toks[s]!.lower !== 'sang') {
    if (!startsLower(toks[s]!.text)) return null;
    s--;
  }
  if (toks[s]!.lower !== 'sang' || s === k) return null;
  if (s > 0 && startsAlnum(toks[s - 1]!.text)) return null;
  const words = toks.slice(s + 1, k + 1).map(t => t.lower);
  if (!words.some(w => ROLE_HEAD_SET.has(w))) return null;
  return {
    kind: 'title',
    title: text.slice(toks[s + 1]!.start, toks[k]!.end),
    text: text.slice(toks[s]!.start, toks[k]!.end),
  };
}

/**
 * The token after the `sang` description opening at token `i` in the running text, or -1:
 * `Sang mantan kepala desa terlihat tertunduk …`, `Meski begitu, sang pelatih tetap …` — `sang`,
 * then up to three lowercase words with a role head among them (names.sangSubject). Read as a
 * title, the record points back to the office's holder (discourse-mentions.ts), who then opens
 * the sentence as a subject; read as a capitalised run, `Sang` was a person of its own.
 */
export function sangDescriptionFrom(toks: readonly Token[], i: number): number {
  if (toks[i]?.lower !== 'sang' || !featureOn('names.sangSubject')) return -1;
  return officeWordsEnd(toks, i + 1, MAX_WORDS);
}
