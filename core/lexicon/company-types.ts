/**
 * Words that say what kind of business a company is and close its name (`PT Samudra Sekuritas`,
 * `PT Cahaya Asuransi Syariah`, `PT Samudra Multifinance`, `PT Nusa Energi Tbk`): Indonesian
 * company names end in their line of business or their legal form, so after `PT`/`CV` the last of
 * these words before a person ends the company, whether or not the words after it are given names
 * a lexicon knows. Only words no Indonesian names a child by; lowercase.
 */
import { words } from './word-list';

export const COMPANY_TYPE_WORDS: ReadonlySet<string> = new Set(
  words(`
  sekuritas securities asuransi insurance assurance reasuransi finance multifinance pembiayaan
  capital kapital investama investindo investment investasi ventura ventures sekuritindo
  leasing factoring perbankan banking syariah
  tbk persero perseroda holding group grup corporation corp company incorporated inc ltd limited
  konsultan consulting consultant logistik logistics ekspedisi properti property realty
  konstruksi construction energi energy mining pertambangan perkebunan plantation farma pharma
  pharmaceutical teknologi technology telekomunikasi telecommunication otomotif automotive
  industri industries manufacturing manufaktur distribusi distribution trading perdagangan
  sekuritisasi
`),
);
