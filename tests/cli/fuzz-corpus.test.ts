/**
 * The CLI against a generated corpus of hostile inputs (long lines, many quote marks, deep nesting,
 * binary, odd encodings, control characters, Markdown and HTML syntax in the article), run as a
 * reader runs it: real processes, real files, every input of a kind in one `--out-dir` run.
 * Asserted: exit codes, messages, well-formed and escaped outputs. How long a run takes is printed
 * by `npm run bench`, never asserted here.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { MAX_HTML_DEPTH, MAX_INPUT_BYTES } from '../../scripts/cli/read-input';

// A run reads a 2 MB line and several pages: tens of seconds on a busy machine.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });

const root = join(__dirname, '..', '..');
// The launcher readers run (`npm run analyze`): the bundled CLI, rebuilt when a source changed.
const cli = join(root, 'scripts', 'analyze.mjs');
const seedText = readFileSync(join(root, 'tests', 'fixtures', 'seed-article.txt'), 'utf8');
const seedPage = readFileSync(
  join(root, 'tests', 'fixtures', 'pages', 'current-design', 'source.html'),
  'utf8',
);

function analyze(...args: string[]) {
  // A bounded wait: a run that hangs fails the test instead of stalling the suite.
  const run = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    cwd: root,
    timeout: 150_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

/** A small deterministic generator (mulberry32): the same corpus on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(7);
const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;

// Invented newsroom prose with a direct quote and reported speech (no eval text).
const PROSE =
  'Kepala Dinas Pendidikan Rahmat Santoso mengatakan, sekolah akan dibuka pekan depan. ' +
  '“Kami sudah menyiapkan semua ruang kelas,” kata Rahmat. ';
const DATELINE = 'REPUBLIKA.CO.ID, JAKARTA -- ';

// Every control the text and Markdown outputs must not carry raw (C0 but the line break, DEL, C1,
// bidi marks, embeddings, overrides and isolates).
const CONTROL_CHARS = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter(c => c !== '\n'),
  '\u007f',
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i)),
  '\u061c',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
const RAW_CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

// Markdown and HTML an article could carry into the Markdown output.
const HOSTILE_MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- komentar -->',
  '**tebal**',
  '_miring_',
  '`kode`',
  '[tautan](javascript:alert(1))',
  '![gambar](http://contoh.test/x.png)',
  '<http://contoh.test>',
  '&lt;b&gt;',
  '~~coret~~',
  '| a | b |',
  '\\*',
];

/** Text with controls and markup inside quotes, names and plain sentences. */
function hostileText(): string {
  const lines = [
    'Sabtu 05 Feb 2022 15:14 WIB',
    '',
    `<h1>Judul ${HOSTILE_MARKUP.join(' ')}</h1>`,
    '',
    'Rep: A/ Red: B',
  ];
  for (let i = 0; i < 40; i++) {
    const junk = Array.from({ length: 4 }, () => pick([...CONTROL_CHARS, ...HOSTILE_MARKUP]));
    lines.push(
      `${i === 0 ? DATELINE : ''}Menteri Budi${junk[0]}Santoso mengatakan, pemerintah ${junk[1]} akan membangun jalan di desa ${junk[2]} itu.`,
      `“Kami siap ${junk[3]} bekerja untuk ${pick(HOSTILE_MARKUP)} semua warga,” kata Budi.`,
    );
  }
  return lines.join('\n');
}

/** Random words, marks and symbols from across Unicode, no structure at all. */
function noise(length: number): string {
  const pieces = [
    'kata',
    'ujarnya',
    'Menurut',
    'Budi',
    'mengatakan',
    ',',
    '.',
    '“',
    '”',
    '"',
    "'",
    '‘',
    '’',
    '«',
    '»',
    '„',
    '(',
    ')',
    ' ',
    ' ',
    '\n',
    'é',
    '日本',
    '🙂',
    'ج',
    '\u202e',
    '\u0000'.replace('\u0000', '\u0001'),
    '--',
    ':',
  ];
  let out = DATELINE;
  while (out.length < length) out += pick(pieces);
  return out;
}

