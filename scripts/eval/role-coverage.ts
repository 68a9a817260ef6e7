/**
 * Role coverage: of the gold speakers who are persons with a role (`Kepala Dinas Kesehatan`,
 * `warga Kota X`) and whom the engine names exactly, the share whose predicted role shares at least
 * half of the gold role's words. The scorer does not look at roles; the panel shows them beside
 * every name, so a missing or truncated role (`Minister` for `Religious Affairs Minister`) shows here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normName, tokens } from './name-boundary';

interface GoldSpeaker {
  name: string;
  accept?: string[];
  role?: string | null;
  kind?: string;
}

export interface RoleScore {
  /** Gold persons with a role whom the engine names (exactly or by an accepted form). */
  named: number;
  /** Of those, the ones given a role that shares at least half of the gold role's words. */
  matching: number;
  /** `gold role ≠ predicted role` examples, for the verbose report. */
  misses: string[];
}

/** True when `predicted` holds at least half of the words of `gold`. */
function rolesAgree(gold: string, predicted: string): boolean {
  const want = new Set(tokens(gold));
  const have = new Set(tokens(predicted));
  const shared = [...want].filter(w => have.has(w)).length;
  return shared * 2 >= want.size;
}

/** Scores the roles of the predicted speakers of `ids` (files NNN.json in both folders). */
export function roleCoverage(goldDir: string, predDir: string, ids: readonly string[]): RoleScore {
  const score: RoleScore = { named: 0, matching: 0, misses: [] };
  for (const id of ids) {
    const read = (dir: string) => JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'));
    const gold = read(goldDir) as { speakers?: GoldSpeaker[] };
    const pred = read(predDir) as { speakers?: { name: string; role?: string | null }[] };
    const byName = new Map((pred.speakers ?? []).map(p => [normName(p.name), p]));
    for (const g of gold.speakers ?? []) {
      if (g.kind !== 'person' || !g.role) continue;
      const forms = [g.name, ...(g.accept ?? [])].map(normName);
      const found = forms.map(f => byName.get(f)).find(Boolean);
      if (!found) continue;
      score.named++;
      if (found.role && rolesAgree(g.role, found.role)) score.matching++;
      else
        score.misses.push(
          `${id}: ${g.name}: "${g.role}" ≠ ${found.role ? `"${found.role}"` : 'none'}`,
        );
    }
  }
  return score;
}
