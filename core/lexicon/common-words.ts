/**
 * Frequent words of five letters or more that carry no topic of their own: adverbs, conjunctions,
 * prepositions, time nouns and auxiliaries news copy repeats in any sentence. Two sentences that
 * share only these are not about the same thing (discourse/statement-topic.ts). Lowercase.
 */
import { DAY_PARTS, TIME_NOUNS } from './time-nouns';
import { words } from './word-list';

export const COMMON_WORDS: ReadonlySet<string> = new Set([
  // The time nouns are time-nouns.ts's own lists, not a copy.
  ...TIME_NOUNS,
  ...DAY_PARTS,
  ...words(`
    sudah telah masih belum sedang akan pernah sempat hanya sangat lebih paling cukup
    sejak selama setelah sebelum hingga sampai ketika sambil karena sehingga supaya
    bahwa namun tetapi walaupun meskipun apalagi bahkan justru seperti antara dalam
    kepada terhadap tentang tanpa bersama menjadi adalah merupakan yaitu
    semua setiap beberapa banyak sedikit sekitar lainnya lalu
    mereka kami kita
  `),
]);
