/**
 * The breakdown our content script times itself (performance.now() around its own slices), as
 * PageState reports it. It leaves out what the browser counts on its side (compiling the bundle,
 * style and layout), which the CDP metrics above include.
 */
import type { PageState } from '../../core/protocol';
import { median } from './cli';

/** The PageState timing fields shown, with their column titles. */
const FIELDS: { title: string; of: (state: PageState) => number | null | undefined }[] = [
  { title: 'work', of: s => s.workMs },
  { title: 'to marks', of: s => s.elapsedMs },
];

export function selfTimedHeader(): string {
  return `${'fixture'.padEnd(28)} ${FIELDS.map(f => f.title.padStart(9)).join(' ')}`;
}

export function selfTimedColumns(slug: string, states: PageState[]): string {
  const cells = FIELDS.map(field => {
    const values = states.map(field.of).filter((v): v is number => typeof v === 'number');
    return (values.length ? median(values).toFixed(2) : 'n/a').padStart(9);
  });
  return `${slug.padEnd(28)} ${cells.join(' ')}`;
}
