import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleHeader } from '../../components/ArticleHeader';
import { PanelFooter } from '../../components/PanelFooter';
import { SettingsSwitches } from '../../components/SettingsSwitches';
import { StatusMessage } from '../../components/StatusMessage';
import { formatPublished } from '../../components/format-date';
import { SAMPLE_RESULT } from '../panel/sample-result';
import { useCatalogue } from '../panel/messages';
import { click, mount, texts, unmountAll } from './render';

let restore: () => void;
beforeEach(() => (restore = useCatalogue('id')));
afterEach(() => {
  unmountAll();
  restore();
});

describe('components/format-date formatPublished', () => {
  it.each([
    [null, 'id', null],
    ['Sabtu 05 Feb 2022 15:14 WIB', 'id', 'Sabtu 05 Feb 2022 15:14 WIB'],
    ['2022-02-05T15:14:00+07:00', 'en-US', 'February 5, 2022 at 3:14 PM'],
    ['2022-02-05', 'id-ID', '5 Februari 2022'],
    ['2022-13-45', 'en', '2022-13-45'],
  ])('%s (%s) → %s', (published, locale, expected) => {
    expect(formatPublished(published, locale)).toBe(expected);
  });
});

describe('components/ArticleHeader', () => {
  it('shows title and date', () => {
    const root = mount(<ArticleHeader article={SAMPLE_RESULT.article} locale="en-US" />);
    expect(texts(root, 'h1')).toEqual([SAMPLE_RESULT.article.title]);
    expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2022-02-05T15:14:00+07:00');
  });
});

describe('components/PanelFooter', () => {
  it.each([
    [42.4, 7, 'Dianalisis dalam 42 md · 7 iklan/gangguan disembunyikan'],
    [null, 3, '3 iklan/gangguan disembunyikan'],
    // A content script older than PageState.engineMs sends none: no timing rather than a wrong one.
    [undefined, 3, '3 iklan/gangguan disembunyikan'],
    [12, 0, 'Dianalisis dalam 12 md'],
  ])('engine %s ms, hidden %s', (engineMs, hiddenCount, expected) => {
    const root = mount(<PanelFooter engineMs={engineMs} hiddenCount={hiddenCount} />);
    expect(texts(root, 'footer')).toEqual([expected]);
  });

  it('renders nothing when there is nothing to say', () => {
    expect(mount(<PanelFooter engineMs={null} hiddenCount={0} />).innerHTML).toBe('');
  });
});

describe('components/SettingsSwitches', () => {
  it.each([
    [{ marksVisible: true, clutterHidden: true }, 'marksVisible', { marksVisible: false }],
    [{ marksVisible: false, clutterHidden: true }, 'marksVisible', { marksVisible: true }],
    [{ marksVisible: true, clutterHidden: true }, 'clutterHidden', { clutterHidden: false }],
  ])('from %o, toggling %s sends %o', async (settings, name, change) => {
    const onChange = vi.fn();
    const root = mount(<SettingsSwitches settings={settings} onChange={onChange} />);
    const input = root.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
    expect(input.getAttribute('role')).toBe('switch');
    expect(input.checked).toBe(settings[name as keyof typeof settings]);
    await click(input);
    expect(onChange).toHaveBeenCalledWith(change);
  });

  it('labels the switches in the UI language', () => {
    const root = mount(
      <SettingsSwitches
        settings={{ marksVisible: true, clutterHidden: true }}
        onChange={() => {}}
      />,
    );
    expect(texts(root, 'label')).toEqual(['Tandai kutipan', 'Sembunyikan iklan dan gangguan']);
  });
});

describe('components/StatusMessage', () => {
  it('is a status region with title and hint', () => {
    const root = mount(<StatusMessage title="Judul" hint="Petunjuk" />);
    expect(root.querySelector('[role=status]')).not.toBeNull();
    expect(texts(root, 'h2, p')).toEqual(['Judul', 'Petunjuk']);
  });
});
