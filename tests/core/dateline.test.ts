import { describe, expect, it } from 'vitest';
import { bodyParagraphs, readHeader } from '../../core/engine/text/paragraphs';

// The dateline and header-date readers answer as the regexes they replaced (read by hand so a cold
// page load compiles no letter classes for them).
const DATELINE =
  /^\s*REPUBLIKA\.CO\.ID\s*,[\s\u00a0]*(?:[\p{Lu}][\p{L} .'/-]{0,40}?[\s\u00a0]*(?:--|–|—|-)[\s\u00a0]*)?/u;
const DATE =
  /^(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+\d{1,2}:\d{2}/u;

const datelines = [
  'REPUBLIKA.CO.ID, JAKARTA -- Budi datang.',
  '  REPUBLIKA.CO.ID ,\u00a0BANDUNG—Ia tiba.',
  'REPUBLIKA.CO.ID, Kota Bogor - warga berkumpul.',
  'REPUBLIKA.CO.ID, jakarta -- huruf kecil.',
  `REPUBLIKA.CO.ID, ${'A'.repeat(41)} -- terlalu panjang.`,
  `REPUBLIKA.CO.ID, ${'A'.repeat(40)} -- pas.`,
  'REPUBLIKA.CO.ID, SÃO PAULO – kota asing.',
  'REPUBLIKA.CO.ID, NEW YORK, tanpa tanda pisah.',
  'REPUBLIKA.CO.ID,JAKARTA---rapat.',
  'REPUBLIKA.CO.ID, 𝐁OLD -- huruf astral.',
  'REPUBLIKA.CO.ID, A-B -- x',
  'REPUBLIKA.CO.ID, A - - x',
  'REPUBLIKA.CO.ID, A  ',
  'Bukan dateline, JAKARTA -- x',
];

const dates = [
  'Senin 12 Januari 2024 10:30',
  'Ahad 1 Mei 2020 9:05 WIB',
  'Selasa 12 Jan. 2024 10:30',
  'Rabu  3  Maret1 2021 10:10',
  'Kamis 2 Éte 2021 10:10',
  'Jumat 2 𝐁ulan 2021 10:10',
  'Hari 2 Mei 2021 10:10',
];

describe('dateline and date', () => {
  it.each(datelines)('body starts where the dateline regex ends: %j', line => {
    expect(bodyParagraphs([line], 0)[0]?.from ?? 0).toBe(DATELINE.exec(line)?.[0].length ?? 0);
    expect(readHeader(['Judul', line]).bodyStart).toBe(DATELINE.test(line) ? 1 : 0);
  });
  it.each(dates)('a header date as the date regex reads it: %j', line => {
    const { info } = readHeader([line, 'REPUBLIKA.CO.ID, JAKARTA -- Isi.']);
    expect(info.published === line).toBe(DATE.test(line));
  });
});

describe("another outlet's dateline opens the body", () => {
  it.each([
    // [line, where the body text starts in it, or -1 when the line opens no body]
    ['KABARSELATAN.id, Kendari - Warga berkumpul di balai desa.', 'Warga'],
    ['AMBON, WARTATIMUR.com — Nelayan belum melaut sejak Senin.', 'Nelayan'],
    ['Kota Baru, Suara-Rakyat.co.id -- Harga beras naik.', 'Harga'],
    ['KABARSELATAN.id, Kendari — Petani menunggu hujan.', 'Petani'],
    // Negative cases: a web address inside a sentence, a clause before the comma, no dash after it.
    ['Menurut laman resmi, WARTATIMUR.com - kini ditutup.', null],
    ['Informasi lengkap ada di WARTATIMUR.com - silakan dibaca.', null],
    [
      'KABARSELATAN.id, yang terbit sejak 2010, memuat berita itu tanpa tanda pisah sama sekali.',
      null,
    ],
    ['Budi Santoso, Ketua RT, mengatakan warga siap.', null],
  ])('%j', (line, bodyWord) => {
    const lines = ['Judul Berita Yang Ditulis Kapital', 'Foto: warga di pantai. (Dok)', line];
    const { bodyStart, info } = readHeader(lines);
    if (bodyWord === null) {
      expect(bodyStart).toBe(0);
      return;
    }
    expect(bodyStart).toBe(2);
    expect(info.title).toBe('Judul Berita Yang Ditulis Kapital');
    const [first] = bodyParagraphs(lines, bodyStart);
    expect(first!.text.slice(first!.from).startsWith(bodyWord)).toBe(true);
  });

  it('is a switch: without it, such a line is running text', async () => {
    const { withFeaturesOff } = await import('../../core/engine/features');
    const lines = ['Judul', 'AMBON, WARTATIMUR.com — Nelayan belum melaut.'];
    expect(withFeaturesOff(['text.outletDateline'], () => readHeader(lines).bodyStart)).toBe(0);
  });
});
