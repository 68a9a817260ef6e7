/**
 * Reported speech (indirect quotes), following the GUIDELINES policy: `Menurut X, …`,
 * `X mengatakan(,| bahwa) …`, mid-sentence `…, kata X, …` and sentence-final `…, kata X.`
 * This module walks the sentences and settles overlaps; the cue patterns are reported-cues.ts and
 * the clause boundaries reported-clause.ts. The quote text is the reported clause only.
 */
import type { BodyParagraph, Candidate } from '../candidate';
import { embeddedStatement } from './embedded-statement';
import { englishParticiple } from './english-participle';
import { englishTail } from './english-tail';
import { englishCoordinated } from './english-coordinated';
import { englishPhrasalUrge } from './english-phrasal-urge';
import { englishNaming } from './english-naming';
import { passiveMid } from './passive-mid';
import { creditedBefore } from './credited-before';
import { preCue } from './pre-cue';
import { menurut, midCue, openingCue, viewFrame } from './reported-cues';
import { bareKata, colonCue, passiveLead, withCue } from './reported-shapes';
import { wordCount, type Hit } from './reported-clause';
import type { ReportedRule, RuleInput } from './reported-rule';
import { allFeaturesOn, featureOn, type FeatureName } from '../features';
import { isPredicate } from './noun-object';
import { STATEMENT_JOINERS } from '../../lexicon/cues';
import { tokenIndexAt, trimRange } from '../text/text';
import { quotedTokens } from '../text/quoted-tokens';
import { codePointAt, isLowerCp, isSpaceCp } from '../text/chars';
import { bodySentences } from '../text/body-sentences';
import { DAN, SERTA } from '../../lexicon/conjunctions';
import { SPACE_RUNS } from '../text/string-scans';
import { ROLE_HEAD_SET } from '../../lexicon/roles';

/**
 * The reported-speech rules, tried in this order at every token outside quote marks; the first
 * that matches a token wins, so the order is part of the behaviour.
 */
const REPORTED_RULES: readonly (readonly [FeatureName, ReportedRule])[] = [
  ['reported.menurut', menurut], // `Menurut X, …` / `menurutnya …` / `according to X, …`
  ['reported.midCue', midCue], // `…, kata X, …` and sentence-final `…, kata X.`; passive `…, dikatakan X.`
  ['reported.openingCue', openingCue], // `Kata dia, …` opening the sentence
  ['reported.englishViewFrame', viewFrame], // `In her view, …` opening the sentence
  ['reported.withCue', withCue], // `…, dengan menambahkan bahwa …`
  ['reported.preCue', preCue], // `X mengatakan(,| bahwa) …`
  ['reported.englishPhrasalUrge', englishPhrasalUrge], // `X called on regents to …`
  ['reported.englishNamingCue', englishNaming], // `X called the ruling a victory …`
  // One feature for the passive: the cue opening the sentence and the cue inside it are one shape
  // (agent after a di- cue), read at two places.
  ['reported.passive', passiveLead], // `Disampaikan (oleh) X, …` opening the sentence
  ['reported.passive', passiveMid], // `S dinilai X lebih buruk …`
  ['reported.embeddedStatement', embeddedStatement], // `pernyataan X … yang menyatakan (bahwa) …`
  ['reported.colonCue', colonCue], // `X: …` without marks
  ['reported.bareKata', bareKata], // `Pemerintah kata dia akan …`
  ['reported.englishTail', englishTail], // `…, Minister X declared.` / `…, he said.`
  ['reported.englishParticiple', englishParticiple], // `X criticised the plan, saying …`
  ['reported.englishCoordinatedCue', englishCoordinated], // `X said … but warned that …`
  ['reported.creditedBefore', creditedBefore], // `S. Hal itu disampaikan oleh X …` (S is X's)
];

