/**
 * An organisation that speaks through a person named before it: `Melalui juru bicaranya Rudi
 * Hartono, Kementerian X mengatakan …`, `Lewat kuasa hukumnya Budi, PT Y membantah …`. The person
 * is the one who spoke; the organisation is whom they speak for, so it goes into their role
 * (`juru bicara Kementerian X`). Read by mention-before.ts when the subject it found is an
 * organisation.
 */
import { featureOn } from '../features';
import { THROUGH_PREPOSITIONS } from '../../lexicon/prepositions';
import { ROLE_HEAD_SET, ROLE_WORD_SET } from '../../lexicon/roles';
import type { Mention } from './mention';
import { readRun } from './name-run';
import type { NamedRef } from './name-split';
import { readName } from './name-reading';
import type { ReadingContext } from './reading-context';
import { isLowerWord } from '../text/text';

/** Most lowercase role words between `melalui` and the name (`juru bicara resminya`). */
const MAX_ROLE = 3;

/**
 * The person the organisation `org` (its run starts at token `r`) speaks through, when `r`
 * follows `Melalui <role>(nya) <Name>,` opening the sentence; null otherwise.
 */
export function spokenThrough(
  ctx: ReadingContext,
  r: number,
  end: number,
  org: NamedRef,
): Mention | null {
  if (org.kind !== 'organization' || !org.name || ctx.toks[r - 1]?.text !== ',') return null;
  return spokenThroughAt(ctx, r, end, org);
}

/**
 * spokenThrough after an organisation and a comma: a function of its own behind its test, so that
 * an article without one compiles only the test (engine README: guards before bodies).
 */
function spokenThroughAt(
  { toks, text, evidence }: ReadingContext,
  r: number,
  end: number,
  org: NamedRef,
): Mention | null {
  if (!featureOn('names.spokenThrough')) return null;
  // The person's run ends before the comma.
  let s = r - 2;
  while (s > 0 && readRun(toks, s - 1) === r - 1) s--;
  if (s < 0 || readRun(toks, s) !== r - 1) return null;
  // Lowercase role words before it, each a role word once `-nya` is read off.
  let h = s;
  while (h > 0 && s - h < MAX_ROLE && isLowerWord(toks[h - 1]!.text)) {
    if (!ROLE_WORD_SET.has(toks[h - 1]!.text.replace(/nya$/u, ''))) break;
    h--;
  }
  const role = toks.slice(h, s).map(t => t.text.replace(/nya$/u, ''));
  if (!role.some(w => ROLE_HEAD_SET.has(w))) return null;
  const opener = toks[h - 1]?.lower ?? '';
  const before = toks[h - 2]?.text;
  if (!THROUGH_PREPOSITIONS.has(opener) || (before !== undefined && !/^[.!?”",;:]$/u.test(before)))
    return null;
  const person = readName(toks, s, r - 1, text, evidence);
  if (!person.name || person.kind !== 'person') return null;
  const ref: NamedRef = {
    ...person,
    role: [person.role, ...role, org.name].filter(Boolean).join(' '),
  };
  return { kind: 'named', refs: [ref], text: text.slice(toks[h]!.start, toks[end]!.end) };
}
