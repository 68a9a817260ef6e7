/**
 * Nouns that introduce a publication, outlet or channel (`majalah X`, `laman resmi X`, `kantor
 * berita X`): the name after them is where something was reported, never the antecedent of a
 * later `-nya`/`dia` (GUIDELINES: media and documents are sources, not speakers). Lowercase.
 */
export const PUBLICATION_NOUNS: ReadonlySet<string> = new Set(
  `majalah harian koran tabloid situs laman portal media berita surat kabar stasiun televisi
  radio jurnal buletin`
    .split(/\s+/u)
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
  const head = name.toLowerCase().split(/\s+/u)[0] ?? '';
  return PUBLICATION_NOUNS.has(head);
}
