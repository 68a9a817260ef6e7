import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Analyses invented paragraphs; each quote as [type, text, speakers]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.type, q.text, q.speakers]);

const INTRO = 'Menteri Perikanan Sakti Wibowo mengatakan pemerintah memantau kapal itu.';

describe('an outlet as the subject of a cue is a source, not a speaker', () => {
  test.each([
    ['Harian Suara Pesisir melaporkan kapal itu sudah ditahan sejak Senin.'],
    ['Majalah Bahari menyebutkan kapal itu milik perusahaan asing.'],
    ['Surat kabar Warta Timur menulis kapal itu sudah pergi.'],
    ['Menurut harian Suara Pesisir, kapal itu ditahan polisi.'],
  ])('%s', line => {
    expect(run(INTRO, line)).toEqual([
      ['indirect', 'pemerintah memantau kapal itu', ['Sakti Wibowo']],
    ]);
  });

  test('a following -nya keeps the person who spoke, not the outlet', () => {
    const quotes = run(
      INTRO,
      'Harian Suara Pesisir melaporkan kapal itu sudah ditahan. “Kami terus memantau,” ujarnya.',
    );
    expect(quotes[quotes.length - 1]).toEqual(['direct', 'Kami terus memantau', ['Sakti Wibowo']]);
  });

  test('an organisation that is no outlet still states (negative case)', () => {
    expect(run('Kementerian Kelautan menyatakan kapal itu sudah pergi dari perairan.')).toEqual([
      ['indirect', 'kapal itu sudah pergi dari perairan', ['Kementerian Kelautan']],
    ]);
  });
});

test('a publication noun ending the previous sentence does not make the next subject an outlet', () => {
  expect(
    run('Koperasi itu tidak punya surat kabar. LPSK mengaku menerima aduan warga desa.'),
  ).toEqual([['indirect', 'menerima aduan warga desa', ['LPSK']]]);
});
