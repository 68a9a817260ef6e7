/**
 * English verbs of naming with an object and what it is called (`X called the ruling a victory
 * for the villagers`, `Y described the plan as reckless`): the judgement is a claim, reported as
 * `menyebut/menilai X sebagai Y` is (GUIDELINES), so the object and its complement are the clause
 * and the subject is the speaker, read as before any pre-posed cue (pre-cue.ts).
 */
import { EN_NAMING_CUES, EN_NAMING_OBJECT_OPENERS, EN_NOT_COMPLEMENT } from '../../lexicon/cues-en';
import { featureOn } from '../features';
import { isLetterOrHyphenCp, runOf, startsLower, startsUpper } from '../text/chars';

/** A letter, a hyphen or an apostrophe (`/[\p{L}'’-]/u`): the code points of a plain word. */
const isWordCp = (cp: number): boolean => isLetterOrHyphenCp(cp) || cp === 0x27 || cp === 0x2019;
import type { Token } from '../text/text';
import { preCue } from './pre-cue';
import type { Hit } from './reported-clause';
import type { RuleInput } from './reported-rule';

/** Most words of the object before its complement (`the government's new import quota`). */
const MAX_OBJECT = 6;

/** The naming cue at token `i` with its subject and clause, or null (reported.englishNamingCue). */
export function englishNaming(input: RuleInput, i: number): Hit | null {
  const link = EN_NAMING_CUES.get(input.toks[i]!.text);
  if (link === undefined || !featureOn('reported.englishNamingCue')) return null;
  return complementAfter(input.toks, i, link, input.s.end) ? preCue(input, i, 0, true) : null;
}

/**
 * True when a determined or named object (`the ruling`, `his decision`, `Indonesia`) follows the cue at `i` and, within a
 * few words and no punctuation, the word that links its complement (`a`/`an`, or `as`) with a
 * lowercase word after it that is no measure of time (`called the hotline a day later`).
 */
function complementAfter(toks: readonly Token[], i: number, link: string, end: number): boolean {
  // A determined object (`the ruling`), or a name (`described Persija as …`).
  const object = toks[i + 1]?.text ?? '';
  if (!EN_NAMING_OBJECT_OPENERS.has(object.toLowerCase()) && !startsUpper(object)) return false;
  for (let j = i + 2; j < toks.length && j <= i + 1 + MAX_OBJECT; j++) {
    const t = toks[j]!;
    if (t.start >= end || runOf(t.text, isWordCp) < 1) return false;
    const linked = link === 'a' ? t.lower === 'a' || t.lower === 'an' : t.lower === link;
    if (!linked) continue;
    const next = toks[j + 1]?.text ?? '';
    return startsLower(next) && !EN_NOT_COMPLEMENT.has(next);
  }
  return false;
}
