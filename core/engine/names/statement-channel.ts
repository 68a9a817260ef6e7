/**
 * The channel a statement went out through, written between its subject and the cue (`X dalam
 * keterangan tertulisnya mengatakan`, `X melalui akun Instagram-nya menyatakan`, `X dalam
 * sambutannya mengatakan, “…”`): the subject is read before it, by the reported cues
 * (reported/pre-cue.ts) and the direct quotes' pre-posed cue (quotes/direct-cue-before.ts) alike.
 */
import {
  CHANNEL_PREPOSITION_SET,
  CUE_ADVERB_SET,
  STATEMENT_CHANNEL_SET,
  STATEMENT_OCCASION_SET,
} from '../../lexicon/cues';
import type { Token } from '../text/text';
import { startsLetter } from '../text/chars';
import { featureOn } from '../features';

/** How many words a statement channel may span (`melalui akun Instagram pribadinya`). */
const MAX_CHANNEL = 5;

/**
 * Steps back from the cue at `k` over the channel a statement went out through (`dalam keterangan
 * tertulisnya`, `melalui akun Instagram-nya`): a channel preposition, a channel noun (STATEMENT_CHANNELS,
 * with or without -nya) and a few words with no punctuation, then the cue adverbs before it (`X juga
 * dalam sambutannya mengatakan`). Returns the index the subject ends before.
 */
export function skipChannel(toks: readonly Token[], k: number): number {
  const reach = featureOn('reported.channelRelative') ? MAX_CHANNEL + MAX_RELATIVE : MAX_CHANNEL;
  for (let j = k - 1; j >= 0 && j >= k - 1 - reach; j--) {
    const w = toks[j]!.text;
    if (!startsLetter(w)) return k;
    if (!CHANNEL_PREPOSITION_SET.has(w)) continue;
    // Past the plain reach, only a relative clause on the channel's noun phrase carries it on.
    if (j < k - 1 - MAX_CHANNEL && !relativeAfter(toks, j, k)) return k;
    const noun = toks[j + 1]!.lower;
    const root = noun.endsWith('nya') ? noun.slice(0, -3) : noun;
    const occasion =
      w === 'dalam' && STATEMENT_OCCASION_SET.has(root) && featureOn('reported.statementOccasion');
    if (STATEMENT_CHANNEL_SET.has(root) || occasion || possessedOccasion(toks, j + 1, k))
      return pastCueAdverbs(toks, j);
    // A preposition inside the channel's relative clause (`yang disiarkan lewat radio`) is not
    // the channel's own: read on back to it.
    if (reach > MAX_CHANNEL && insideRelative(toks, j, k - 1 - reach)) continue;
    return k;
  }
  return k;
}

/** True when a relative `yang` stands before token `j`, no further back than `from`. */
function insideRelative(toks: readonly Token[], j: number, from: number): boolean {
  for (let n = j - 1; n >= Math.max(0, from); n--) if (toks[n]!.lower === 'yang') return true;
  return false;
}

/** Most words of a relative clause on a channel (`yang ditandatangani kemarin sore`). */
const MAX_RELATIVE = 6;

/** Most words of the channel's noun phrase before its relative `yang` (`pengarahan kepada wartawan`). */
const MAX_BEFORE_RELATIVE = 5;

/**
 * `X melalui surat edaran yang ditandatangani kemarin sore menyatakan …`: a relative `yang` within
 * the channel's first words (after the preposition at `j`, before the cue at `k`) lets the channel
 * run past its plain length (reported.channelRelative).
 */
function relativeAfter(toks: readonly Token[], j: number, k: number): boolean {
  for (let n = j + 2; n < k && n <= j + 1 + MAX_BEFORE_RELATIVE; n++)
    if (toks[n]!.lower === 'yang') return true;
  return false;
}

/**
 * `X dalam kesaksiannya mengatakan`, `X dalam pendapat berbedanya menilai`, `X dalam kunjungannya ke
 * pasar mengatakan`: after a channel preposition, a lowercase noun owned by the subject (`-nya`) is
 * the occasion the statement was made on, whatever the noun, so the subject is read before it.
 * True when one of the words from `from` to the cue at `k` is such a noun.
 */
function possessedOccasion(toks: readonly Token[], from: number, k: number): boolean {
  if (!featureOn('reported.possessedChannel')) return false;
  for (let j = from; j < k; j++) {
    const w = toks[j]!.text;
    if (w.length >= MIN_POSSESSED && w.endsWith('nya') && w === w.toLowerCase()) return true;
  }
  return false;
}

/** Shortest `-nya` word read as an owned noun: `-nya` on a stem of at least three letters. */
const MIN_POSSESSED = 6;

/** Steps back from `k` over the cue adverbs before it (`juga`, `pun`, `kembali`). */
export function pastCueAdverbs(toks: readonly Token[], k: number): number {
  while (k > 0 && CUE_ADVERB_SET.has(toks[k - 1]!.lower)) k--;
  return k;
}
