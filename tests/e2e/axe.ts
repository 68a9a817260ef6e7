/**
 * axe-core in a page under test. The source is evaluated through the DevTools protocol (not a
 * `<script>` tag), so extension pages' CSP does not block it. Every WCAG 2.x A/AA rule plus the
 * best-practice rules (landmarks, regions, one level-1 heading) run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
] as const;

/** One violation, short enough to read in a failed assertion. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  targets: string[];
  summary: string;
}

/** Runs axe on `page` (optionally only inside `include` selectors) and returns the violations. */
export async function axeViolations(page: Page, include?: string[]): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, include }) => {
      const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } })
        .axe;
      const context = include ? { include: include.map(selector => [selector]) } : document;
      const result = (await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      })) as {
        violations: {
          id: string;
          impact: string | null;
          nodes: { target: string[]; failureSummary?: string }[];
        }[];
      };
      return result.violations.map(v => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.map(n => n.target.join(' ')),
        summary: v.nodes[0]?.failureSummary ?? '',
      }));
    },
    { tags: [...AXE_TAGS], include },
  );
}
