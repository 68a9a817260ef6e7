/** Command-line arguments of `npm run analyze`, parsed without a dependency. */

export type OutputFormat = 'json' | 'markdown' | 'text';

export interface CliArgs {
  format: OutputFormat;
  outDir: string | null;
  url: string | null;
  files: string[];
}

export const USAGE =
  'usage: npm run -s analyze -- [--format json|markdown|text] [--out-dir DIR] [--url URL] FILE...\n' +
  '  .html/.htm files are saved pages; any other file is plain text, one paragraph per line.';

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

const FORMATS: readonly OutputFormat[] = ['json', 'markdown', 'text'];

/** Parses `argv` (without node and script); throws UsageError on anything it does not understand. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { format: 'json', outDir: null, url: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? splitFlag(arg) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format' || flag === '-f') {
      const f = value();
      if (!FORMATS.includes(f as OutputFormat)) {
        throw new UsageError(`unknown format "${f}" (json, markdown or text)`);
      }
      args.format = f as OutputFormat;
    } else if (flag === '--out-dir' || flag === '-o') args.outDir = value();
    else if (flag === '--url') args.url = webAddress(value());
    else if (flag === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    } else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) throw new UsageError('no input file');
  if (args.files.length > 1 && !args.outDir) {
    throw new UsageError('several files need --out-dir DIR (one result file per input)');
  }
  return args;
}

/** `--url` must be a web address (`https://…`): it is the page's address, not a label. */
function webAddress(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--url ${JSON.stringify(value)} is not a web address (https://…)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`--url ${JSON.stringify(value)} is not a web address (https://…)`);
  return value;
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}
