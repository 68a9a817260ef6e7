/**
 * The quotation-mark reader as it was before its regex became a scan (core/engine/quotes/quote-marks.ts
 * at 22b900f, only its imports moved and pairMarks renamed): tests/core/cold-regex-gates.test.ts
 * compares the two on invented and fuzzed paragraphs.
 */
import { postCueLength } from '../../core/lexicon/cues';
import { insideAny } from '../../core/engine/text/text';
import { hasAlnum, isAlnumCp, isSpaceCp } from '../../core/engine/text/chars';

/** `/^(?:\s|$)/u` on the character at `i`: a space, or past the text. */
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

// `''` must be read before `'`; `‚`/`„` are low openers.
const MARK_RE = /''|’’|‘‘|[“”"«»„‘’']/gu;
const OPEN_ONLY = new Set(['“', '«', '„', '‘', '‘‘']);

function readMarks(text: string): Mark[] {
  const out: Mark[] = [];
  MARK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARK_RE.exec(text))) {
    const s = m[0];
    const single = s === "'" || s === '’' || s === '‘';
    if (s === '"' && isMeasureMark(text, m.index)) continue;
    if (single) {
      // An apostrophe between letters (`Ma'ruf`, `Jum'at`) or after a letter before a space
      // in a possessive is part of a word, not a mark.
      const before = text[m.index - 1] ?? ' ';
      const after = text[m.index + 1] ?? ' ';
      if (hasAlnum(before) && hasAlnum(after)) continue;
    }
    out.push({ at: m.index, len: s.length, double: !single, openOnly: OPEN_ONLY.has(s) });
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
  return /^[a-z]/u.test(rest) && postCueLength(rest) === 0;
}

/** Whether a single mark can open (`'kata` after a space) or close (`kata,'` before a space). */
const canOpenSingle = (text: string, at: number) =>
  /[\s([{—–-]/u.test(text[at - 1] ?? ' ') && /\S/u.test(text[at + 1] ?? ' ');
const canCloseSingle = (text: string, at: number) =>
  /\S/u.test(text[at - 1] ?? ' ') && /[\s,.;:!?)\]—–-]/u.test(text[at + 1] ?? ' ');

/** Finds every quoted span in a paragraph; nested quotes stay inside their outer span. */
export function pairMarksByRegex(text: string): MarkedSpan[] {
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
