/** Types of bundle.mjs (plain JavaScript, run by `node` before any TypeScript loader). */
export interface BundleTarget {
  /** Folder the inputs' paths are kept relative to. */
  root: string;
  entry: string;
  outFile: string;
}
export const CLI: BundleTarget;
export function freshBundle(target?: BundleTarget): Promise<string>;