/** Finds the reported-speech quotes of one paragraph. */
export function findReported(p: BodyParagraph, evidence: ReadonlySet<string>): Candidate[] {
  const out: Hit[] = [];
  const inQuote = quotedTokens(p);
  const toks = p.tokens;
  const rules = activeRules();
  // Sentences come in order: the first token of each is found by walking on, not from the start.
  let first = 0;
  for (const s of bodySentences(p)) {
    while (first < toks.length && toks[first]!.start < s.start) first++;
    if (first >= toks.length) continue;
    const found: Hit[] = [];
    const input: RuleInput = { p, toks, s, ev: evidence };
    for (let i = first; i < toks.length && toks[i]!.start < s.end; i++) {
      if (inQuote[i]) continue;
      const hit = firstHit(rules, input, i);
      if (hit) found.push(hit);
    }
    if (!found.length) continue;
    // Two cues in one sentence: the first clause stops where the second speaker starts.
    found.sort((a, b) => a.start - b.start);
    if (found.length > 1) settleCues(p.text, found);
    out.push(
      ...found.filter(
        c =>
          c.end - c.start > 0 &&
          longEnough(p.text, c.start, c.end) &&
          // A sentence credited by the next one (credited-before.ts) that already reports
          // with a cue of its own keeps that reading.
          (c.start >= s.start || !out.some(o => o.start < c.end && o.end > c.start)),
      ),
    );
  }
  // Most paragraphs report nothing: no quoted material to cut a clause at.
  return out.length ? cutAtStatements(p, out) : [];
}

/**
 * The clauses `out` found in paragraph `p`, each cut where quoted material inside it starts: quoted
 * material inside a clause ends the clause; a clause starting with a mark is a direct quote. A
 * short quoted term (`program 'jemput bola'`) is part of the clause, not a quote.
 */
function cutAtStatements(p: BodyParagraph, out: readonly Hit[]): Candidate[] {
  const quoted = p.marks.map(m => ({ start: m.open, end: m.after }));
  const statements = quoted.filter(q => wordCount(p.text, q.start, q.end, 4) > 3);
  return out
    .map(c => {
      const q = statements[tokenIndexAt(statements, c.start)]; // sorted: the first from c.start
      return q && q.start < c.end ? { ...c, ...trimRange(p.text, c.start, q.start) } : c;
    })
    .filter(c => longEnough(p.text, c.start, c.end))
    .map(({ subjectAt: _s, ...c }) => c);
}

/**
 * Two cues or more in one sentence (`found`, in text order): a cue inside what the one before it
 * reports is dropped, and a first clause stops where the second speaker starts. A function of its
 * own so that the first analysis of an article without such a sentence compiles none of it.
 */
function settleCues(text: string, found: Hit[]): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k]!,
      b = found[k + 1]!;
    // `Ia meminta, seluruh warga percaya, …`: a cue opening the clause is part of what is reported.
    if (
      b.subjectAt >= a.start &&
      b.start > a.start &&
      (opensClause(text, a.start, b.subjectAt) ||
        setsOffSubject(text, a.start, b) ||
        (a.subjectAt < a.at && rolePresentsSubject(text, a.start, b.subjectAt)))
    ) {
      found.splice(k + 1, 1);
      k--;
      continue;
    }
    // `Menurut X, Presiden menilai …`: a subject read back across the first cue (`X, Presiden`)
    // makes the second a misreading of what the first reports.
    if (b.subjectAt < a.start && b.at > a.start && b.at < a.end) {
      found.splice(k + 1, 1);
      k--;
      continue;
    }
    if (b.subjectAt < a.end && b.subjectAt > a.start)
      Object.assign(a, trimRange(text, a.start, cutBefore(text, a.start, b.subjectAt)));
  }
}

/** The rules switched on, in order: all of them unless an evaluation run switched some off. */
function activeRules(): readonly ReportedRule[] {
  return allFeaturesOn()
    ? ALL_RULES
    : REPORTED_RULES.filter(([name]) => featureOn(name)).map(([, rule]) => rule);
}

const ALL_RULES: readonly ReportedRule[] = REPORTED_RULES.map(([, rule]) => rule);

/** The hit of the first of `rules` that matches token `i`, or null. */
function firstHit(rules: readonly ReportedRule[], input: RuleInput, i: number): Hit | null {
  for (const rule of rules) {
    const hit = rule(input, i);
    if (hit) return hit;
  }
  return null;
}

/**
 * The second subject opens the first clause (at most two words before it, no description closed
 * there).
 */
function opensClause(text: string, a: number, b: number): boolean {
  return wordCount(text, a, b, 3) <= 2 && !closesDescription(text, a, b);
}

/**
 * `Rina menyebut Wali Kota X, H. Nama, sudah memerintahkan …`: the capitalised words between
 * the first cue and the second subject open with a role head and close with the comma before the
 * name: the second subject's own role set before it, so the second report opens what the first
 * reports (nested: GUIDELINES give it to the outer speaker), not the tail of the first speaker's
 * description (`Menurut Ketua RT 04, Desa X, Budi mengatakan …`): only after a verb cue whose
 * subject stands before it, never after `menurut` (reported.roleBeforeNested).
 */
