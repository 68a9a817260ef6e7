import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of the paragraph's quotes, joined. */
const said = (paragraph: string) => analyzeBody(paragraph).quotes.map(q => q.speakers.join(' + '));

describe('a company name after PT runs on to the person’s given name', () => {
  test.each([
    [
      '“Kinerjanya cukup solid,” kata Kepala Riset PT Bintang Sekuritas Rudi Hartawan.',
      'Rudi Hartawan',
    ],
    ['Direktur PT Bintang Timur Sejahtera Rina Kartika mengatakan pabrik siap.', 'Rina Kartika'],
    ['Direktur PT Maju Jaya Budi Santoso mengatakan pabrik siap.', 'Budi Santoso'],
  ])('%s', (paragraph, speaker) => {
    expect(said(paragraph)).toEqual([speaker]);
  });

  test('switched off, the company word opens the name', () => {
    // `Sekuritas` names a line of business, which names.model.companyTypeWord reads too: both off.
    const off = withFeaturesOff(['names.model.companyName', 'names.model.companyTypeWord'], () =>
      said('“Kinerjanya cukup solid,” kata Kepala Riset PT Bintang Sekuritas Rudi Hartawan.'),
    );
    expect(off).toEqual(['Sekuritas Rudi Hartawan']);
  });
});
