/**
 * Reported speech (indirect quotes), following the GUIDELINES policy: `Menurut X, …`,
 * `X mengatakan(,| bahwa) …`, mid-sentence `…, kata X, …` and sentence-final `…, kata X.`
 * The quote text is the reported clause only, up to the sentence end.
 */
import {
  CLAUSE_LINK_SET,
  CUE_ADVERB_SET,
  POST_CUE_RE,
  POST_CUE_SET,
  PRE_CUE_SET,
  SOURCE_NOUN_SET,
} from '../lexicon/cues';
import { PLURAL, SINGULAR } from '../lexicon/pronouns';
import type { BodyParagraph, Candidate } from './candidate';
import { mentionAfter, mentionBefore, type Mention } from './speaker-mention';
import { sentences, trimRange, type Token } from './text';

/** Words right after a cue verb that make it an act, not a statement (`meminta maaf`). */
const ACT_OBJECTS = new Set(
  'maaf terima ucapan selamat pertanyaan apresiasi belasungkawa duka salam hal diri'.split(' '),
);
/** Prepositions that put an adjunct between the cue and its clause (`mengatakan kepada wartawan, …`). */
const ADJUNCT = new Set(
  'kepada dalam di saat pada usai seusai ketika melalui lewat dari seperti sebagaimana sambil'.split(
    ' ',
  ),
);

/** A clause that is only a date (`Senin (3/4)`) is an adjunct, not reported content. */
const DATE_START = /^(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Ahad)\b/u;
/** English adjuncts after a speaker in bilingual copy (`said X on his speech`). */
const EN_ADJUNCT = new Set(['on', 'in', 'at', 'during', 'after', 'before']);

const words = (text: string, a: number, b: number) =>
  text
    .slice(a, b)
    .split(/\s+/u)
    .filter(w => /[\p{L}\p{N}]/u.test(w)).length;

/** Finds the reported-speech quotes of one paragraph. */
export function findReported(p: BodyParagraph, evidence: ReadonlySet<string>): Candidate[] {
  const out: (Candidate & { subjectAt: number })[] = [];
  const quoted = p.marks.map(m => ({ start: m.open, end: m.after }));
  const inQuote = (i: number) => quoted.some(q => i >= q.start && i < q.end);
  for (const s of sentences(p.text, p.from, p.text.length, quoted)) {
    const toks = p.tokens;
    const first = toks.findIndex(t => t.start >= s.start);
    if (first < 0) continue;
    const found: (Candidate & { subjectAt: number })[] = [];
    for (let i = first; i < toks.length && toks[i]!.start < s.end; i++) {
      const t = toks[i]!;
      if (inQuote(t.start)) continue;
      const hit =
        menurut(p, toks, i, s, evidence) ??
        midCue(p, toks, i, s, evidence) ??
        preCue(p, toks, i, s, evidence);
      if (hit) found.push(hit);
    }
    // Two cues in one sentence: the first clause stops where the second speaker starts.
    found.sort((a, b) => a.start - b.start);
    for (let k = 0; k + 1 < found.length; k++) {
      const a = found[k]!,
        b = found[k + 1]!;
      // `Ia meminta, semua pihak meyakini, …`: a cue opening the clause is part of what is reported.
      if (b.subjectAt >= a.start && words(p.text, a.start, b.subjectAt) <= 2 && b.start > a.start) {
        found.splice(k + 1, 1);
        k--;
        continue;
      }
      if (b.subjectAt < a.end && b.subjectAt > a.start)
        Object.assign(a, trimRange(p.text, a.start, cutBefore(p.text, a.start, b.subjectAt)));
    }
    out.push(...found.filter(c => c.end - c.start > 0 && words(p.text, c.start, c.end) >= 3));
  }
  // Quoted material inside a clause ends the clause; a clause starting with a mark is a direct quote.
  return out
    .map(c => {
      const q = quoted.find(m => m.start >= c.start && m.start < c.end);
      return q ? { ...c, ...trimRange(p.text, c.start, q.start) } : c;
    })
    .filter(c => words(p.text, c.start, c.end) >= 3)
    .map(({ subjectAt: _s, ...c }) => c);
}

/** Cuts before a joining `, namun` / `, dan` that precedes the next subject. */
function cutBefore(text: string, start: number, at: number): number {
  const head = text.slice(start, at);
  const m = /,?\s*(?:namun|tetapi|tapi|sedangkan|dan|serta|sementara)?\s*$/u.exec(head);
  return m ? start + m.index : at;
}

type Hit = Candidate & { subjectAt: number };
type Sentence = { start: number; end: number };

/** The clause from `from` to the sentence end, skipping a comma or linking word. */
function clause(
  p: BodyParagraph,
  toks: readonly Token[],
  i: number,
  s: Sentence,
): { start: number; end: number } | null {
  let k = i;
  if (toks[k]?.text === ',' || toks[k]?.text === ':') k++;
  if (CLAUSE_LINK_SET.has(toks[k]?.text ?? '')) k++;
  else if (ADJUNCT.has(toks[k]?.text ?? '')) {
    // `mengatakan kepada wartawan, …` / `… kepada The National bahwa …`: the clause follows the adjunct.
    while (
      k < toks.length &&
      toks[k]!.start < s.end &&
      toks[k]!.text !== ',' &&
      toks[k]!.text !== 'bahwa'
    )
      k++;
    if (!toks[k] || toks[k]!.start >= s.end) return null;
    k++;
  }
  const t = toks[k];
  if (!t || t.start >= s.end) return null;
  return trimRange(p.text, t.start, s.end);
}

