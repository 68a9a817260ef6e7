/**
 * The same engine run in Node on the fixture's HTML (jsdom), as the reference the browser must
 * match: the content script reads the DOM Chromium built, this reads the DOM jsdom built, and both
 * must find the same speakers and paragraphs.
 */
import { JSDOM } from 'jsdom';
import { analyzeDocument } from '../../core/analyze-document';
import type { AnalysisResult } from '../../core/types';
import { loadFixtures, type FixturePage } from './fixture-server';

/** What Node's run of the engine gives for a fixture. */
export interface NodeAnalysis {
  result: AnalysisResult;
  /** The article paragraphs' text, in order (must all stay visible in the page). */
  paragraphTexts: string[];
}

/** Parses `page.html` with jsdom at the fixture's URL and runs `analyzeDocument`. */
export function analyzeInNode(page: FixturePage): NodeAnalysis {
  const dom = new JSDOM(page.html, { url: page.url });
  const { analysis, paragraphs } = analyzeDocument(dom.window.document, page.url);
  return {
    result: analysis.result,
    paragraphTexts: paragraphs.map(p => (p.textContent ?? '').trim()).filter(text => text !== ''),
  };
}

/** Every fixture page with Node's analysis of it: what each browser suite compares against. */
export function analysedFixtures(): { page: FixturePage; node: NodeAnalysis }[] {
  return loadFixtures().map(page => ({ page, node: analyzeInNode(page) }));
}
