/**
 * The name model's hard guarantees, as a checker over an analysis: every person speaker's name is
 * written in the text, and its first word is never a cue, a function word, a number, a known place
 * or a team/organisation word, unless the article itself uses that word alone for the person; a
 * Balinese name opens with its article (`I Made …`, `Ni Luh …`).
 */
import { hardNonName } from '../../core/engine/names/name-model';
import { opensBalineseName } from '../../core/lexicon/balinese-names';
import { isGazetteerPlace, isOrgWord } from '../../core/lexicon/name-words';
import { PLACE_SET } from '../../core/lexicon/roles';
import { POST_CUES, PRE_CUES, PASSIVE_CUES } from '../../core/lexicon/cues';
import type { AnalysisResult } from '../../core/types';

const CUES = new Set([...POST_CUES, ...PRE_CUES, ...PASSIVE_CUES]);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** True when `text` uses `word` alone for a speaker: right after a cue, or right before one. */
function usedAlone(text: string, word: string): boolean {
  const w = escape(word);
  const after = new RegExp(
    `\\b(?:${[...POST_CUES, 'menurut'].join('|')})\\s+${w}\\b(?!\\s+\\p{Lu})`,
    'iu',
  );
  const before = new RegExp(`(?<!\\p{Lu}\\p{L}*\\s)\\b${w}\\s+(?:${PRE_CUES.join('|')})\\b`, 'u');
  return after.test(text) || before.test(text);
}

/** The guarantee each person speaker breaks, as readable strings (empty when all hold). */
export function nameViolations(result: AnalysisResult, text: string): string[] {
  const out: string[] = [];
  for (const s of result.speakers) {
    if (!text.includes(s.name)) out.push(`not in the text: ${s.name}`);
    if (s.kind !== 'person') continue;
    const words = s.name.split(/\s+/u);
    const first = words[0]!;
    const lw = first.toLowerCase();
    const alone = usedAlone(text, first) || s.aliases.includes(first);
    if (/\p{N}/u.test(first)) out.push(`number first: ${s.name}`);
    else if (CUES.has(lw)) out.push(`cue first: ${s.name}`);
    // `I Made X`, `Ni Luh X`: the Balinese name's article is its first word, no English `I`.
    else if (opensBalineseName(undefined, first, words[1])) continue;
    else if (/^\p{Ll}/u.test(first) && hardNonName(first))
      out.push(`function word first: ${s.name}`);
    else if (hardNonName(first) === 'function') out.push(`function word first: ${s.name}`);
    else if (!alone && PLACE_SET.has(lw) && words.length > 1) out.push(`place first: ${s.name}`);
    else if (!alone && words.length > 2 && (isGazetteerPlace(lw) || isOrgWord(lw)))
      out.push(`place or team first: ${s.name}`);
  }
  return out;
}