/** The seed page with hostile title and paragraphs, one paragraph wrapped `depth` levels deep. */
function hostilePage(depth: number): string {
  const markup = HOSTILE_MARKUP.map(m => m.replace(/&/g, '&amp;').replace(/</g, '&lt;')).join(' ');
  return seedPage
    .replace(/<h1>[^<]*<\/h1>/u, `<h1>Stok &#x202e;Beras \u001b[31m ${markup}</h1>`)
    .replace(/<link rel="canonical"[^>]*>/u, '<link rel="canonical" href="javascript:alert(1)">')
    .replace(
      '<p>Bambang mengatakan,',
      `${'<div>'.repeat(depth)}<p>Bambang mengatakan, ${markup} \u0007\u202e`,
    )
    .replace('melalui Perum Bulog.</p>', `melalui Perum Bulog.</p>${'</div>'.repeat(depth)}`);
}

const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

const scratch = mkdtempSync(join(tmpdir(), 'ks-fuzz-'));
const inputs = join(scratch, 'in');
mkdirSync(inputs);
const write = (name: string, content: string | Buffer) => {
  writeFileSync(join(inputs, name), content);
  return join(inputs, name);
};

/** Inputs the CLI must read: name → content. */
const readable: Record<string, string | Buffer> = {
  'one-long-line.txt': DATELINE + PROSE.repeat(Math.ceil(2_000_000 / PROSE.length)),
  'straight-marks.txt': '"'.repeat(200_000),
  'curly-marks.txt': Array.from({ length: 100_000 }, () => pick(['“', '”', ' '])).join(''),
  'apostrophes.txt': DATELINE + "'a ".repeat(60_000),
  'cues-without-stop.txt': DATELINE + 'kata dia, '.repeat(20_000),
  'noise.txt': noise(300_000),
  'controls-and-markup.txt': hostileText(),
  'crlf-and-cr.txt': seedText.replace(/\n/g, '\r\n').replace(/\r\n\r\n/u, '\r\r'),
  'utf8-bom.txt': '\uFEFF' + seedText,
  'utf16le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]),
  'utf16be-bom.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(seedText)]),
  'hostile-page.html': hostilePage(MAX_HTML_DEPTH - 20),
  'markdown-title.html': seedPage.replace(/<h1>[^<]*<\/h1>/u, '<h1>&lt;div&gt;# Judul</h1>'),
};
const text = (name: string) => {
  const content = readable[name]!;
  // The UTF-16 files hold the seed text.
  return typeof content === 'string' ? content.replace(/^\uFEFF/u, '') : seedText;
};

/** Inputs the CLI must refuse, each with its message. */
const refused: Record<string, [string | Buffer, RegExp]> = {
  'random-bytes.txt': [
    Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rand() * 256))),
    /binary/,
  ],
  'utf16-without-bom.txt': [Buffer.from(seedText, 'utf16le'), /UTF-16 text without a byte-order/],
  'too-large.txt': [
    Buffer.alloc(MAX_INPUT_BYTES + 1, 'a'),
    /too large \(5\.0 MB; the limit is 5\.0 MB/,
  ],
  'deep.html': [
    `<!doctype html><title>x</title>${'<div>'.repeat(10_000)}<p>“Ini kutipan,” kata Budi.</p>`,
    /nested 100\d\d levels deep/,
  ],
  'deep-template.html': [
    `<!doctype html><template>${'<b>'.repeat(3_000)}</template>`,
    /levels deep/,
  ],
};

type Format = 'json' | 'markdown' | 'text';
const FORMATS: readonly Format[] = ['json', 'markdown', 'text'];
const EXT: Record<Format, string> = { json: 'json', markdown: 'md', text: 'txt' };
const outDir = (format: Format) => join(scratch, `out-${format}`);
const runs = {} as Record<Format, ReturnType<typeof analyze>>;
const output = (format: Format, name: string) =>
  readFileSync(join(outDir(format), `${name.replace(/\.[^.]+$/u, '')}.${EXT[format]}`), 'utf8');

/** Whether `line` holds `ch` without a backslash escaping it (`\\` is an escaped backslash). */
function hasUnescaped(line: string, ch: string): boolean {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === ch) return true;
  }
  return false;
}

// Every input in one run per format: one process reads the whole corpus.
beforeAll(() => {
  for (const [name, content] of Object.entries(readable)) write(name, content);
  for (const [name, [content]] of Object.entries(refused)) write(name, content);
  const files = [...Object.keys(readable), ...Object.keys(refused)].map(n => join(inputs, n));
  for (const format of FORMATS)
    runs[format] = analyze('--format', format, '--out-dir', outDir(format), ...files);
}, 600_000);

