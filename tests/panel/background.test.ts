import { describe, expect, it, vi } from 'vitest';
import { setupPanelToggle, type PanelToggleApis } from '../../entrypoints/background';

/** A click event source whose listener the test can fire, as the browser would. */
function clickSource() {
  const listeners: (() => void)[] = [];
  return {
    onClicked: { addListener: (listener: () => void) => listeners.push(listener) },
    click: () => listeners.forEach(listener => listener()),
    listeners,
  };
}

describe('entrypoints/background setupPanelToggle', () => {
  it('asks Chrome to open the side panel on action click', () => {
    const setPanelBehavior = vi.fn(async () => {});
    const action = clickSource();
    expect(setupPanelToggle({ sidePanel: { setPanelBehavior }, action })).toBe('sidePanel');
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    // Chrome handles the click itself; a listener would never fire and must not be relied on.
    expect(action.listeners).toHaveLength(0);
  });

  it.each([
    [
      'MV3 action',
      (apis: PanelToggleApis, source: ReturnType<typeof clickSource>) => (apis.action = source),
    ],
    [
      'MV2 browserAction',
      (apis: PanelToggleApis, source: ReturnType<typeof clickSource>) =>
        (apis.browserAction = source),
    ],
  ])('toggles the Firefox sidebar synchronously on %s click', (_name, attach) => {
    const calls: string[] = [];
    const toggle = vi.fn(() => {
      calls.push('toggle');
      return Promise.resolve();
    });
    const source = clickSource();
    const apis: PanelToggleApis = { sidebarAction: { toggle } };
    attach(apis, source);
    expect(setupPanelToggle(apis)).toBe('sidebarAction');
    source.click();
    calls.push('after click');
    // toggle ran inside the click, not in a later microtask (Firefox's user-action rule).
    expect(calls).toEqual(['toggle', 'after click']);
  });

  it('does nothing when neither panel API exists', () => {
    expect(setupPanelToggle({ action: clickSource() })).toBe('none');
  });

  it('logs rather than throws when setPanelBehavior rejects', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    setupPanelToggle({ sidePanel: { setPanelBehavior: () => Promise.reject(new Error('no')) } });
    await new Promise(resolve => setTimeout(resolve, 0));
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
