import { describe, expect, it, vi } from 'vitest';
import { rolesLine, SpeakerCard } from '../../components/SpeakerCard';
import { LIGHT_FILLS, speakerStyle } from '../../core/speaker-colors';
import { groupBySpeaker } from '../../core/summary';
import { SAMPLE_RESULT } from '../panel/sample-result';
import { useCatalogueEachTest } from '../panel/messages';
import { click, mount, texts } from './render';

const groups = groupBySpeaker(SAMPLE_RESULT);
describe('components/SpeakerCard', () => {
  useCatalogueEachTest('en');

  it.each([
    [0, 'Xi Jinping & Vladimir Putin', 'Presiden China & Presiden Rusia', '2 quotes', [0, 1]],
    [1, 'Kremlin', null, '2 quotes', [2]],
    [2, 'Xi Jinping', 'Presiden China', '1 quote', [0]],
    [3, 'Unnamed speakers', null, '1 quote', [-1]],
  ])('group %i shows names, roles, count and swatches', (at, name, role, count, indexes) => {
    const root = mount(
      <SpeakerCard group={groups[at]!} result={SAMPLE_RESULT} onSelectQuote={() => {}} />,
    );
    expect(texts(root, '.speaker-name')).toEqual([name]);
    expect(texts(root, '.speaker-role')).toEqual(role ? [role] : []);
    expect(texts(root, '.speaker-count')).toEqual([count]);
    // Each swatch carries its speaker's fill and underline, in both palettes, as the page draws them.
    const chips = Array.from(root.querySelectorAll<HTMLElement>('.chip'));
    const swatch = (chip: HTMLElement) =>
      ['--chip-fill', '--chip-fill-dark', '--chip-line-style', '--chip-line-width'].map(p =>
        chip.style.getPropertyValue(p),
      );
    expect(chips.map(swatch)).toEqual(
      indexes.map(i => {
        const [light, dark] = [speakerStyle(i, 'light'), speakerStyle(i, 'dark')];
        return [light.fill, dark.fill, light.lineStyle, light.lineWidth];
      }),
    );
    expect(chips.every(chip => chip.closest('[aria-hidden=true]'))).toBe(true);
    // The section is named by its heading for screen readers.
    const section = root.querySelector('section')!;
    expect(document.getElementById(section.getAttribute('aria-labelledby')!)?.textContent).toBe(
      name,
    );
  });

  it("lists a joint quote once, on the pair card, bordered in the first speaker's colour", () => {
    const root = mount(
      <SpeakerCard group={groups[0]!} result={SAMPLE_RESULT} onSelectQuote={() => {}} />,
    );
    expect(texts(root, '.quote-text')).toEqual([
      '“China dan Rusia mendukung peran sentral ASEAN”',
      '“ASEAN sebagai elemen kunci”',
    ]);
    expect(texts(root, '.quote-explanation')).toEqual([
      'Named here as “Xi dan Putin”: Xi Jinping and Vladimir Putin.',
      'Named here as “mereka”, which points back to Xi Jinping and Vladimir Putin, named in paragraph 2.',
    ]);
    // The quotes are Indonesian whatever the UI language: screen readers must not read them as English.
    expect(Array.from(root.querySelectorAll('.quote-text'), el => el.getAttribute('lang'))).toEqual(
      ['id', 'id'],
    );
    const border = root.querySelector<HTMLElement>('.quote')!.style.borderInlineStartColor;
    expect(border).toBe(hexToRgb(LIGHT_FILLS[0]));
  });

  it.each<[string, (string | null)[], string | null]>([
    ['solo with a role', ['Presiden China'], 'Presiden China'],
    ['solo without a role', [null], null],
    [
      'pair, both with roles',
      ['Presiden China', 'Presiden Rusia'],
      'Presiden China & Presiden Rusia',
    ],
    ['pair, one role: it says whose', ['Presiden China', null], 'A: Presiden China'],
    ['pair, no roles', [null, null], null],
  ])('rolesLine: %s', (_name, roles, expected) => {
    const members = roles.map((role, index) => ({
      speaker: { id: `s${index}`, name: 'AB'[index]!, role, aliases: [], kind: 'person' as const },
      index,
    }));
    expect(rolesLine(members)).toBe(expected);
  });

  it('renders direct quotes in curly quotes and labels reported ones, with explanations', () => {
    const root = mount(
      <SpeakerCard group={groups[1]!} result={SAMPLE_RESULT} onSelectQuote={() => {}} />,
    );
    expect(texts(root, '.quote-text')).toEqual([
      '“Rusia menyambut baik kerja sama China dan WHO”',
      'Rusia menentang politisasi isu kesehatan',
    ]);
    expect(texts(root, '.quote-label')).toEqual(['reported']);
    expect(texts(root, '.quote-explanation')).toEqual([
      'Named here as “Kremlin”: Kremlin.',
      'Named here as “Kremlin”: Kremlin.',
    ]);
  });

  it('quotes are buttons that send their id', async () => {
    const onSelect = vi.fn();
    const root = mount(
      <SpeakerCard group={groups[0]!} result={SAMPLE_RESULT} onSelectQuote={onSelect} />,
    );
    const buttons = root.querySelectorAll('button.quote');
    expect(buttons).toHaveLength(2);
    await click(buttons[1]!);
    expect(onSelect).toHaveBeenCalledWith('q2');
  });
});

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
