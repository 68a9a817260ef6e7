/** Saves JSON from the panel as a file the browser downloads (no `downloads` permission needed). */

/** A file name from the article URL's last path segment: `kata-siapa-<slug>.json`. */
export function jsonFileName(url: string | null, prefix = 'kata-siapa'): string {
  const slug = (url ?? '')
    .split(/[?#]/)[0]!
    .split('/')
    .filter(Boolean)
    .at(-1)
    ?.replace(/[^a-z0-9-]+/gi, '-')
    .slice(0, 80);
  return `${prefix}${slug && !/^https?-?$/i.test(slug) ? `-${slug}` : ''}.json`;
}

/** Starts the download of `data` as pretty-printed JSON named `fileName`. */
export function downloadJson(data: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the blob; free it once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
