/**
 * What a floor was measured on: the ids of the gold articles and one hash over their files, in id
 * order. A floor measured on another set of articles means nothing, so a changed set fails loudly.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** eval-floor.json: the measures' minimums, and the set they were measured on. */
export interface Floor {
  _comment?: string;
  _articles?: string;
  _goldSha256?: string;
  [measure: string]: number | string | undefined;
}

export function goldFingerprint(goldDir: string): { articles: string; sha256: string } {
  const files = readdirSync(goldDir)
    .filter(f => f.endsWith('.json'))
    .sort();
  const hash = createHash('sha256');
  for (const f of files)
    hash
      .update(f)
      .update('\0')
      .update(readFileSync(join(goldDir, f)));
  return { articles: files.map(f => f.slice(0, -5)).join(','), sha256: hash.digest('hex') };
}

/** Exits 1 with a clear message when the gold set differs from the floor's. */
export function checkSameArticles(floor: Floor, goldDir: string): void {
  const now = goldFingerprint(goldDir);
  if (floor._goldSha256 === now.sha256) return;
  console.error(
    'eval: the dev set is not the one eval-floor.json was measured on ' +
      `(floor: ${floor._articles ?? '?'}; now: ${now.articles}; sha256 ${now.sha256}).\n` +
      'Re-measure the floor on the new set in a commit of its own, and say why.',
  );
  process.exit(1);
}
