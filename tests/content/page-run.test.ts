import { describe, expect, test } from 'vitest';
import { beginRun } from '../../entrypoints/article.content/page-run';
import { parsePage } from './dom';

/** A run on a small parsed page (no window of its own), as the page code begins one. */
function run() {
  const doc = parsePage(
    '<!DOCTYPE html><html><body><p>Rapat warga digelar Senin.</p></body></html>',
  );
  return beginRun(doc, 'https://example.test/berita/rapat-warga', performance.now());
}

describe('entrypoints/article.content/page-run', () => {
  test.each([
    ['before the stop: runs at the stop', false, ['stop', 'before']],
    ['after the stop: runs at once', true, ['stop', 'late']],
  ])('a cleanup registered %s', (_name, late, expected) => {
    const page = run();
    const ran: string[] = [];
    if (!late) page.onStop(() => ran.push('before'));
    ran.push('stop');
    page.stop();
    if (late) page.onStop(() => ran.push('late'));
    expect(ran).toEqual(expected);
    // Each cleanup runs once: a second stop runs nothing again.
    page.stop();
    expect(ran).toEqual(expected);
  });

  test('a late cleanup that throws is guarded: the caller never sees it', () => {
    const page = run();
    page.stop();
    const ran: string[] = [];
    expect(() =>
      page.onStop(() => {
        ran.push('late');
        throw new Error('cleanup failed');
      }),
    ).not.toThrow();
    expect(ran).toEqual(['late']);
  });
});
