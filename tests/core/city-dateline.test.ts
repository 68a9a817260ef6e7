import { describe, expect, it } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { bodyParagraphs, readHeader } from '../../core/engine/text/paragraphs';
import { analyzeText } from '../../core/analyze';

const HEADER = [
  'Tim Voli Putri Cibening Juara Turnamen Antarprovinsi',
  'Senin, 4 Desember 2023 10:15 WIB',
  'Pemain Tim Voli Putri Cibening merayakan kemenangan di GOR Sukamaju. FOTO/Dok',
];
const LEAD =
  'Tim voli putri Kabupaten Cibening menjuarai turnamen antarprovinsi setelah menang 3-1 di partai final, Minggu malam.';

describe('a dateline of the city alone opens the body', () => {
  it.each([
    // [dateline, the first word of the body text]
    ['Cibening (ANTARA) - ', 'Tim'],
    ['Kota Baru (ANTARA) – ', 'Tim'],
    ['Tanjung Selor (KABARWARTA News) - ', 'Tim'],
    ['Cibening - ', 'Tim'],
    ['Banda Cibening — ', 'Tim'],
  ])('%j', (dateline, bodyWord) => {
    const lines = [...HEADER, dateline + LEAD];
    const { bodyStart, info } = readHeader(lines);
    expect(bodyStart).toBe(HEADER.length);
    expect(info.title).toBe(HEADER[0]);
    const [first] = bodyParagraphs(lines, bodyStart);
    expect(first!.text.slice(first!.from).startsWith(bodyWord)).toBe(true);
  });

  it.each([
    // A route in a headline, a short line, a clause before the dash, a lowercase word after it.
    ['Cibening - Sukamaju Ditempuh Dua Jam'],
    [
      'Warga berkumpul di balai desa - tidak ada yang pulang sebelum rapat selesai pada pukul sepuluh malam.',
    ],
    [
      'Cibening - tim voli putri kabupaten itu menjuarai turnamen antarprovinsi setelah menang 3-1 di final.',
    ],
    ['Cibening (dok) - Tim voli putri kabupaten itu menjuarai turnamen antarprovinsi di final.'],
  ])('no dateline: %j', line => {
    expect(readHeader([...HEADER, line]).bodyStart).toBe(0);
  });

  it('a bare city and dash is a dateline only below a header line', () => {
    expect(readHeader([`Cibening - ${LEAD}`]).bodyStart).toBe(0);
  });

  it('a bare city and dash later in the body keeps its words', () => {
    const lines = [...HEADER, `Cibening (ANTARA) - ${LEAD}`, `Sukamaju - ${LEAD}`];
    const [, second] = bodyParagraphs(lines, readHeader(lines).bodyStart);
    expect(second!.from).toBe(0);
  });

  it('the caption above the dateline gives no speaker', () => {
    const text = [
      'Timnas U-19 Tutup Pemusatan Latihan',
      'Kamis, 7 Maret 2019 19:05 WIB',
      'Pemain Timnas Indonesia U-19 merayakan gol di Stadion Cibening. FOTO/Dok',
      'Cibening (ANTARA) - Pelatih Timnas U-19 Darto Wiyono mengatakan timnya masih lemah saat bertahan dari serangan balik.',
      '"Bola mati masih jadi pekerjaan rumah," ujar mantan pemain timnas itu.',
    ].join('\n');
    const { result } = analyzeText(text, { url: null });
    expect(result.speakers.map(s => s.name)).toEqual(['Darto Wiyono']);
  });

  it('is a switch: without it, the header is running text', () => {
    const lines = [...HEADER, `Cibening (ANTARA) - ${LEAD}`];
    expect(withFeaturesOff(['text.cityDateline'], () => readHeader(lines).bodyStart)).toBe(0);
  });
});
