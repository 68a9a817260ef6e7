/** Tiny rendering helpers for component tests: preact's own `render` into a jsdom container. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Renders `vnode` into a fresh container attached to the document; returns the container. */
export function mount(vnode: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(vnode, container));
  return container;
}

/** Unmounts every container `mount` made (call in afterEach). */
export function unmountAll(): void {
  for (const container of Array.from(document.body.children)) {
    act(() => render(null, container));
    container.remove();
  }
}

/** Lets pending promises and effects run, inside act so state updates are flushed. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise(resolve => setTimeout(resolve, 0));
  });
}

/** Clicks an element and flushes the resulting updates. */
export async function click(element: Element | null): Promise<void> {
  if (!element) throw new Error('click: no element');
  await act(async () => {
    (element as HTMLElement).click();
  });
  await settle();
}

/** The text of every element matching `selector`, trimmed. */
export function texts(root: ParentNode, selector: string): string[] {
  return Array.from(root.querySelectorAll(selector), el => el.textContent?.trim() ?? '');
}
