/**
 * Nouns that introduce a publication, outlet or channel (`majalah X`, `laman resmi X`, `kantor
 * berita X`): the name after them is where something was reported, never the antecedent of a
 * later `-nya`/`dia` (GUIDELINES: media and documents are sources, not speakers). Lowercase.
 */
import { SPACE_RUNS, collapseSpaces } from '../engine/text/string-scans';
export const PUBLICATION_NOUNS: ReadonlySet<string> = new Set(
  `majalah harian koran tabloid situs laman portal media berita surat kabar stasiun televisi
  radio jurnal buletin`
    .split(SPACE_RUNS)
    .filter(Boolean),
);

/** Words that may stand between the publication noun and its name (`laman resmi X`). */
export const PUBLICATION_FILLERS: ReadonlySet<string> = new Set(
  'resmi daring online berita mingguan harian internasional nasional lokal'.split(' '),
);

/** True when the words written before a name (lowercase, in order) end with a publication noun. */
export function afterPublicationNoun(before: readonly string[]): boolean {
  let k = before.length - 1;
  while (k >= 0 && PUBLICATION_FILLERS.has(before[k]!) && !PUBLICATION_NOUNS.has(before[k]!)) k--;
  return k >= 0 && PUBLICATION_NOUNS.has(before[k]!);
}

/**
 * True when a name opens with a publication noun (`Majalah Warta`, `Harian Suara Pesisir`): the
 * outlet itself, never a speaker antecedent, even when the text later calls it `Majalah tersebut`.
 */
export function isPublicationName(name: string): boolean {
  const head = name.toLowerCase().split(SPACE_RUNS)[0] ?? '';
  return PUBLICATION_NOUNS.has(head);
}

/**
 * Newsrooms by name (`yang ditemui Republika`, `saat dihubungi Kompas.com`, `sumber Tempo di
 * kepolisian`): in news copy the outlet is the interviewer or the channel, never a speaker
 * (GUIDELINES: media are sources, not speakers), so a cue whose subject is read as one of these
 * names nobody. `Tempo`, `Detik` and `Kompas` are also common nouns, but a cue's subject is read
 * here only when it was read as a name (capitalised), where they are the outlets; outlets whose
 * names often open a sentence or another name are left out (`Antara lain …`; `Suara …` and
 * `Bisnis …` open many names). Lowercase, as written in copy.
 */
export const NEWS_OUTLETS: ReadonlySet<string> = new Set([
  ...['republika', 'rol', 'republika.co.id', 'kompas', 'kompas.com', 'kompas.id', 'tempo'],
  ...['tempo.co', 'detik', 'detikcom', 'detik.com', 'kumparan', 'tribunnews', 'liputan6'],
  ...['okezone', 'sindonews', 'tirto', 'tirto.id', 'katadata', 'beritasatu', 'tvone'],
  ...['kompas tv', 'metro tv', 'cnn indonesia', 'cnbc indonesia', 'jawa pos'],
]);

/** True when `name` is a newsroom's (NEWS_OUTLETS), as written or in any case. */
export const isNewsOutlet = (name: string): boolean =>
  NEWS_OUTLETS.has(collapseSpaces(name.trim().toLowerCase()));
