/**
 * The command-line front end of the engine.
 *
 *   npm run -s analyze -- [--format json|markdown|text] [--out-dir DIR] [--url URL] FILE...
 *
 * One file without --out-dir: the result on stdout. With --out-dir: DIR/<name>.<json|md|txt> per
 * input (the whole file name when two inputs share a name), all in one process. Exit codes: 0 done,
 * 1 an input or the output folder is unusable (a message per problem), 2 the command was called
 * wrongly (with the usage), 70 a bug (a message, never a stack trace).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { USAGE, UsageError, parseArgs, type OutputFormat } from './cli/args';
import { OutputError, outputNames, prepareOutDir, reason } from './cli/out-dir';
import { InputError, analyzeFile } from './cli/read-input';
import { render } from './cli/render';

const EXTENSIONS: Record<OutputFormat, string> = { json: 'json', markdown: 'md', text: 'txt' };

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  // Names and folder are settled before any input is read: a clash or a bad folder fails at once.
  const names = args.outDir ? outputNames(args.files, EXTENSIONS[args.format]) : [];
  if (args.outDir) prepareOutDir(args.outDir);
  let failures = 0;
  for (const [i, file] of args.files.entries()) {
    let output: string;
    try {
      output = render(await analyzeFile(file, args.url), args.format);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.error(`analyze: ${error.message}`);
      failures++;
      continue;
    }
    if (!args.outDir) {
      process.stdout.write(output);
      continue;
    }
    const path = join(args.outDir, names[i]!);
    try {
      writeFileSync(path, output);
    } catch (error) {
      throw new OutputError(`cannot write ${path} (${reason(error)})`);
    }
  }
  return failures ? 1 : 0;
}

// A reader piping into `head` closes stdout early: that ends the run, it is not an error.
process.stdout.on('error', error => {
  if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`analyze: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof OutputError) {
    console.error(`analyze: ${error.message}`);
    process.exitCode = 1;
  } else {
    // Still no stack trace for the reader; the message says what broke.
    console.error(`analyze: internal error: ${(error as Error).message ?? String(error)}`);
    process.exitCode = 70;
  }
}
