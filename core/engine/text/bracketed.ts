/**
 * Bracketed words read by hand: `(FKP)`, `(Pemred)`. Each was a regex opening with `\p{Lu}`, a
 * class V8 compiles over every plane (twice: bytecode, then native code) on every cold start; these
 * answer exactly as the regex in each comment (tests/core/regex-readers.test.ts compares them).
 */
import { codePointAt, cpLength, isLowerCp, isNumberCp, isUpperCp, runOf } from './chars';

/** `[\p{Lu}\p{N}-]` */
const isAcronymCp = (cp: number): boolean => cp === 0x2d || isUpperCp(cp) || isNumberCp(cp);

/** `/^\(\p{Lu}[\p{Lu}\p{N}-]{1,9}\)$/u`: a bracketed acronym (`(FKP)`, `(UTL)`, `(P2P)`). */
export function isBracketedAcronym(w: string): boolean {
  if (!w.startsWith('(') || !w.endsWith(')') || w.length < 4) return false;
  const first = codePointAt(w, 1);
  if (!isUpperCp(first)) return false;
  const rest = runOf(w.slice(1 + cpLength(first), -1), isAcronymCp);
  return rest >= 1 && rest <= 9;
}

/** `[\p{Lu}\p{Ll}\d-]` (`\d`: ASCII digits) */
const isMixedAcronymCp = (cp: number): boolean =>
  cp === 0x2d || (cp >= 0x30 && cp <= 0x39) || isUpperCp(cp) || isLowerCp(cp);

/**
 * `/^\(\p{Lu}[\p{Lu}\p{Ll}\d-]*\)$/u`: an acronym in brackets that may mix cases and digits, after
 * an agency's spelled-out name (`(PFFRO)`, `(KemenPPPA)`).
 */
export function isBracketedMixedAcronym(w: string): boolean {
  if (!w.startsWith('(') || !w.endsWith(')') || w.length < 3) return false;
  const first = codePointAt(w, 1);
  return isUpperCp(first) && runOf(w.slice(1 + cpLength(first), -1), isMixedAcronymCp) >= 0;
}

/** `/^\(.*\)$/u`: a word in brackets (`.` is any character but a line end). */
export function isInBrackets(w: string): boolean {
  if (w.length < 2 || !w.startsWith('(') || !w.endsWith(')')) return false;
  for (let i = 1; i < w.length - 1; i++) {
    const c = w.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return false;
  }
  return true;
}

/** `/^\(\p{Lu}[^()]*\)$/u`: a bracketed word or words opening with a capital (`(Pemred)`). */
export function isBracketedCapitalised(w: string): boolean {
  if (!w.startsWith('(') || !w.endsWith(')') || w.length < 3) return false;
  return isUpperCp(codePointAt(w, 1)) && w.indexOf('(', 1) < 0 && w.indexOf(')') === w.length - 1;
}
