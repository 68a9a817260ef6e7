/**
 * Turns in an exchange of quotes (a judge and a witness, a reporter and a coach): `“Saudara yang
 * membuat akta itu?” ¶ “Betul, Yang Mulia.”`. A quote with no cue right after a quoted question is
 * the answer of the one asked — the speaker the asker last heard, somebody else — not the asker
 * going on, when the question opens a turn (somebody else spoke right before it); and a quoted
 * question with no cue right after that answer is the asker's again (discourse.questionTurn). The previous speaker goes on everywhere else (resolve.ts).
 */
import type { Candidate } from '../candidate';
import { paragraphOf, type Entity } from '../cast/entity';
import { featureOn } from '../features';
import type { Speech } from './candidates';

/** How many statements back the other party of an exchange is looked for. */
const TURNS_BACK = 4;

/** True when `text` (a quote's words) puts a question anywhere (`Siapa yang tanggung? Jangan …`). */
export const putsQuestion = (text: string): boolean => text.includes('?');

/**
 * The speakers of floating quote `c` when it takes a turn in an exchange, or null. `speeches` are
 * the statements before it; `asking` tells whether `c` itself puts a question.
 */
export function turnTaker(
  speeches: readonly Speech[],
  c: Candidate,
  asking: boolean,
): readonly Entity[] | null {
  if (!featureOn('discourse.questionTurn') || c.cue || c.type !== 'direct') return null;
  const k = speeches.length - 1;
  const prev = speeches[k];
  if (!prev?.direct || paragraphOf(prev.start) < c.paragraph - 1) return null;
  // `“…?” ¶ “…”`: the one asked answers a question put with no cue or a cue of asking (`“…?”
  // tanya wartawan`); one with another cue (`“…?” ujarnya`) may go on in its speaker's next
  // paragraph.
  const put = prev.asks && (!prev.cued || prev.askingCue);
  if (put && !asking && opensTurn(speeches, k)) return otherParty(speeches, k);
  // `“…?” ¶ “Betul.” ¶ “…?”`: the asker, the last one heard before the answer, asks again.
  if (asking && !prev.asks) {
    const before = otherSpeech(speeches, k);
    return before?.direct && before.asks ? before.entities : null;
  }
  return null;
}

/**
 * True when `speeches[k]` is somebody else's than the statement right before it: a question that
 * opens a turn. One put by the speaker who just spoke (`“…,” ujar X. ¶ “Dari mana uangnya?” ¶
 * “Pemerintah harus jujur.”`) is rhetorical, and that speaker goes on.
 */
function opensTurn(speeches: readonly Speech[], k: number): boolean {
  const before = speeches[k - 1];
  return !before || !sameSpeakers(before, speeches[k]!);
}

/** The latest statement before `speeches[k]` by somebody other than its speakers, or null. */
function otherSpeech(speeches: readonly Speech[], k: number): Speech | null {
  for (let j = k - 1; j >= Math.max(0, k - TURNS_BACK); j--) {
    const s = speeches[j]!;
    if (s.entities.length && !sameSpeakers(s, speeches[k]!)) return s;
  }
  return null;
}

/** The speakers of the latest statement before `speeches[k]` by somebody other than its speakers. */
const otherParty = (speeches: readonly Speech[], k: number): readonly Entity[] | null =>
  otherSpeech(speeches, k)?.entities ?? null;

/** True when two statements have the same speakers (two unnamed ones count as the same). */
function sameSpeakers(a: Speech, b: Speech): boolean {
  return a.entities.length === b.entities.length && a.entities.every(e => b.entities.includes(e));
}
