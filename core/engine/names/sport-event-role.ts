/**
 * `tunggal putri Rina Kartika mengatakan …`, `Pasangan ganda putra Dimas Pratama/Yoga Saputra
 * mengaku …`: a player written after the event played is described by it, as a trade before a
 * name describes its holder, so the event (with a `pemain`/`pasangan` before it) is the role. The
 * division word (`putri`) is a kin noun elsewhere; here it names the event, not a daughter.
 */
import { featureOn } from '../features';
import type { Token } from '../text/text';
import { SPORT_DIVISIONS, SPORT_EVENTS } from '../../lexicon/roles';

/** Lowercase words before an event that say who plays it (`pemain tunggal`, `pasangan ganda`). */
const PLAYER_WORDS: ReadonlySet<string> = new Set(['pemain', 'pasangan']);

/**
 * The event before the run that starts at token `i` (`tunggal putri`, `Pasangan ganda putra`),
 * or null. The first name of a pair written with a slash gets it; the slash's partner is read as
 * its own run.
 */
export function sportEventRole(t: readonly Token[], i: number, text: string): string | null {
  if (!featureOn('names.sportEventRole')) return null;
  const division = t[i - 1];
  const event = t[i - 2];
  if (!division || !event || !SPORT_DIVISIONS.has(division.text)) return null;
  if (!SPORT_EVENTS.has(event.lower)) return null;
  const player = t[i - 3] && PLAYER_WORDS.has(t[i - 3]!.lower) ? t[i - 3]! : event;
  return text.slice(player.start, division.end);
}
