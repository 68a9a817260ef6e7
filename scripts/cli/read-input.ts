/** Reads one input file for the CLI and turns it into an analysis, or a clear error. */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { analyzeText } from '../../core/analyze';
import { analyzeDocument } from '../../core/analyze-document';
import type { AnalysisResult } from '../../core/types';

/** A problem with an input file: its message is shown as is, exit code 1. */
export class InputError extends Error {}

const HTML_EXTENSIONS = new Set(['.html', '.htm']);

/** Analyses `file`: a saved page (.html/.htm) or plain text (one paragraph per line). */
export async function analyzeFile(file: string, url: string | null): Promise<AnalysisResult> {
  const text = readText(file);
  if (HTML_EXTENSIONS.has(extname(file).toLowerCase())) {
    // Loaded on demand: jsdom takes longer to load than a text article takes to analyse.
    const { JSDOM } = await import('jsdom');
    // jsdom without scripts or resources: the saved page is only read, never run.
    const dom = new JSDOM(text, url ? { url } : {});
    const pageUrl = url ?? canonicalUrl(dom.window.document);
    return analyzeDocument(dom.window.document, pageUrl).analysis.result;
  }
  return analyzeText(text, { url }).result;
}

function readText(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError(`${file}: is a directory, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: no such file`);
  }
  if (size === 0) throw new InputError(`${file}: the file is empty`);
  const bytes = readFileSync(file);
  if (looksBinary(bytes))
    throw new InputError(`${file}: looks like a binary file, not text or HTML`);
  const text = bytes.toString('utf8');
  if (text.trim() === '') throw new InputError(`${file}: the file has no text (only white space)`);
  return text;
}

/** NUL bytes or many invalid UTF-8 sequences in the first 8 KiB mean it is not a text file. */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  const decoded = head.toString('utf8');
  const replacements = decoded.split('\uFFFD').length - 1;
  return replacements > Math.max(4, decoded.length * 0.02);
}

function canonicalUrl(doc: Document): string | null {
  const link = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return link ?? og ?? null;
}
