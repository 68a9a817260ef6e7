/**
 * Pairs quotation marks inside one paragraph. Direction is not trusted (Republika and Kompas use
 * `”` as opener and closer, and `''` for double marks), so double marks pair by parity; pairing
 * resets at each paragraph end so an unbalanced mark never swallows the rest of the article.
 */
import { postCueLength } from '../../lexicon/cues';
import { insideAny } from '../text/text';
import { hasAlnum, isAlnumCp, isSpaceCp } from '../text/chars';

/** `/^(?:\s|$)/u` on the character at `i`: a space, or the end of the text. */
const spaceOrEndAt = (text: string, i: number): boolean =>
  i >= text.length || isSpaceCp(text.charCodeAt(i));

/** A quoted stretch: `open`/`close` are the marks, `start`/`end` the content between them. */
export interface MarkedSpan {
  open: number;
  /** Offset just after the opening mark. */
  start: number;
  /** Offset of the closing mark, or the paragraph end when the quote runs on. */
  end: number;
  /** Offset just after the closing mark (== end when unclosed). */
  after: number;
  closed: boolean;
}

interface Mark {
  at: number;
  len: number;
  double: boolean;
  /** `“ „ « ‘` can only open. */
  openOnly: boolean;
}

const OPEN_ONLY = new Set(['“', '«', '„', '‘', '‘‘']);
/** The double marks read alone; `‚`/`„` are low openers. */
const DOUBLE_MARKS = '“”"«»„';

/**
 * True when the token `s` is a mark that closes a quote (`”`, `"`, `»`, `’`): a mark of this file's
 * set that never opens one only (OPEN_ONLY); `'` is left out, as it is also an apostrophe.
 */
export const closesQuote = (s: string): boolean =>
  s.length === 1 && (DOUBLE_MARKS.includes(s) || s === '’') && !OPEN_ONLY.has(s);

/**
 * The quotation marks of `text`, found from the left as `/''|’’|‘‘|[“”"«»„‘’']/gu` finds them (a
 * scan: no regex compiled on a cold start): a single mark doubled (`''`, `’’`, `‘‘`) is one double
 * mark, read before the single one.
 */
function readMarks(text: string): Mark[] {
  const out: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    // Every mark is `"` (U+0022), `'` (U+0027) or at U+00AB or above: most characters of a text
    // are skipped on their code unit, without a one-character string and a search of the marks.
    const unit = text.charCodeAt(i);
    if (unit !== 0x22 && unit !== 0x27 && unit < 0xab) continue;
    const c = text[i]!;
    const single = c === "'" || c === '’' || c === '‘';
    if (!single && !DOUBLE_MARKS.includes(c)) continue;
    const at = i;
    const s = single && text[i + 1] === c ? c + c : c;
    i += s.length - 1;
    if (s === '"' && isMeasureMark(text, at)) continue;
    if (s.length === 1 && single) {
      // An apostrophe between letters (`Ma'ruf`, `Jum'at`) or after a letter before a space
      // in a possessive is part of a word, not a mark.
      const before = text[at - 1] ?? ' ';
      const after = text[at + 1] ?? ' ';
      if (hasAlnum(before) && hasAlnum(after)) continue;
    }
    out.push({ at, len: s.length, double: s.length === 2 || !single, openOnly: OPEN_ONLY.has(s) });
  }
  return out;
}

/**
 * A straight `"` glued to a number and followed by a word that is no cue is an inch mark (`layar
 * 32" itu`), not a quotation mark: a closer after a number is followed by its cue (`32" kata X`).
 */
function isMeasureMark(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (!(before >= 48 && before <= 57)) return false;
  if (!isSpaceCp(text.charCodeAt(at + 1))) return false;
  const rest = text.slice(at + 2, at + 40);
  const first = rest.charCodeAt(0);
  return first >= 0x61 && first <= 0x7a && postCueLength(rest) === 0;
}

