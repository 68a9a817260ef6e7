/**
 * Post-nominal degrees written between commas after a name (`dr. Wulan Anggraini, M.Kes, menyebut`,
 * `Budi Santoso, S.H., M.H., menilai`): they close the person's mention, so the subject before a
 * cue is the name before them, not the last degree. The last degree may stand right before the cue
 * with no comma after it (`Prof Dr Sinta Maharani, MSi menilai`, `Ustaz Farid, Lc, MA menjelaskan`).
 * Degrees without commas (`Rina SpGK`) are read inside the run (name-split.ts, postNominalStart).
 */
import {
  DEGREE_HOLDER_TITLES,
  isChainedDegree,
  isDegree,
  isDegreeShaped,
  isLicenceTitle,
} from '../../lexicon/honorifics';
import { featureOn } from '../features';
import { NAMESAKE_HEAD_SET, NAMING_HEAD_SET } from '../../lexicon/facilities';
import { namesPerson, type ArticleEvidence } from './name-model';
import { isRunToken, walkRunBack } from './name-run';
import type { Token } from '../text/text';

/** The most tokens one degree is written in (`S`, `.`, `Sos`, `.`). */
const MAX_DEGREE_TOKENS = 5;

/**
 * Given the comma at token `comma` right before a cue, the last token of the name that the
 * degrees between commas before it follow; `comma` itself when no degree is written there.
 */
export function nameBeforeDegrees(
  toks: readonly Token[],
  comma: number,
  text: string,
  // The walk starts at the cue itself: the last degree has no comma after it.
  atCue = false,
): number {
  if (!atCue && toks[comma]?.text !== ',') return comma;
  let end = comma;
  for (;;) {
    let c = end - 1;
    while (c > 0 && toks[c]!.text !== ',' && end - c <= MAX_DEGREE_TOKENS) c--;
    if (c <= 0 || toks[c]!.text !== ',' || c === end - 1) return comma;
    // A degree was walked over after this one unless `end` is where the walk started.
    if (!chainedDegreeAt(toks, c + 1, end, text, end !== comma)) return comma;
    // Another degree or professional title may come before this one (`, S.H., M.H.,`, `, SE, Ak,
    // CA,`); a name word ends the walk.
    if (
      isRunToken(toks[c - 1]) &&
      !isChainedDegree(toks[c - 1]!.text, true) &&
      !isLicenceTitle(toks[c - 1]!.text) &&
      !degreeEndsAt(toks, c, text)
    )
      return c - 1;
    end = c;
  }
}

/**
 * The link set off right before the comma at token `c` (`, M.Psi,` → `M.Psi`, at most
 * MAX_DEGREE_TOKENS tokens) and the comma that opens it; null when no comma opens one there.
 */
function linkBefore(
  toks: readonly Token[],
  c: number,
  text: string,
): { written: string; comma: number } | null {
  let p = c - 1;
  while (p > 0 && toks[p]!.text !== ',' && c - p <= MAX_DEGREE_TOKENS) p--;
  if (toks[p]?.text !== ',' || p >= c - 1) return null;
  return { written: text.slice(toks[p + 1]!.start, toks[c - 1]!.end), comma: p };
}

/**
 * True when the link before the comma at token `c` is a degree, past any professional titles
 * (`, S.E., Ak., CA,`: `Ak` then `S.E`): a professional title follows a degree.
 */
function degreeBeforeTitles(toks: readonly Token[], c: number, text: string): boolean {
  for (let link = linkBefore(toks, c, text); link; link = linkBefore(toks, link.comma, text)) {
    if (isChainedDegree(link.written, true)) return true;
    if (!isLicenceTitle(link.written)) return false;
  }
  return false;
}

/**
 * True when the tokens between the comma before token `c` and `c` spell one degree written with
 * dots (`, Sp.P, MPH,`: `Sp`, `.`, `P`), which the walk steps over as it does a one-token degree
 * (names.degreeRunAlone).
 */
function degreeEndsAt(toks: readonly Token[], c: number, text: string): boolean {
  if (!featureOn('names.degreeRunAlone')) return false;
  const link = linkBefore(toks, c, text);
  return !!link && isChainedDegree(link.written, true);
}

