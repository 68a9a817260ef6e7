/**
 * The command-line front end of the engine.
 *
 *   npm run -s analyze -- [--format json|markdown|text] [--out-dir DIR] [--url URL] FILE...
 *
 * One file without --out-dir: the result on stdout. With --out-dir: DIR/<name>.<json|md|txt> per
 * input, all in one process. Bad input gets a clear message and a non-zero exit, never a stack trace.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { USAGE, UsageError, parseArgs, type OutputFormat } from './cli/args';
import { InputError, analyzeFile } from './cli/read-input';
import { render } from './cli/render';

const EXTENSIONS: Record<OutputFormat, string> = { json: 'json', markdown: 'md', text: 'txt' };

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  let failures = 0;
  if (args.outDir) mkdirSync(args.outDir, { recursive: true });
  for (const file of args.files) {
    try {
      const output = render(await analyzeFile(file, args.url), args.format);
      if (!args.outDir) {
        process.stdout.write(output);
        continue;
      }
      const name = `${basename(file, extname(file))}.${EXTENSIONS[args.format]}`;
      writeFileSync(join(args.outDir, name), output);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.error(`analyze: ${error.message}`);
      failures++;
    }
  }
  return failures ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`analyze: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    // Still no stack trace for the reader; the message says what broke.
    console.error(`analyze: internal error: ${(error as Error).message ?? String(error)}`);
    process.exitCode = 70;
  }
}