function rolePresentsSubject(text: string, a: number, b: number): boolean {
  if (!featureOn('reported.roleBeforeNested')) return false;
  const stretch = text.slice(a, b).trimEnd();
  if (!stretch.endsWith(',') || hasLowercaseWord(text, a, b)) return false;
  const words = stretch.split(SPACE_RUNS).filter(Boolean);
  return words.length <= MAX_NESTED_DESCRIPTION && ROLE_HEAD_SET.has(words[0]!.toLowerCase());
}

/** Most words of a description setting off the subject of a report inside a report. */
const MAX_NESTED_DESCRIPTION = 6;

/**
 * `X menyebut, salah seorang sopir, Y (41), mengaku …`: the first clause opens with a lowercase
 * description of the second subject, closed by the comma before it and saying nothing itself (no
 * predicate but in a relative clause on its head). The second report is inside the first
 * (GUIDELINES: nested reported speech belongs to the outer speaker), so it is no quote of its own
 * and its subject no speaker.
 */
function setsOffSubject(text: string, a: number, b: Hit): boolean {
  if (!featureOn('reported.nestedReport')) return false;
  const stretch = text.slice(a, b.subjectAt).trimEnd();
  if (!stretch.endsWith(',') || !hasLowercaseWord(text, a, b.subjectAt)) return false;
  // A description stands in apposition, so its subject is set off too (`Y (41),`, `Y,`): a subject
  // right at its cue follows a connective instead (`di sisi lain, Y menilai …`), its own statement.
  if (!/[,(]/u.test(text.slice(b.subjectAt, b.at))) return false;
  const words = stretch.slice(0, -1).split(SPACE_RUNS).filter(Boolean);
  // `panen mundur sedangkan petani setempat, Y, …`: a joined second statement, no description.
  if (words.some(w => STATEMENT_JOINERS.has(w.toLowerCase()))) return false;
  // A relative clause modifies the head (`salah seorang sopir yang ditahan,`): its verb is no
  // predicate.
  const rel = words.indexOf('yang');
  const head = rel < 0 ? words : words.slice(0, rel);
  return (
    head.length > 0 &&
    words.length <= MAX_NESTED_DESCRIPTION &&
    !words.some(w => /[,;:]/u.test(w)) &&
    !head.some(w => isPredicate(w.toLowerCase()))
  );
}

/**
 * `Menurut Ketua RT 04, Desa X, Budi mengatakan, …`: capitalised words closed by a comma before the
 * second subject are the end of the first speaker's description, not the start of a clause; the
 * first cue is then cut there (and the clause test drops what is left of it).
 */
function closesDescription(text: string, a: number, b: number): boolean {
  if (!featureOn('reported.clauseTest')) return false;
  const stretch = text.slice(a, b).trimEnd();
  return stretch.endsWith(',') && !hasLowercaseWord(text, a, b);
}

/** A comma and a joining word (`, namun`, `, dan`) closing a stretch, before the next subject. */
const JOINING_TAIL = new RegExp(
  `,?\\s*(?:${[...STATEMENT_JOINERS, DAN, SERTA].join('|')})?\\s*$`,
  'u',
);

/** Cuts before a joining `, namun` / `, dan` that precedes the next subject. */
function cutBefore(text: string, start: number, at: number): number {
  const head = text.slice(start, at);
  const m = JOINING_TAIL.exec(head);
  return m ? start + m.index : at;
}

/**
 * A reported clause has at least three words, or two when one carries a predicate (`tidak
 * mengetahuinya`, `pemeriksaannya ditunda`): a lone two-word noun phrase is no statement.
 */
function longEnough(text: string, a: number, b: number): boolean {
  if (!hasLowercaseWord(text, a, b) && featureOn('reported.clauseTest')) return false;
  const n = wordCount(text, a, b, 3);
  if (n !== 2) return n >= 3;
  return text
    .slice(a, b)
    .split(SPACE_RUNS)
    .some(w => isPredicate(w.toLowerCase()));
}

/**
 * The clause test's first part: a statement has a word written in lowercase (a verb, a function
 * word). Words that are all capitalised or numbers are a name, a place or a headline: the rest of
 * a speaker's description cut off by the next cue (`Menurut Ketua RT 04, Desa X, Budi
 * mengatakan, …`), or a title after a colon (`Budi: Stok Beras Aman`).
 */
function hasLowercaseWord(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if ((i === a || isSpaceCp(text.charCodeAt(i - 1))) && isLowerCp(codePointAt(text, i)))
      return true;
  }
  return false;
}
