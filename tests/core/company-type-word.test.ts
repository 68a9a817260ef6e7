import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

describe('a company’s line of business or legal form closes its name before a person', () => {
  test.each([
    // The given names here are ones no name lexicon is sure of: the company word decides.
    [
      '“Saham bank masih diburu,” kata Analis PT Bahtera Sekuritas Yosef Tanamal.',
      'Yosef Tanamal',
      'Analis PT Bahtera Sekuritas',
    ],
    [
      '“Premi naik tipis,” kata Direktur PT Cahaya Asuransi Syariah Yohanes Lumban.',
      'Yohanes Lumban',
      'Direktur PT Cahaya Asuransi Syariah',
    ],
    [
      '“Laba naik,” kata Direktur PT Nusa Energi Tbk Markus Wenas.',
      'Markus Wenas',
      'Direktur PT Nusa Energi Tbk',
    ],
  ])('%s', (paragraph, name, role) => expect(speakerRoles(paragraph)).toEqual([[name, role]]));

  // The role split may stop inside a longer company name (`PT Bank X Sekuritas`): the line of
  // business still closes it (names.model.companyTypeInRun).
  const longerCompany = [
    [
      '“Pasar masih ragu,” kata Kepala Ekonom PT Bank Cahaya Sekuritas Darmawan Putra.',
      'Darmawan Putra',
      'Kepala Ekonom PT Bank Cahaya Sekuritas',
    ],
    [
      'Analis PT Bank Nusa Sekuritas R Haryanto Wibisono menilai kebijakan itu sudah tepat.',
      'R Haryanto Wibisono',
      'Analis PT Bank Nusa Sekuritas',
    ],
    [
      '“Klaim naik,” ujar Direktur PT Bank Graha Asuransi Syariah Markus Wenas.',
      'Markus Wenas',
      'Direktur PT Bank Graha Asuransi Syariah',
    ],
  ] as const;
  test.each(longerCompany)('%s', (paragraph, name, role) =>
    expect(speakerRoles(paragraph)).toEqual([[name, role]]),
  );

  test('switched off, the longer company’s line of business opens the name', () => {
    const off = withFeaturesOff(['names.model.companyTypeInRun'], () =>
      longerCompany.map(([paragraph]) => speakerRoles(paragraph)[0]?.[0]),
    );
    expect(off.every(name => /^(Sekuritas|Asuransi|Syariah) /u.test(name ?? ''))).toBe(true);
  });

  test('a run that ends in the company word is the company, not a person', () => {
    expect(speakerRoles('Direktur Utama PT Nusa Energi Tbk mengatakan laba naik.')).toEqual([]);
  });

  test('switched off, the company word opens the name', () => {
    const off = withFeaturesOff(['names.model.companyTypeWord'], () =>
      speakerRoles('“Saham bank masih diburu,” kata Analis PT Bahtera Sekuritas Yosef Tanamal.'),
    );
    expect(off[0]?.[0]).toBe('Sekuritas Yosef Tanamal');
  });
});
