/**
 * Several names in one line of reading prose: "A", "A and B", "A, B and C". Shared by the
 * summary's explanations (summary.ts) and the marks' words in the page (speaker-words.ts), so the
 * panel, the copied summary and the tooltips join names the same way. The joining word is the
 * caller's (a locale's, looked up only when two or more names need it).
 */
export function joinNames(names: readonly string[], and: () => string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and()} ${names.at(-1)}`;
}
