/**
 * Datelines that open with the city alone, as the wire agency and some portals write them:
 * `Jakarta (ANTARA) - ` (the agency in brackets after the city) and `Medan - ` (the city and a dash,
 * nothing else). What stands above such a line is the header (headline, date, caption), never
 * running text whose capitalised words could make a speaker. Read by code points, as paragraphs.ts
 * reads the other datelines (no letter classes compiled on a cold page load).
 */
import { codePointAt, cpLength, isLetterCp, isSpaceCp, isUpperCp } from './chars';

/** Most words a dateline's city has (`Tangerang Selatan`, `Kota Banda Aceh`). */
const MAX_CITY_WORDS = 3;
/** Longest bracketed agency name after the city, in characters (`ANTARA`, `ANTARA News`). */
const MAX_AGENCY = 16;
/**
 * Shortest line a bare `City - ` dateline opens: the lead paragraph, not a headline or a caption
 * that happens to start with a place and a dash (`Jakarta - Bandung Ditempuh Dua Jam`).
 */
const MIN_LEAD = 80;

/** Length of the dash at `i` (`--`, `–`, `—` or `-`), 0 when none. */
function dashAt(text: string, i: number): number {
  if (text.startsWith('--', i)) return 2;
  const c = text[i];
  return c === '–' || c === '—' || c === '-' ? 1 : 0;
}

/** The end of a city's capitalised words opening `text` at `i` (one space between them), or -1. */
function cityEnd(text: string, i: number): number {
  let words = 0;
  let j = i;
  for (;;) {
    const cp = codePointAt(text, j);
    if (!isUpperCp(cp)) return words ? j - 1 : -1;
    j += cpLength(cp);
    while (isLetterCp(codePointAt(text, j)) || text[j] === '.' || text[j] === "'") j++;
    if (++words === MAX_CITY_WORDS || text[j] !== ' ') return j;
    j++;
  }
}

/**
 * `Jakarta (ANTARA) - `: the index of the dash after the city and its bracketed agency (a
 * capitalised name of letters and spaces), or -1.
 */
export function agencyDatelineDash(text: string, at: number): number {
  const city = cityEnd(text, at);
  if (city < 0 || text[city] !== ' ' || text[city + 1] !== '(') return -1;
  const close = text.indexOf(')', city + 2);
  if (close < 0 || close - city - 2 > MAX_AGENCY || !isUpperCp(codePointAt(text, city + 2)))
    return -1;
  for (let q = city + 2; q < close; q++) {
    const c = text.charCodeAt(q);
    if (c !== 0x20 && !isLetterCp(c)) return -1;
  }
  let dash = close + 1;
  while (isSpaceCp(text.charCodeAt(dash))) dash++;
  return dashAt(text, dash) ? dash : -1;
}

/**
 * `Medan - Polisi menangkap …`: where the body starts after a bare city and a spaced dash that open
 * a lead paragraph (a capital after the dash, the line at least MIN_LEAD long), or 0.
 */
export function cityDashEnd(text: string): number {
  if (text.length < MIN_LEAD) return 0;
  const city = cityEnd(text, 0);
  if (city < 0 || text[city] !== ' ') return 0;
  const dash = dashAt(text, city + 1);
  if (!dash || text[city + 1 + dash] !== ' ') return 0;
  const body = city + 2 + dash;
  return isUpperCp(codePointAt(text, body)) ? body : 0;
}
