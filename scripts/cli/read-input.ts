/** Reads one input file for the CLI and turns it into an analysis, or a clear error. */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { analyzeParagraphs, analyzeText } from '../../core/analyze';
import { notArticleAnalysis, readDocumentText } from '../../core/analyze-document';
import type { AnalysisResult } from '../../core/types';

/** A problem with an input file: its message is shown as is, exit code 1. */
export class InputError extends Error {}

const HTML_EXTENSIONS = new Set(['.html', '.htm']);

/**
 * The largest input read, in bytes: ten times a large saved Republika page (about 0.5 MB; an
 * article's text is under 100 kB). jsdom holds a page in about 100× its size and reads each of its
 * paragraphs through the selector engine: a 10 MB page of dense paragraphs took 1.1 GB and over a
 * minute and a half, a 50 MB one 2.7 GB; at 5 MB a run stays near half a gigabyte.
 */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/**
 * The deepest element nesting read from a saved page. Chromium's HTML parser stops nesting at 512
 * levels (deeper elements become siblings), and jsdom's cost grows with depth squared: a page
 * 10,000 levels deep took minutes. Real pages are a few dozen levels deep.
 */
export const MAX_HTML_DEPTH = 512;

/** Analyses `file`: a saved page (.html/.htm) or plain text (one paragraph per line). */
export async function analyzeFile(file: string, url: string | null): Promise<AnalysisResult> {
  const text = readText(file);
  if (HTML_EXTENSIONS.has(extname(file).toLowerCase())) {
    await checkNesting(file, text);
    // Loaded on demand: jsdom takes longer to load than a text article takes to analyse.
    const { JSDOM } = await import('jsdom');
    // jsdom without scripts or resources: the saved page is only read, never run.
    const dom = new JSDOM(text, url ? { url } : {});
    const pageUrl = url ?? canonicalUrl(dom.window.document);
    const read = readDocumentText(dom.window.document, pageUrl);
    // The page is let go before the engine runs: jsdom holds it in many times its size, and the
    // peak memory is then the larger of the two, not their sum.
    dom.window.close();
    return read
      ? analyzeParagraphs(read.texts, read.info).result
      : notArticleAnalysis(pageUrl).result;
  }
  return analyzeText(text, { url }).result;
}

function readText(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError(`${file}: is a directory, not a file`);
    // A FIFO or a device (`/dev/zero`) would block or never end.
    if (!stat.isFile()) throw new InputError(`${file}: not a regular file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'EACCES' ? `${file}: permission denied` : `${file}: no such file`,
    );
  }
  if (size === 0) throw new InputError(`${file}: the file is empty`);
  if (size > MAX_INPUT_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new InputError(
      `${file}: too large (${mb(size)}; the limit is ${mb(MAX_INPUT_BYTES)}, ` +
        'far above any article or saved page)',
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot be read (${code ?? (error as Error).message})`);
  }
  const text = decode(file, bytes);
  if (text.trim() === '') throw new InputError(`${file}: the file has no text (only white space)`);
  return text;
}

/**
 * The file's text: UTF-8, or UTF-16 when it starts with a byte-order mark (Windows editors save
 * "Unicode" text so). Anything else that is not text is refused as binary.
 */
function decode(file: string, bytes: Buffer): string {
  const bom = (a: number, b: number) => bytes[0] === a && bytes[1] === b;
  let text: string;
  if (bom(0xff, 0xfe)) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bom(0xfe, 0xff)) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (looksLikeUtf16(bytes)) {
      throw new InputError(
        `${file}: looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)`,
      );
    }
    text = bytes.toString('utf8').replace(/^\uFEFF/u, '');
  }
  if (looksBinary(text))
    throw new InputError(`${file}: looks like a binary file, not text or HTML`);
  return text;
}

/** NUL characters or many undecodable sequences in the first 8 KiB mean it is not a text file. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  if (head.includes('\0')) return true;
  const replacements = head.split('\uFFFD').length - 1;
  return replacements > Math.max(4, head.length * 0.02);
}

/** Most odd (or even) bytes NUL and few of the others: ASCII-range text in UTF-16. */
function looksLikeUtf16(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.length < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    if (i % 2) oddNul++;
    else evenNul++;
  }
  const half = head.length / 2;
  return Math.max(evenNul, oddNul) > half * 0.6 && Math.min(evenNul, oddNul) < half * 0.05;
}

/**
 * Refuses a page nested deeper than MAX_HTML_DEPTH, measured on parse5's plain tree (the parser
 * jsdom uses, in linear time) before jsdom builds its own.
 */
async function checkNesting(file: string, html: string): Promise<void> {
  const { parse } = await import('parse5');
  type Node = { childNodes?: Node[]; content?: Node };
  let deepest = 0;
  const stack: [Node, number][] = [[parse(html) as Node, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of node.childNodes ?? []) stack.push([child, depth + 1]);
    if (node.content) stack.push([node.content, depth]); // a <template>'s own fragment
  }
  if (deepest > MAX_HTML_DEPTH) {
    throw new InputError(
      `${file}: elements nested ${deepest} levels deep; saved pages deeper than ` +
        `${MAX_HTML_DEPTH} levels (where browsers stop nesting) are not read`,
    );
  }
}

/** The page's own address (canonical link, then og:url), when it is a web address. */
function canonicalUrl(doc: Document): string | null {
  const link = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const url = link ?? og ?? null;
  return url !== null && /^https?:\/\/\S+$/iu.test(url.trim()) && URL.canParse(url.trim())
    ? url.trim()
    : null;
}
