/**
 * A nickname written in quotation marks inside a person's name (`Budi “Gareng” Santoso`, `Hendra
 * "Gondrong" Sitompul`): the marks set off what the person is called, not words anyone said.
 */
import type { MarkedSpan } from './quote-marks';
import { NICKNAME_MAX_WORDS } from '../text/quoted-nickname';

/** Capitalised words up to the name reader's limit, nothing else (`Gareng`, `Si Kancil`). */
const NICKNAME = new RegExp(
  `^\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,${NICKNAME_MAX_WORDS - 1}}$`,
  'u',
);
/** A capitalised word, then one space, closing the text before the opening mark. */
const NAME_BEFORE = /(?:^|\s)\p{Lu}[\p{L}'’.-]* $/u;
/** One space, then a capitalised word, opening the text after the closing mark. */
const NAME_AFTER = /^ \p{Lu}\p{L}/u;

/** True when `span` in `text` is a nickname between a person's name words. */
export function nicknameInName(text: string, span: MarkedSpan): boolean {
  if (!span.closed) return false;
  return (
    NICKNAME.test(text.slice(span.start, span.end)) &&
    NAME_BEFORE.test(text.slice(Math.max(0, span.open - 40), span.open)) &&
    NAME_AFTER.test(text.slice(span.after, span.after + 4))
  );
}
