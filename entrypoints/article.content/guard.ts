/**
 * Our errors never reach the page: each entry from the outside runs guarded. Stateless, so both
 * bundles of the page code (the marking and the following one, handover.ts) may hold a copy.
 */

/** Runs `fn`, logging instead of throwing: the page must never see our errors. */
export function guard<T>(what: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    console.debug(`[kata-siapa] ${what} failed`, error);
    return undefined;
  }
}

/** `guard` for work that goes on after a pause: a rejection is logged, never left unhandled. */
export function guardLater(what: string, fn: () => Promise<unknown>): void {
  guard(what, fn)?.catch(error => console.debug(`[kata-siapa] ${what} failed`, error));
}
