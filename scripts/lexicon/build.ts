/**
 * `npm run lexicon`: writes core/lexicon/generated/*.ts from the sources named in sources.ts.
 * Deterministic: the same sources give byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedModules, NER_DIR, sourcesPresent } from './sources';

if (!sourcesPresent()) {
  console.error(`lexicon: NER corpora not found under ${NER_DIR}`);
  process.exit(1);
}
const out = join(import.meta.dirname, '../../core/lexicon/generated');
for (const [file, text] of Object.entries(generatedModules())) {
  writeFileSync(join(out, file), text);
  console.log(`${file}: ${text.length} bytes`);
}
