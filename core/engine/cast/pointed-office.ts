/**
 * `Kepala Dinas X membenarkan … . Pejabat itu, Budi Santoso, mengatakan …`: an office that speaks
 * unnamed in one sentence is named in the next by a noun for an official pointing back (`Pejabat
 * itu`, `Pejabat tersebut`) set off before the name. The name's role is that office, not the
 * pointing noun: read alone, `Pejabat itu` was no role at all and the panel showed the person
 * bare (cast.pointedOffice). The office is read from the sentence before as written, a run of
 * capitalised words (joined by `dan`, with a bracketed short form) that a role head opens and a
 * lowercase word (its verb) follows; the run readers may cut such a long office in pieces.
 */
import { featureOn } from '../features';
import type { BodyParagraph } from '../candidate';
import { isCapitalised, type Token } from '../text/text';
import { opensSentence, sentenceStart } from '../text/sentence-start';
import { DEFINITE } from '../../lexicon/pronouns';
import { OFFICIAL_POINTERS, ROLE_HEAD_SET } from '../../lexicon/roles';
import { isDigits } from '../text/chars';
import { isInBrackets } from '../text/bracketed';

/** Most tokens of an office read back. */
const MAX_OFFICE = 24;

/**
 * The office the words before the comma at `i - 1` of paragraph `p` point back to, or null: they
 * must be an official's noun and a demonstrative opening the sentence (`Pejabat itu, X`), and the
 * sentence before (in `p`, or closing the paragraph before it in `body`) must open with the office.
 */
export function pointedOffice(
  p: BodyParagraph,
  i: number,
  body: readonly BodyParagraph[],
): string | null {
  const t = p.tokens;
  if (!featureOn('cast.pointedOffice') || t[i - 1]?.text !== ',') return null;
  const noun = t[i - 3];
  if (!noun || !OFFICIAL_POINTERS.has(noun.lower) || !DEFINITE.has(t[i - 2]!.lower)) return null;
  if (!opensSentence(t, i - 3)) return null;
  if (i - 3 > 0) return officeOpening(t, sentenceStart(t, i - 4), p.text);
  const before = body[body.indexOf(p) - 1];
  if (!before || !before.tokens.length) return null;
  return officeOpening(
    before.tokens,
    sentenceStart(before.tokens, before.tokens.length - 1),
    before.text,
  );
}

/** The office opening the sentence at token `s`, followed by a lowercase word; null otherwise. */
function officeOpening(t: readonly Token[], s: number, text: string): string | null {
  if (!t[s] || !ROLE_HEAD_SET.has(t[s]!.lower) || !isCapitalised(t[s]!.text)) return null;
  let last = s;
  for (let k = s + 1; k < t.length && k - s < MAX_OFFICE; k++) {
    const w = t[k]!.text;
    const joins = w === 'dan' && isCapitalised(t[k + 1]?.text ?? '');
    if (!isCapitalised(w) && !isInBrackets(w) && !isDigits(w) && !joins) break;
    last = k;
  }
  const next = t[last + 1]?.text ?? '';
  if (last === s || !/^\p{Ll}/u.test(next)) return null;
  return text.slice(t[s]!.start, t[last]!.end);
}
