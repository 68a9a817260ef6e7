/**
 * The page code's two bundles (entrypoints/article.content/handover.ts) each hold their own copy of
 * every module they import. A module with state of its own (a map of our `<style>` elements, the
 * message templates) imported by both would hold two states, one of them wrong: the two may share
 * only stateless modules, and what one needs of the other's state is handed over. Proved here on
 * the sources: both bundles' graphs of value imports (type imports are erased), and a look for
 * module-level state in every file they share.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(__dirname, '..', '..');
const MARKING = join(root, 'entrypoints/article-page.content/index.ts');
const FOLLOWING = join(root, 'entrypoints/article-follow.content/index.ts');

/** Our files a source imports as values: `import type` and `export type` are left out. */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms),
    ...text.matchAll(/^import\s+'(\.[^']+)'/gm),
  ].map(m => m[1]!);
  return specs.map(spec => {
    const base = join(dirname(file), spec);
    const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(existsSync);
    if (!found) throw new Error(`${relative(root, file)}: cannot resolve ${spec}`);
    return found;
  });
}

/** Every file of ours in the bundle that starts at `entry`. */
function graphOf(entry: string): Set<string> {
  const seen = new Set<string>();
  const next = [entry];
  while (next.length > 0) {
    const file = next.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    next.push(...valueImports(file));
  }
  return seen;
}

/**
 * Module-level state: a top-level `let` or `var`, or a top-level collection made with `new`
 * (`const added = new WeakMap()`). Constants, functions and classes hold none until called.
 */
function holdsState(file: string): boolean {
  const text = readFileSync(file, 'utf8');
  return (
    /^(?:export\s+)?(?:let|var)\s/m.test(text) ||
    /^(?:export\s+)?const\s+\w+[^=\n]*=\s*new\s/m.test(text)
  );
}

const at = (file: string) => join(root, file);
const rel = (file: string) => relative(root, file);
const marking = graphOf(MARKING);
const following = graphOf(FOLLOWING);
const shared = [...following].filter(file => marking.has(file));

describe('the page code bundles share no module with state', () => {
  test('the check finds the state the handover exists for, in the marking bundle only', () => {
    for (const file of [
      'entrypoints/article.content/page-style.ts',
      'utils/i18n.ts',
      'utils/corrections.ts',
    ]) {
      expect(holdsState(at(file)), file).toBe(true);
      expect(marking.has(at(file)), file).toBe(true);
      expect(following.has(at(file)), file).toBe(false);
    }
    expect(holdsState(at('entrypoints/article.content/guard.ts'))).toBe(false);
  });

  test('each bundle holds only its own part', () => {
    for (const file of ['session.ts', 'highlighter.ts', 'main.ts', 'clutter-hider.ts']) {
      expect(following.has(at(`entrypoints/article.content/${file}`)), file).toBe(false);
    }
    // What a reader triggers is not compiled on a page load nobody uses.
    for (const file of [
      'following.ts',
      'follow.ts',
      'mark-tooltip.ts',
      'tooltip-words.ts',
      'quote-navigation.ts',
      'live-region.ts',
    ]) {
      expect(marking.has(at(`entrypoints/article.content/${file}`)), file).toBe(false);
      expect(following.has(at(`entrypoints/article.content/${file}`)), file).toBe(true);
    }
    expect(shared.length).toBeGreaterThan(0);
  });

  test.each(shared.map(rel))('%s, in both bundles, holds no state', file => {
    expect(holdsState(at(file))).toBe(false);
  });
});
