/** docs/schema-v1.json describes what the engine really prints: every fixture's result validates. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { analysedFixtures } from './e2e/node-analysis';

const schema = JSON.parse(
  readFileSync(path.join(__dirname, '..', 'docs', 'schema-v1.json'), 'utf8'),
) as object;
const results = analysedFixtures().map(({ page, node }) => ({
  slug: page.slug,
  result: node.result,
}));

describe('docs/schema-v1.json', () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it.each(results)('$slug validates', ({ result }) => {
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a result that breaks the contract', () => {
    expect(validate({ schemaVersion: 2, article: {}, speakers: [], quotes: [] })).toBe(false);
  });
});
