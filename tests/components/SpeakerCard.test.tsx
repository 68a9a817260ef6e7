import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SpeakerCard } from '../../components/SpeakerCard';
import { SPEAKER_COLORS, UNNAMED_COLOR } from '../../core/speaker-colors';
import { groupBySpeaker } from '../../core/summary';
import { SAMPLE_RESULT } from '../panel/sample-result';
import { useCatalogue } from '../panel/messages';
import { click, mount, texts, unmountAll } from './render';

const groups = groupBySpeaker(SAMPLE_RESULT);
let restore: () => void;

describe('components/SpeakerCard', () => {
  beforeEach(() => (restore = useCatalogue('en')));
  afterEach(() => {
    unmountAll();
    restore();
  });

  it.each([
    [0, 'Xi Jinping', 'Presiden China', '3 quotes', SPEAKER_COLORS[0]],
    [2, 'Kremlin', null, '2 quotes', SPEAKER_COLORS[2]],
    [3, 'Unnamed speakers', null, '1 quote', UNNAMED_COLOR],
  ])('group %i shows name, role, count and chip colour', (at, name, role, count, color) => {
    const root = mount(
      <SpeakerCard group={groups[at]!} result={SAMPLE_RESULT} onSelectQuote={() => {}} />,
    );
    expect(texts(root, '.speaker-name')).toEqual([name]);
    expect(texts(root, '.speaker-role')).toEqual(role ? [role] : []);
    expect(texts(root, '.speaker-count')).toEqual([count]);
    const chip = root.querySelector<HTMLElement>('.chip')!;
    expect(chip.style.backgroundColor).toBe(hexToRgb(color));
    // The section is named by its heading for screen readers.
    const section = root.querySelector('section')!;
    expect(document.getElementById(section.getAttribute('aria-labelledby')!)?.textContent).toBe(
      name,
    );
  });

  it('renders direct quotes in curly quotes and labels reported ones, with explanations', () => {
    const root = mount(
      <SpeakerCard group={groups[2]!} result={SAMPLE_RESULT} onSelectQuote={() => {}} />,
    );
    expect(texts(root, '.quote-text')).toEqual([
      '“Rusia menyambut baik kerja sama China dan WHO”',
      'Rusia menentang politisasi isu kesehatan',
    ]);
    expect(texts(root, '.quote-label')).toEqual(['reported']);
    expect(texts(root, '.quote-explanation')).toEqual([
      'tulis Kremlin → Kremlin',
      'menurut Kremlin → Kremlin',
    ]);
  });

  it('quotes are buttons that send their id', async () => {
    const onSelect = vi.fn();
    const root = mount(
      <SpeakerCard group={groups[0]!} result={SAMPLE_RESULT} onSelectQuote={onSelect} />,
    );
    const buttons = root.querySelectorAll('button.quote');
    expect(buttons).toHaveLength(3);
    await click(buttons[2]!);
    expect(onSelect).toHaveBeenCalledWith('q5');
  });
});

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
