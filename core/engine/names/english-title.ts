/**
 * An English office's portfolio (en.republika.co.id, and start-ups' titles in Indonesian copy):
 * `Head of Government Relations`, `Chief Customer Experience`, `Director of Sales and Marketing`.
 * After an English head the portfolio's words (EN_PORTFOLIO_WORDS) belong to the role, joined by
 * `of`/`and`/`&`, so a title with no name after it is a bare title (`Menurut Director of Sales
 * lembaga itu`) and never a person called by its last word (`Sales`).
 */
import {
  EN_GOVERNMENT_PORTFOLIO_WORDS,
  EN_PORTFOLIO_JOINERS,
  EN_PORTFOLIO_WORDS,
  EN_ROLE_HEAD_SET,
  EN_ROLE_MODIFIER_SET,
} from '../../lexicon/roles';
import { featureOn } from '../features';
import { startsUpper } from '../text/chars';
import { lowerWord } from '../text/kept-per-string';

/** True when `words[k]` is a capitalised portfolio word inside an English office's title. */
export function isPortfolioWordAt(words: readonly string[], k: number): boolean {
  if (!featureOn('names.englishTitle')) return false;
  const w = words[k]!;
  if (!startsUpper(w) || !isPortfolioWord(lowerWord(w))) return false;
  // Back over the portfolio and its joiners to the head that holds it; with
  // names.englishTitleModifier, past a word modifying the head (`Director General of …`).
  for (let j = k - 1; j >= 0; j--) {
    const lw = lowerWord(words[j]!);
    if (EN_ROLE_HEAD_SET.has(lw) && startsUpper(words[j]!)) return true;
    if (headModifier(lw, words[j - 1])) continue;
    if (!EN_PORTFOLIO_JOINERS.has(lw) && !isPortfolioWord(lw)) return false;
  }
  return false;
}

/**
 * True when lowercase `lw` modifies the English head right before it (`Director General`,
 * `Secretary General`), with names.englishTitleModifier on.
 */
const headModifier = (lw: string, before: string | undefined): boolean =>
  EN_ROLE_MODIFIER_SET.has(lw) &&
  before !== undefined &&
  EN_ROLE_HEAD_SET.has(lowerWord(before)) &&
  featureOn('names.englishTitleModifier');

/**
 * True for a word of an English office's portfolio: business vocabulary, and with
 * names.englishGovernmentPortfolio a cabinet's (`Economic`, `Maritime`, `State-Owned`).
 */
const isPortfolioWord = (lw: string): boolean =>
  EN_PORTFOLIO_WORDS.has(lw) ||
  (EN_GOVERNMENT_PORTFOLIO_WORDS.has(lw) && featureOn('names.englishGovernmentPortfolio'));

/**
 * True for a capitalised word of a cabinet portfolio (`Mineral`, `Resources`, `Fisheries`), with
 * names.englishGovernmentPortfolio on: never a person's name word after `and` inside a role.
 */
export const isCabinetWord = (w: string): boolean =>
  startsUpper(w) &&
  (EN_GOVERNMENT_PORTFOLIO_WORDS.has(w.toLowerCase()) || EN_PORTFOLIO_WORDS.has(w.toLowerCase())) &&
  featureOn('names.englishGovernmentPortfolio');