// `[\s([{—–-]` before an opener and `[\s,.;:!?)\]—–-]` after a closer, read from the code unit
// (a space past either end of the text); `\S` the other side.
const unitAt = (text: string, i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : 0x20);
const isOpenerBefore = (c: number) => isSpaceCp(c) || '([{—–-'.includes(String.fromCharCode(c));
const isCloserAfter = (c: number) => isSpaceCp(c) || ',.;:!?)]—–-'.includes(String.fromCharCode(c));
/** Whether a single mark can open (`'kata` after a space) or close (`kata,'` before a space). */
const canOpenSingle = (text: string, at: number) =>
  isOpenerBefore(unitAt(text, at - 1)) && !isSpaceCp(unitAt(text, at + 1));
const canCloseSingle = (text: string, at: number) =>
  !isSpaceCp(unitAt(text, at - 1)) && isCloserAfter(unitAt(text, at + 1));

/** Finds every quoted span in a paragraph; nested quotes stay inside their outer span. */
export function pairMarks(text: string): MarkedSpan[] {
  const marks = readMarks(text);
  const spans: MarkedSpan[] = [];
  let open: Mark | null = null;
  for (const m of marks) {
    if (!m.double) continue;
    if (!open) {
      // A closer glued to the word before (`Khusus,''`) with no opener is a stray, not an opener.
      const glued =
        m.at > 0 && (isAlnumCp(text.charCodeAt(m.at - 1)) || ',.!?'.includes(text[m.at - 1]!));
      if (!(glued && !m.openOnly && spaceOrEndAt(text, m.at + m.len))) open = m;
      continue;
    }
    // A `“` after a space opens: the earlier mark was never closed, so restart from here —
    // unless its position says it closes (`…ini, “ ungkapnya`): glyph direction is not trusted.
    if (
      m.openOnly &&
      (m.at < 1 || isSpaceCp(text.charCodeAt(m.at - 1))) &&
      !closesByPosition(text, m)
    ) {
      open = m;
      continue;
    }
    spans.push(span(open, m.at, m.at + m.len, true));
    open = null;
  }
  if (open) spans.push(span(open, text.length, text.length, false));
  // Single marks quote only where no double span is (nested singles belong to the outer quote).
  const inside = insideAny(spans.map(s => ({ start: s.open, end: s.after })));
  let sOpen: Mark | null = null;
  for (const m of marks) {
    if (m.double || inside(m.at)) continue;
    if (!sOpen) {
      if (canOpenSingle(text, m.at)) sOpen = m;
    } else if (canCloseSingle(text, m.at)) {
      spans.push(span(sOpen, m.at, m.at + m.len, true));
      sOpen = null;
    }
  }
  return spans.sort((a, b) => a.open - b.open);
}

/**
 * Whether an opening glyph typed after a space closes the pending quote: it stands free (a space
 * or the paragraph end after it, where a real opener is glued to its first word) and follows the
 * quote's final `,`/`.`/`?`/`!` or comes before a post-posed cue (`“ ungkapnya`, `“ kata X`).
 */
function closesByPosition(text: string, m: Mark): boolean {
  const rest = text.slice(m.at + m.len);
  if (!/^(?:\s|$)/u.test(rest)) return false;
  return /[,.?!]/u.test(lastNonSpace(text, m.at)) || postCueLength(rest.trimStart()) > 0;
}

/** The last non-space character before `at` ('' if none), read backwards: not a regex over the whole head. */
function lastNonSpace(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && isSpaceCp(text.charCodeAt(i))) i--;
  return i >= 0 ? text[i]! : '';
}

function span(open: Mark, end: number, after: number, closed: boolean): MarkedSpan {
  return { open: open.at, start: open.at + open.len, end, after, closed };
}

/** True when a paragraph starts with an opening mark (a multi-paragraph quote goes on). */
export function startsWithMark(text: string): boolean {
  return /^\s*(?:''|[“”"«„‘'])/u.test(text);
}