function hit(
  p: BodyParagraph,
  range: { start: number; end: number },
  cue: Token,
  mention: Mention,
  subjectAt: number,
): Hit {
  return {
    type: 'indirect',
    paragraph: p.index,
    ...range,
    cue: cue.text,
    mention,
    at: cue.start,
    subjectAt,
  };
}

/** `Menurut X, …` / `menurutnya …` / `menurut dia, …`; not `menurut data …`. */
function menurut(
  p: BodyParagraph,
  toks: readonly Token[],
  i: number,
  s: Sentence,
  ev: ReadonlySet<string>,
): Hit | null {
  const t = toks[i]!;
  const lw = t.text.toLowerCase();
  if (lw === 'menurutnya') {
    const c = clause(p, toks, i + 1, s);
    return c ? hit(p, c, t, { kind: 'nya', text: '-nya' }, t.start) : null;
  }
  if (lw !== 'menurut') return null;
  const next = toks[i + 1];
  if (!next || SOURCE_NOUN_SET.has(next.text.toLowerCase())) return null;
  const nl = next.text.toLowerCase();
  let mention: Mention | null;
  let end = i + 2;
  if (SINGULAR.has(nl) || PLURAL.has(nl))
    mention = { kind: 'pronoun', plural: PLURAL.has(nl), text: next.text };
  else {
    mention = mentionAfter(toks, i + 1, p.text, ev);
    if (!mention) return null; // `menurut sumber …` stays, unnamed
    while (
      end < toks.length &&
      toks[end]!.end <= p.text.indexOf(mention.text, next.start) + mention.text.length
    )
      end++;
  }
  const c = clause(p, toks, end, s);
  if (c && words(p.text, c.start, c.end) >= 3) return hit(p, c, t, mention, t.start);
  return null;
}

/** `…, kata X, …` (clause after) or `…, kata X.` (clause before), without marks. */
function midCue(
  p: BodyParagraph,
  toks: readonly Token[],
  i: number,
  s: Sentence,
  ev: ReadonlySet<string>,
): Hit | null {
  const t = toks[i]!;
  if (
    toks[i - 1]?.text !== ',' ||
    !POST_CUE_RE.test(t.text) ||
    POST_CUE_RE.exec(t.text)![0].length !== t.text.length
  )
    return null;
  if (toks[i - 1]!.start < s.start) return null;
  const lw = t.text.toLowerCase();
  const nya = lw.endsWith('nya') && POST_CUE_SET.has(lw.slice(0, -3));
  const mention: Mention | null = nya
    ? { kind: 'nya', text: '-nya' }
    : mentionAfter(toks, i + 1, p.text, ev);
  if (!mention) return null;
  let k = i + 1;
  const mentionEnd = nya ? t.end : p.text.indexOf(mention.text, t.end) + mention.text.length;
  while (k < toks.length && toks[k]!.end <= mentionEnd) k++;
  if (toks[k]?.text === ',') {
    const c = clause(p, toks, k, s);
    if (c && words(p.text, c.start, c.end) >= 3 && !DATE_START.test(p.text.slice(c.start))) {
      return hit(p, c, t, mention, toks[i - 1]!.start);
    }
  }
  // Sentence-final `…, kata X.` / `…, kata X di Jakarta, Senin (3/4).`: the clause is the
  // sentence before the cue; only adjuncts (place, time) may follow the speaker.
  const tail = toks[k];
  if (
    tail &&
    tail.start < s.end - 1 &&
    tail.text !== ',' &&
    !ADJUNCT.has(tail.text.toLowerCase()) &&
    !EN_ADJUNCT.has(tail.text)
  ) {
    return null;
  }
  return hit(p, trimRange(p.text, s.start, toks[i - 1]!.start), t, mention, s.start);
}

/** `X mengatakan(,| bahwa) …`, `Ia menilai …`, `Seorang pejabat PBB mengatakan, …`. */
function preCue(
  p: BodyParagraph,
  toks: readonly Token[],
  i: number,
  s: Sentence,
  ev: ReadonlySet<string>,
): Hit | null {
  const t = toks[i]!;
  if (!PRE_CUE_SET.has(t.text)) return null;
  if (ACT_OBJECTS.has(toks[i + 1]?.text ?? '')) return null;
  let k = i;
  while (k > 0 && CUE_ADVERB_SET.has(toks[k - 1]!.text.toLowerCase())) k--;
  const prev = toks[k - 1]?.text.toLowerCase() ?? '';
  if (prev === 'yang' || prev === 'untuk' || prev === 'akan' || prev === 'dapat' || prev === 'bisa')
    return null;
  if (toks[k - 1] && toks[k - 1]!.start < s.start) return null;
  const mention = mentionBefore(toks, k, p.text, ev);
  if (!mention) return null;
  const c = clause(p, toks, i + 1, s);
  const at = toks[k - 1]!.start;
  return c
    ? hit(p, c, t, mention, Math.min(at, p.text.lastIndexOf(mention.text.split(' ')[0]!, at)))
    : null;
}
