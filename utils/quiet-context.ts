/**
 * The content-script context our content scripts run with, in place of WXT's own
 * (`wxt/utils/content-script-context`, swapped in by an alias in wxt.config.ts for every content
 * script build). WXT's context cannot be kept off the page (issue 7):
 *
 * - on start it dispatches a `CustomEvent` named `<extension id>:<script>:wxt:content-script-started`
 *   on `document`, which page scripts receive: a page listening for that name learns that we run,
 *   on every Republika page, articles or not (a published extension's id is public);
 * - it invalidates itself when such an event arrives from anyone, so a page replaying it switches
 *   the script off (the detector then stops following the page's address);
 * - `noScriptStartedPostMessage` turns off only the `postMessage` half of the announcement.
 *
 * This one sends nothing and listens to nothing: it is invalidated only when the extension itself
 * is gone (`runtime.id` undefined, checked whenever someone asks), exactly what WXT checks too.
 * A newer copy of a script replacing an older one is handled by the scripts themselves, in our
 * isolated world (see stopRunning in entrypoints/article.content/page-run.ts). The API is the
 * subset of WXT's that content scripts use, with the same names and behaviour.
 */

/** The extension API object as WXT's content scripts see it (`browser` in Firefox, `chrome` in Chrome). */
type RuntimeHolder = { runtime?: { id?: string } };

/** True while the extension that loaded this script is installed and enabled. */
function extensionAlive(): boolean {
  try {
    const g = globalThis as { browser?: RuntimeHolder; chrome?: RuntimeHolder };
    return (g.browser ?? g.chrome)?.runtime?.id != null;
  } catch {
    return false;
  }
}

export class ContentScriptContext {
  /**
   * Made on first use: the page code takes a context on every article load and, reading the
   * article at once, never uses it, and the first AbortController of a fresh content-script world
   * costs about 0.13 ms of the page's main thread (seed-article, performance.now() around it,
   * 15 cold loads), the interface set up in that world (page-run.ts makes its own lazily too).
   */
  private controller: AbortController | null = null;

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    this.controller ??= new AbortController();
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller ??= new AbortController();
    this.controller.abort(reason);
  }

  /** True once the extension is gone (or `abort` was called). */
  get isInvalid(): boolean {
    if (!this.signal.aborted && !extensionAlive()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Calls `cb` when the context is invalidated; returns the function that removes it. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** A promise that never settles, for code that must not go on after invalidation. */
  block<T>(): Promise<T> {
    return new Promise<T>(() => {});
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame(time => this.isValid && callback(time));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  /** Listens on `target` until invalidation (WXT's own `wxt:` events are not offered here). */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: EventListener,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}
