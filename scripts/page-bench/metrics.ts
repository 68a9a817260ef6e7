/**
 * What the page paid, as Chromium counts it: CDP `Performance.getMetrics` for a tab, read once
 * the page has settled. Durations are cumulative for the page's renderer; we report ms. They are
 * taken in the renderer main thread's CPU time (`timeDomain: 'threadTicks'`), not wall time: on a
 * machine shared with other jobs, wall time also counts the moments the thread waited for a core.
 * The counts (layouts, style recalculations) say whether our changes cost extra passes.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** The metrics bench:page reports (durations in ms, counts as they are). */
export const METRICS = [
  'ScriptDuration',
  'TaskDuration',
  'RecalcStyleDuration',
  'LayoutDuration',
  'RecalcStyleCount',
  'LayoutCount',
] as const;
export type MetricName = (typeof METRICS)[number];
export type PageMetrics = Record<MetricName, number>;

/** How long after the load event the page is left alone before the metrics are read. */
export const SETTLE_MS = 600;

/**
 * Loads `url` in a fresh tab of `context`, waits for the load event plus `SETTLE_MS` (content
 * scripts run at document_idle; ours also waits for stored settings and a 250 ms ad debounce),
 * reads the metrics, and hands the still-open page to `after` before closing it.
 */
export async function coldLoad<T>(
  context: BrowserContext,
  url: string,
  after: (page: Page) => Promise<T>,
): Promise<{ metrics: PageMetrics; extra: T }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const byName = new Map(metrics.map(m => [m.name, m.value]));
    const read = Object.fromEntries(
      METRICS.map(name => [
        name,
        (byName.get(name) ?? NaN) * (name.endsWith('Duration') ? 1000 : 1),
      ]),
    ) as PageMetrics;
    return { metrics: read, extra: await after(page) };
  } finally {
    await page.close();
  }
}
