/**
 * Where a speaker comes from, set off between the subject and its pre-posed cue: `Sari dari Tegal
 * mengatakan …`, `Rukmini (61) dari Tegal, Jawa Tengah, mengatakan …`, `Maria Lopes, 40, from
 * Dili, East Timor, said …`. Feature pages and wire copy introduce ordinary people this way; the
 * place is no subject, and read as one it becomes the speaker.
 */
import { isBareAge } from '../names/age-phrase';
import { ORIGIN_PREPOSITIONS } from '../../lexicon/prepositions';
import { EN_COMPASS_WORDS } from '../../lexicon/places';
import { AREA_HEAD_SET } from '../../lexicon/facilities';
import { isPlaceWord } from '../names/name-model';
import { startsLower, startsUpper } from '../text/chars';
import type { Token } from '../text/text';
import { featureOn } from '../features';

/** How many capitalised words a place in the aside may have (`Nusa Tenggara Timur`). */
const MAX_PLACE = 4;

/** The index of the first word of the capitalised run that ends before `end` (`end` when none). */
function runStart(toks: readonly Token[], end: number): number {
  let p = end;
  while (p > 0 && end - p < MAX_PLACE && startsUpper(toks[p - 1]!.text)) p--;
  return p;
}

/**
 * True when `toks[from, end)` is a known place (`Jawa Tengah`, `Tegal`) or a region named with an
 * English compass word (`West Java`, `East Flores`).
 */
function placeRun(toks: readonly Token[], from: number, end: number): boolean {
  if (from >= end) return false;
  if (EN_COMPASS_WORDS.has(toks[from]!.lower) && end - from >= 2) return true;
  for (let i = from; i < end; i++) if (!isPlaceWord(toks[i]!.text)) return false;
  return true;
}

/** True when `toks[at]` opens where someone comes from (`dari`, `asal`, `from`). */
const opensOrigin = (toks: readonly Token[], at: number): boolean =>
  ORIGIN_PREPOSITIONS.has(toks[at]?.lower ?? '');

/**
 * Steps back from the cue at `k` over `origin Place[, Region][,]`, and over a bare age set off by
 * commas before it (`, 40,`), after a name. The run must be a known place (`dari Tegal`, `from
 * Cirebon, West Java`) or be closed by a comma (`Maria Lopes, 40, from Dili, said`), so an
 * appositive name (`anggota dari Fraksi X, Nama,`) or a name after the place is never skipped. Returns the index the subject ends before; `k` when there is no aside.
 */
export function skipOrigin(toks: readonly Token[], k: number): number {
  if (!featureOn('reported.originAside')) return k;
  const end = toks[k - 1]?.text === ',' ? k - 1 : k;
  let from = runStart(toks, end);
  if (from === end) return k;
  const last = placeRun(toks, from, end);
  // `dari Tegal, Jawa Tengah,`: a region after the place, set off by its comma — only a known
  // place, so `anggota dari Fraksi X, Nama,` keeps its appositive name.
  if (last && toks[from - 1]?.text === ',') {
    const before = runStart(toks, from - 1);
    if (before < from - 1 && opensOrigin(toks, before - 1)) from = before;
  }
  const prep = from - 1;
  if (!opensOrigin(toks, prep)) return k;
  let j = prep;
  // `Maria Lopes, 40, from Dili`: a bare age between commas.
  if (toks[j - 1]?.text === ',' && isBareAge(toks[j - 2]?.text ?? '') && toks[j - 3]?.text === ',')
    j -= 3;
  // `Sumarni, from Tegal,`: the aside's opening comma.
  else if (toks[j - 1]?.text === ',') j--;
  const subjectEnd = toks[j - 1];
  if (!subjectEnd) return k;
  // Only after a name (or its bracketed age): after a lowercase word the origin belongs to a
  // description (`Sukardi (52), pedagang asal Kebumen, mengaku`), read with it.
  const named = startsUpper(subjectEnd.text) || /^\(\d/u.test(subjectEnd.text);
  // `Rizky, mahasiswa asal Medan, Sumatera Utara, mengatakan`: a region after a description's
  // origin is skipped by skipAreasAfterDescription (reported.areasAfterDescription).
  // An unknown run is where a named person comes from only when a comma closes it: without one
  // (`politikus asal Cibening Rudi Hartawan mengatakan`) the name may follow the place.
  const closed = end < k;
  return named && (last || closed) ? j : k;
}

/** True when `toks[from, end)` is an administrative area (`Kabupaten Garut`) or a known place. */
const areaRun = (toks: readonly Token[], from: number, end: number): boolean =>
  from < end &&
  (AREA_HEAD_SET.has(toks[from]!.lower) ? end - from >= 2 : placeRun(toks, from, end));

/**
 * Steps back from the cue at `k` over the wider areas set off after a description of where the
 * subject lives (`X (34), warga Kecamatan A, Kabupaten B, mengatakan`, `X, warga Desa A, Kecamatan
 * B, Kabupaten C, menuturkan`): each a comma and an area (`Kabupaten B`) or a known place, until
 * the place a lowercase word describes (`warga Kecamatan A`, `pedagang di Pasar A`). Like the region after an origin
 * (skipOrigin), the areas close that description, and the comma before the first of them then
 * closes it as it would without them; read as the subject, the last area became the speaker.
 * Returns the index of the first skipped area's first word, `k` when there is none.
 */
export function skipAreasAfterDescription(toks: readonly Token[], k: number): number {
  if (!featureOn('reported.areasAfterDescription') || toks[k - 1]?.text !== ',') return k;
  let end = k - 1;
  let first = -1;
  for (;;) {
    const from = runStart(toks, end);
    if (from === end) return k;
    const before = toks[from - 1]?.text ?? '';
    // The innermost place, described by a lowercase word (`warga`, `pedagang di`, `asal`).
    if (startsLower(before) && first > 0) return first;
    // Each wider one an area or a known place, set off by its comma.
    if (before !== ',' || !areaRun(toks, from, end)) return k;
    first = from;
    end = from - 1;
  }
}

/**
 * `Menurut warga asal Subang, Jawa Barat, pupuk …`: past the source read up to the comma at `k`,
 * whose last word is a known place, a known region or area set off by commas (`Jawa Barat`,
 * `Kabupaten Ende`) closes it too, and the statement, opening in lowercase, starts after that
 * region's comma (reported.regionAfterSource). Returns the index of that comma, `k` when there is
 * none.
 */
export function pastRegion(toks: readonly Token[], k: number): number {
  if (toks[k]?.text !== ',' || !featureOn('reported.regionAfterSource')) return k;
  const place = toks[k - 1];
  if (!place || !isPlaceWord(place.text)) return k;
  let end = k + 1;
  while (end < toks.length && end - k <= MAX_PLACE && startsUpper(toks[end]!.text)) end++;
  // The statement after it opens in lowercase (`pupuk …`): a name there (`Desa X, Andi …`) may be
  // the source's own, set off after an area that is part of its role.
  const opens = toks[end + 1] && startsLower(toks[end + 1]!.text);
  return toks[end]?.text === ',' && opens && areaRun(toks, k + 1, end) ? end : k;
}