describe('the fuzz corpus', () => {
  test.each(FORMATS)(
    'as %s: every readable input read, every other refused with its own message',
    format => {
      const run = runs[format];
      expect(run.signal).toBeNull();
      expect(run.code).toBe(1); // the refused inputs
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(Object.keys(refused).length);
      for (const [name, [, message]] of Object.entries(refused)) {
        const line = lines.find(l => l.includes(name));
        expect(line, name).toMatch(message);
      }
      expect(readdirSync(outDir(format)).sort()).toEqual(
        Object.keys(readable)
          .map(n => `${n.replace(/\.[^.]+$/u, '')}.${EXT[format]}`)
          .sort(),
      );
    },
  );

  test('JSON outputs are schema v1 and quote only the input', () => {
    for (const name of Object.keys(readable)) {
      const result = JSON.parse(output('json', name));
      expect(result.schemaVersion, name).toBe(1);
      const ids = new Set(result.speakers.map((s: { id: string }) => s.id));
      for (const q of result.quotes) {
        for (const id of q.speakerIds) expect(ids.has(id), name).toBe(true);
        if (name.endsWith('.txt')) expect(text(name).includes(q.text), name).toBe(true);
      }
    }
  });

  test('every encoding of the same text gives the same result', () => {
    const utf8 = output('json', 'utf8-bom.txt');
    expect(JSON.parse(utf8).quotes.length).toBeGreaterThan(0);
    for (const name of ['utf16le-bom.txt', 'utf16be-bom.txt'])
      expect(output('json', name)).toBe(utf8);
  });

  test('a long line finds each of its quotes; a line of marks is no quote', () => {
    const result = JSON.parse(output('json', 'one-long-line.txt'));
    expect(result.quotes).toHaveLength(Math.ceil(2_000_000 / PROSE.length) * 2);
    expect(JSON.parse(output('json', 'straight-marks.txt')).quotes).toEqual([]);
  });

  test.each(['markdown', 'text'] as const)('%s outputs carry no raw control character', format => {
    for (const name of Object.keys(readable))
      expect(output(format, name), name).not.toMatch(RAW_CONTROL);
    // The controls are shown escaped, not dropped.
    expect(output(format, 'controls-and-markup.txt')).toMatch(/\\u001B|\\u202E|\\u0007/u);
  });

  test('Markdown never carries the article’s markup live', () => {
    for (const name of Object.keys(readable)) {
      const md = output('markdown', name);
      expect(md.startsWith('# ') || md.startsWith('_Not a Republika'), name).toBe(true);
      for (const line of md.split('\n')) {
        // Our own syntax: heading and list marks, the explanation in _…_, the page's web address
        // as an autolink; everything else on the line is article text.
        const article = line
          .replace(/^<https?:\/\/[^\s<>]+>(?: · |$)/u, '')
          .replace(/^(?:#+ |- )/u, '')
          .replace(/ — _(.*)_ \(¶\d+\)$/u, ' $1')
          .replace(/^_(.*)_$/u, '$1');
        for (const syntax of ['<', '>', '*', '_', '`', '[', ']', '~', '|'])
          expect(hasUnescaped(article, syntax), `${name}: ${syntax} in ${line}`).toBe(false);
      }
    }
    expect(output('markdown', 'markdown-title.html')).toMatch(/^# \\<div\\># Judul/u);
    expect(output('markdown', 'controls-and-markup.txt')).toContain(
      '\\<script\\>alert(1)\\</script\\>',
    );
  });
});

describe('output names in one --out-dir', () => {
  test('a.txt and a.html keep their whole names; nothing is written over', () => {
    const dir = join(scratch, 'same-name');
    const a = write('a.txt', seedText);
    const b = write('a.html', seedPage);
    const run = analyze('--out-dir', dir, a, b);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['a.html.json', 'a.txt.json']);
    const title = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')).article.title;
    expect(title('a.txt.json')).not.toBe(title('a.html.json'));
  });

  test('the same file name in two folders is refused before anything is written', () => {
    mkdirSync(join(inputs, 'x'));
    mkdirSync(join(inputs, 'y'));
    const dir = join(scratch, 'clash');
    const run = analyze(
      '--out-dir',
      dir,
      write('x/page.html', seedPage),
      write('y/page.txt', seedText),
      write('x/page.txt', seedText),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /y\/page\.txt and .*x\/page\.txt would both be written to page\.txt\.json/u,
    );
    expect(existsSync(dir)).toBe(false);
  });
});
