/**
 * One spelled-out form for a title, so an abbreviation and its expansion match (`Kapolda Jawa
 * Tengah` = `Kepala Kepolisian Daerah Provinsi Jawa Tengah`): lowercase words, each abbreviation
 * of title-abbreviations.ts expanded, multi-word spellings folded, optional words dropped.
 */
import {
  TITLE_ABBREVIATIONS,
  TITLE_FOLDS,
  TITLE_OPTIONAL,
} from '../../lexicon/title-abbreviations';
import { nameTokens } from '../text/token-runs';

const EXPAND = new Map(Object.entries(TITLE_ABBREVIATIONS));

/** The lowercase words of `title` in their spelled-out form. */
export function titleTokens(title: string): string[] {
  const out: string[] = [];
  // `Menteri Perdagangan (Mendag)`: the short form the article defines in brackets is one of the
  // title's words, so `kata Mendag` later finds the person who holds it.
  for (const w of nameTokens(title.replaceAll('(', ' ').replaceAll(')', ' '))) {
    if (TITLE_OPTIONAL.has(w)) continue;
    out.push(...(EXPAND.get(w) ?? w).split(' '));
  }
  let s = ` ${out.join(' ')} `;
  for (const [long, short] of TITLE_FOLDS) s = s.split(` ${long} `).join(` ${short} `);
  return s.split(' ').filter(Boolean);
}