/**
 * True when the tokens from `i` to `end` (a run right after a comma) spell a degree set off in a
 * chain: one of the lists, one that may be initials when `degreeAfter` says another degree follows
 * (`, SP, M.Si,`: isChainedDegree), or one of a degree's shape right after another degree
 * (`, S.Sos., M.Par,`; names.degreeShapeInChain), or a professional title after a degree (`,
 * M.Psi, Psikolog,`: names.professionAfterDegree). The one reading of a chain's link, for the walk
 * back from a cue (nameBeforeDegrees) and for a run read forward (cast/read-mentions.ts).
 */
export function chainedDegreeAt(
  toks: readonly Token[],
  i: number,
  end: number,
  text: string,
  degreeAfter = degreeFollows(toks, end, text),
): boolean {
  const written = text.slice(toks[i]!.start, toks[end - 1]!.end);
  if (isChainedDegree(written, degreeAfter)) return true;
  // `, M.Psi, Psikolog,`: a professional title closes the chain after a degree.
  if (isLicenceTitle(written)) return degreeBeforeTitles(toks, i - 1, text);
  if (!isDegreeShaped(written)) return false;
  return degreeEndsAt(toks, i - 1, text) || titledNameBefore(toks, i - 1);
}

/**
 * True when the run that ends right before the comma at token `comma` opens with the title of a
 * degree holder (`Dr. Rina Sari, M.Psi,`: honorifics.ts DEGREE_HOLDER_TITLES): after such a name a
 * word of a degree's shape is a degree even with no other degree before it. Without the title the
 * shape may be an initial's given name (`Kepala Dinas X, M.Ali,`), and a title right after an
 * institution's head names the institution (`RSUP Dr. X, M.Ali,`) (names.degreeShapeAfterTitle).
 */
function titledNameBefore(toks: readonly Token[], comma: number): boolean {
  if (!featureOn('names.degreeShapeAfterTitle') || !isRunToken(toks[comma - 1])) return false;
  const s = walkRunBack(toks, comma - 1);
  // The title starts the run, or stands right before it with its dot (`Dr. Rina`).
  const at = toks[s - 1]?.text === '.' ? s - 2 : s;
  const title = toks[at];
  if (!title || !DEGREE_HOLDER_TITLES.has(title.lower)) return false;
  // `RSUP Dr. X, M.Ali,`: a title after the head of an institution often named after an honoured
  // person (as names/name-model.ts pastNamesake reads them) is the institution's namesake.
  const head = toks[at - 1]?.lower ?? '';
  return !(NAMING_HEAD_SET.has(head) && NAMESAKE_HEAD_SET.has(head));
}

/**
 * True when a degree starts right after the comma at token `comma` and runs to the next comma or
 * the cue (`, M.Si,` after `SP`): what makes a degree that may be initials one
 * (names.initialsLikeDegree).
 */
export function degreeFollows(toks: readonly Token[], comma: number, text: string): boolean {
  if (toks[comma]?.text !== ',') return false;
  let e = comma + 1;
  while (e < toks.length && toks[e]!.text !== ',' && e - comma <= MAX_DEGREE_TOKENS) e++;
  return e > comma + 1 && isDegree(text.slice(toks[comma + 1]!.start, toks[e - 1]!.end));
}

/**
 * Given token `k` right before a cue, the last token of the name that the degrees ending at `k`
 * follow (`Sinta Maharani, MSi menilai` → `Maharani`), or `k` when no degree ends there. The name
 * before the first comma must surely be a person's: `MA` is also a court's acronym, and
 * `Di Semarang, MA menyatakan` names the court, not a person called Semarang.
 */
export function nameBeforeTrailingDegrees(
  toks: readonly Token[],
  k: number,
  text: string,
  evidence: ArticleEvidence,
): number {
  if (!toks[k] || toks[k]!.text === ',') return k;
  // The cue's own position, as if a comma followed the last degree.
  const named = nameBeforeDegrees(toks, k + 1, text, true);
  if (named === k + 1) return k;
  const s = walkRunBack(toks, named);
  const name = text.slice(toks[s]!.start, toks[named]!.end);
  return namesPerson(name, evidence) ? named : k;
}
