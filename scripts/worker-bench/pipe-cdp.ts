/**
 * Debian's Chromium driven over its DevTools pipe (`--remote-debugging-pipe`) by a bare CDP client.
 * Not Playwright: Playwright attaches to every service worker, and a worker with a debugger attached
 * is never stopped for idleness, so the extension's worker would never start cold again. Here the
 * client talks to the browser target only and merely discovers the others (no attach), so Chromium
 * runs and stops the worker as it does for a reader.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromiumFlags } from '../../tests/e2e/browser';
import { BROWSER_PATHS } from '../../tests/e2e/environment';

/** A CDP event as the pipe delivers it. */
export interface CdpEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

/** A browser on the pipe: commands, an event stream, and `close()`. */
export interface PipeBrowser {
  send<T = Record<string, unknown>>(
    method: string,
    params?: Record<string, unknown>,
    sessionId?: string,
  ): Promise<T>;
  on(listener: (event: CdpEvent) => void): void;
  close(): Promise<void>;
}

/** Launches headless Chromium with the extension at `extensionDir` and a fresh profile. */
export function launchOnPipe(extensionDir: string): PipeBrowser {
  const profile = mkdtempSync(path.join(tmpdir(), 'ks-worker-profile-'));
  const child: ChildProcess = spawn(
    BROWSER_PATHS.chromium,
    [
      '--headless=new',
      ...chromiumFlags(extensionDir),
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const listeners: ((event: CdpEvent) => void)[] = [];
  let nextId = 1;
  let buffered = '';
  // A browser that exits (a crash, or close()) answers nothing more: what waits on it fails at
  // once instead of keeping the bench waiting forever.
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => {
      for (const waiting of pending.values()) waiting.reject(new Error('Chromium exited'));
      pending.clear();
      resolve();
    }),
  );
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffered += chunk;
    let end: number;
    // Messages are NUL-terminated JSON.
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end)) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
      } & Partial<CdpEvent>;
      buffered = buffered.slice(end + 1);
      if (message.id !== undefined) {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(message.error.message));
        else waiting?.resolve(message.result);
      } else if (message.method) {
        for (const listener of listeners) listener(message as CdpEvent);
      }
    }
  });
  return {
    send<T>(method: string, params: Record<string, unknown> = {}, sessionId?: string) {
      const id = nextId++;
      if (child.exitCode !== null || child.signalCode !== null) {
        return Promise.reject(new Error(`Chromium exited before ${method}`));
      }
      toBrowser.write(JSON.stringify({ id, method, params, sessionId }) + '\0');
      return new Promise<T>((resolve, reject) =>
        pending.set(id, { resolve: v => resolve(v as T), reject }),
      );
    },
    on: listener => void listeners.push(listener),
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
