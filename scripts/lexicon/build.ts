/**
 * `npm run lexicon`: writes the generated lexicons (core/lexicon/generated/*.ts, and the word-shape
 * model in scripts/lexicon/generated) from the sources named in sources.ts.
 * Deterministic: the same sources give byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedModules, NER_DIR, sourcesPresent } from './sources';

if (!sourcesPresent()) {
  console.error(`lexicon: NER corpora not found under ${NER_DIR}`);
  process.exit(1);
}
const root = join(import.meta.dirname, '../..');
for (const [file, text] of Object.entries(generatedModules())) {
  writeFileSync(join(root, file), text);
  console.log(`${file}: ${text.length} bytes`);
}
