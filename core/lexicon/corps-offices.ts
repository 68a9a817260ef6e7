/**
 * Offices held by an officer of a corps with a rank (`Kapolres` by an AKBP, `Dandim` by a
 * Letkol): a news story may name the office alone first (`Kapolres X mengatakan …`) and its holder
 * later by rank and name only (`kata AKBP Budi …`). Each office's corps, and each corps' ranks,
 * from the Indonesian police's and armed forces' rank tables (Wikipedia "Pangkat Polri", "Pangkat
 * TNI"); the office titles as lexicon/roles.ts writes them. Lowercase.
 */
import { words } from './word-list';

/** Police offices (Kepolisian Negara Republik Indonesia), by their short titles. */
const POLICE_OFFICES = words(`
  kapolri wakapolri kapolda wakapolda kapolres wakapolres kapolresta kapolrestabes kapolsek
  kasat kasatreskrim kasatlantas dirreskrimum dirreskrimsus dirlantas kabid
`);

/** Police ranks from general down to the non-commissioned officers. */
const POLICE_RANKS = words(`
  jenderal komjen irjen brigjen kombes kombespol akbp kompol akp iptu ipda aiptu aipda bripka brigadir
`);

/** Army territorial offices (Tentara Nasional Indonesia Angkatan Darat), by their short titles. */
const ARMY_OFFICES = words(`pangdam kasdam danrem dandim danramil danyon`);

/** Army ranks from general down to the lower officers. */
const ARMY_RANKS = words(`jenderal letjen mayjen brigjen kolonel letkol mayor kapten lettu letda`);

/** The ranks of the corps an office's title belongs to, by the title's first word. */
export const CORPS_RANKS_OF_OFFICE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...POLICE_OFFICES.map(o => [o, new Set(POLICE_RANKS)] as const),
  ...ARMY_OFFICES.map(o => [o, new Set(ARMY_RANKS)] as const),
]);
