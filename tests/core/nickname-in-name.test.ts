import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

const directTexts = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'direct')
    .map(q => q.text);

describe('a nickname in quotation marks inside a name is no quote', () => {
  test.each([
    'Ketua Paguyuban Pedagang Lorin, Budi “Gareng” Santoso, menilai tempat relokasi itu kurang layak.',
    'Komandan tim SAR, Hendra "Gondrong" Sitompul, mengatakan pencarian dilanjutkan besok.',
    'Pelatih tim itu, Rizal “Si Kancil” Hamdani, mengatakan timnya siap bertanding.',
  ])('%s', line => {
    expect(directTexts(line)).toEqual([]);
  });

  test.each([
    // A quoted word after a name but before a lowercase word is a quote or a term (negative cases).
    ['“Siap,” kata Budi Santoso kepada wartawan.', ['Siap']],
    ['Budi Santoso mengatakan, “Kami siap bertanding besok.”', ['Kami siap bertanding besok']],
  ])('%s', (line, texts) => {
    expect(directTexts(line)).toEqual(texts);
  });

  test('switched off, the nickname is read as a quote', () => {
    const line =
      'Ketua Paguyuban Pedagang Lorin, Budi “Gareng” Santoso, menilai tempat relokasi itu kurang layak.';
    expect(withFeaturesOff(['quotes.nicknameInName'], () => directTexts(line))).toEqual(['Gareng']);
  });
});
