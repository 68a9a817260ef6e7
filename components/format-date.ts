/** Dates as the panel prints them. */

/**
 * `published` is ISO 8601 when the page had JSON-LD, otherwise the date line as printed
 * ("Sabtu 05 Feb 2022 15:14 WIB"). ISO dates are shown in the reader's language in Jakarta time
 * (the newsroom's clock); anything else is shown as printed.
 */
export function formatPublished(published: string | null, locale?: string): string | null {
  if (!published) return null;
  if (!/^\d{4}-\d{2}-\d{2}/.test(published)) return published;
  const date = new Date(published);
  if (Number.isNaN(date.getTime())) return published;
  try {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      timeStyle: published.includes('T') ? 'short' : undefined,
      timeZone: 'Asia/Jakarta',
    }).format(date);
  } catch {
    // An unknown locale tag: the ISO string is still readable.
    return published;
  }
}
