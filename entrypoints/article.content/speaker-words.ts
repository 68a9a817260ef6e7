/**
 * Who said a quote, in words: shared by the marks' descriptions (mark-words.ts, marking bundle)
 * and their tooltip (tooltip-words.ts, following bundle). Stateless, the joining word given, so
 * each bundle may hold a copy (handover.ts). The joining word is looked up only when needed.
 */
import { joinNames } from '../../core/join-names';
import type { Speaker } from '../../core/types';

/** The speakers' names (one speaker: with the role), or null when the quote names nobody. */
export function speakerWords(speakers: readonly Speaker[], and: () => string): string | null {
  if (speakers.length === 0) return null;
  if (speakers.length === 1) {
    return [speakers[0]!.name, speakers[0]!.role].filter(Boolean).join(', ');
  }
  return joinNames(
    speakers.map(s => s.name),
    and,
  );
}
