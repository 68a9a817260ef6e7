/**
 * Initials a person is named by (`seorang sopir berinisial AS`): police and court news name
 * suspects, victims and minors so. Capitals alone after an initials word (lexicon/pronouns.ts
 * INITIALS_WORDS) are then a person's name, never an organisation's acronym or a role word
 * (cast.initialsNamed); after `bernama`/`named` capitals are mostly an organisation's.
 */
import { INITIALS_WORDS } from '../../lexicon/pronouns';
import type { Token } from '../text/text';
import { featureOn } from '../features';

/** The reading of a person named by initials (name-split.ts NamedRef's shape, not imported: that module reads this one). */
interface InitialsRef {
  name: string;
  role: string | null;
  kind: 'person';
  alias: null;
}

/** A token of capitals and dots only. */
const ALL_CAPS = /^[\p{Lu}.]+$/u;

/** Two to four capitals, each maybe with its dot (`AS`, `M.R.`, `RTH`). */
const INITIALS = /^(?:\p{Lu}\.?){2,4}$/u;

/**
 * The reading of the run of `toks` (one paragraph's `text`) as a person named by initials after a
 * naming word: the word stands right before the run, or inside it after a description read with
 * it (`pedagang berinisial MR`, whose words before the naming word are the person's role); null
 * otherwise.
 */
export function initialsNamed(toks: readonly Token[], text: string): InitialsRef | null {
  // Asked of every run the name readers split: its last token all capitals (or the dot of `M.R.`)
  // first, which almost no name's is.
  const last = toks[toks.length - 1]!;
  if (!ALL_CAPS.test(last.text) || !featureOn('cast.initialsNamed')) return null;
  let j = toks.length - 1;
  while (j > 0 && toks.length - j < MAX_TOKENS && !INITIALS_WORDS.has(toks[j - 1]!.lower)) j--;
  const written = text.slice(toks[j]!.start, last.end);
  if (!INITIALS.test(written)) return null;
  if (j > 1) {
    const role = text.slice(toks[0]!.start, toks[j - 2]!.end);
    return { name: written, role, kind: 'person', alias: null };
  }
  // The naming word opens the span or stands right before it.
  const before = j === 1 ? toks[0]!.lower : wordBefore(text, toks[0]!.start);
  return INITIALS_WORDS.has(before)
    ? { name: written, role: null, kind: 'person', alias: null }
    : null;
}

/** Most tokens of initials (`M`, `.`, `R`, `.` for `M.R.` as the tokenizer may split it). */
const MAX_TOKENS = 8;

/** The lowercase word ending right before offset `at`, past spaces. */
function wordBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 16), at).trimEnd();
  return before.slice(before.lastIndexOf(' ') + 1).toLowerCase();
}
