/**
 * Words title case leaves in lowercase (`Harga Cabai di Pasar Naik`, `Return of the King`): the
 * short Indonesian and English function words a headline does not capitalise. Read by
 * text/headline-line.ts, which tells a headline set in the body from running text.
 */
export const LOWERCASE_IN_TITLES: ReadonlySet<string> = new Set(
  (
    'dan di ke dari untuk yang dalam pada dengan atau soal per bagi hingga jadi ' +
    'of the in on at for to and a an as by with from'
  ).split(' '),
);
