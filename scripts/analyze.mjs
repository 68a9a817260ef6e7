#!/usr/bin/env node
/**
 * The command line as readers run it (`npm run analyze`): scripts/analyze.ts bundled, rebuilt first
 * when a source changed (scripts/cli/bundle.mjs), so a run pays no TypeScript loader.
 */
import { pathToFileURL } from 'node:url';
import { freshBundle } from './cli/bundle.mjs';

// The path is our own bundle's, never text from a page.
// eslint-disable-next-line no-unsanitized/method
await import(pathToFileURL(await freshBundle()).href);
