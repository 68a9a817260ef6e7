/**
 * Which dev articles the project's own scripts may read. Articles 111–120 of ../shared/eval/dev are
 * a blind slice: only `npm run eval -- --ids 111,…,120` reads them, for an aggregate score. The
 * benchmarks and the fitting script read the study articles (ids up to 110) only, so no number they
 * print, and no weight they fit, comes from the blind texts.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The highest id of a study article; ids above it are the blind slice. */
export const STUDY_MAX_ID = 110;

/** True for a corpus or gold file name (`028.txt`, `105.json`) of a study article. */
export function isStudyArticle(fileName: string): boolean {
  const id = Number.parseInt(fileName, 10);
  return Number.isFinite(id) && id <= STUDY_MAX_ID;
}

/**
 * The dev corpus folder the benchmarks read (KS_EVAL_DIR's, else ../shared/eval's) and the file
 * names of its study articles, sorted.
 */
export function studyCorpus(): { dir: string; names: string[] } {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dir = resolve(
    process.env.KS_EVAL_DIR ?? join(root, '..', 'shared', 'eval'),
    'dev',
    'corpus',
  );
  const names = readdirSync(dir)
    .filter(f => f.endsWith('.txt') && isStudyArticle(f))
    .sort();
  return { dir, names };
}
