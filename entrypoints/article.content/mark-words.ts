/**
 * What the marks say in words, in the UI language (the extension's catalogue, as in the panel):
 * the description a screen reader gets for a marked paragraph (see mark-descriptions.ts). The
 * hover tooltip's words are the following bundle's (tooltip-words.ts), loaded on first use.
 */
import type { Speaker } from '../../core/types';
import { t } from '../../utils/i18n';
import type { QuoteMark } from './highlighter';
import { speakerWords } from './speaker-words';

/** Words of a quote's opening a description repeats, so several quotes can be told apart. */
const OPENING_WORDS = 5;
/** Up to this many quotes a description lists one by one; beyond, only who spoke. */
const LISTED_QUOTES = 4;

/** The speakers' names (one speaker: with the role), or null when the quote names nobody. */
const who = (speakers: readonly Speaker[]) => speakerWords(speakers, () => t('whyAnd'));

/** The first words of a quote, with an ellipsis when there are more. */
function opening(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length <= OPENING_WORDS
    ? words.join(' ')
    : `${words.slice(0, OPENING_WORDS).join(' ')} …`;
}

/**
 * What a screen reader hears on a paragraph with marked quotes: "Quote by Budi Santoso, Menteri";
 * with a few, each speaker with the quote's first words; with many, each speaker once.
 */
export function paragraphDescription(marks: readonly QuoteMark[]): string {
  if (marks.length === 1) {
    const name = who(marks[0]!.speakers);
    return name === null ? t('markUnnamed') : t('markBy', [name]);
  }
  const speaker = (mark: QuoteMark) => who(mark.speakers) ?? t('markSpeakerNotNamed');
  const list =
    marks.length <= LISTED_QUOTES
      ? marks.map(mark => `${speaker(mark)} (“${opening(mark.quote.text)}”)`)
      : [...new Set(marks.map(speaker))];
  return t('markList', [marks.length, list.join('; ')]);
}
