/**
 * The "why" line's wording (`explainQuote`'s labels) from a message lookup. Stateless, and apart
 * from utils/i18n.ts (which holds the message templates), so that the page code's following
 * bundle can word its tooltips with the lookup the marking bundle hands it
 * (entrypoints/article.content/handover.ts).
 */
import type { WhyLabels } from '../core/summary';

/** Looks up a message by key, filled with `substitutions` (utils/i18n.ts's `t`). */
export type Words = (key: string, substitutions?: (string | number)[]) => string;

/** The "why" line's labels in the words of `t`. */
export function whyLabelsFrom(t: Words): WhyLabels {
  return {
    named: (words, names) => t('whyNamed', [words, names]),
    pointsBack: (words, names, paragraph) =>
      paragraph === null
        ? t('whyPointsBack', [words, names])
        : t('whyPointsBackParagraph', [words, names, paragraph]),
    continues: names => t('whyContinues', [names]),
    unnamed: words => t('whyUnnamed', [words]),
    and: t('whyAnd'),
  };
}
