import { describe, expect, it, vi } from 'vitest';
import { CopyBar } from '../../components/CopyBar';
import type { SummaryClipboard } from '../../components/copy-summary';
import { SAMPLE_RESULT } from '../panel/sample-result';
import { useCatalogueEachTest } from '../panel/messages';
import { click, mount, texts } from './render';

describe('components/CopyBar', () => {
  useCatalogueEachTest('en');

  it.each<[string, SummaryClipboard, string, boolean]>([
    ['success', { writeText: async () => {} }, 'Summary copied (plain text).', false],
    [
      'failure',
      { writeText: () => Promise.reject(new Error('Document is not focused.')) },
      'Could not copy: Document is not focused.',
      true,
    ],
    ['no clipboard', {}, 'Could not copy: no clipboard available', true],
  ])('%s: reports it in a live region', async (_name, clipboard, message, isError) => {
    const root = mount(<CopyBar result={SAMPLE_RESULT} clipboard={clipboard} />);
    const status = root.querySelector('[role=status]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
    await click(root.querySelector('.copy-button'));
    expect(status.textContent).toBe(message);
    expect(status.classList.contains('is-error')).toBe(isError);
  });

  it('copies the summary in the UI language', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    const root = mount(<CopyBar result={SAMPLE_RESULT} clipboard={{ writeText }} />);
    expect(texts(root, '.copy-button')).toEqual(['Copy summary']);
    await click(root.querySelector('.copy-button'));
    const text = writeText.mock.calls[0]![0];
    expect(text).toContain('\nUnnamed speakers\n- “Harga naik terus”');
    expect(text).toContain('- (reported) Rusia menentang');
  });
});
