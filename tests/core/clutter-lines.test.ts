import { describe, expect, it } from 'vitest';
import { isClutterLine, isEndOfArticle, isOutletClutterLine } from '../../core/lexicon/clutter';

// isClutterLine asks a line only the patterns of its first word; it must answer as asking every
// pattern with the `iu` flags did (the list as it was before the split).
const ALL_PATTERNS = [
  /^advertisement$/iu,
  /^berita\s+(?:lainnya|terkait|terpopuler)$/iu,
  /^baca\s+juga\s*:?/iu,
  /^baca\s*:/iu,
  /^baca berita selengkapnya/iu,
  /^(?:read(?:\s+(?:more|also))?|also\s+read|see\s+also)\s*:/iu,
  /^(?:foto|videography|grafis|infografis|ilustrasi)\s*:/iu,
  /^(?:photos?|caption)\s*:/iu,
  /^(?:rep|red)\s*:/iu,
  /^(?:sumber|source)\s*:/iu,
  /^ikuti\s+(?:whatsapp|kami|berita|serial|news)/iu,
  /^(?:loading\.\.\.|next article|previous article|pilihan redaksi|kantor berita|ikuti kami)$/iu,
  /^komik si calus/iu,
  /klik di\s*sini\.?$/iu,
  /^laporan (?:wartawan|jurnalis) republika/iu,
  /^oleh\s*:/iu,
];
const END = /^(?:berita\s+(?:lainnya|terkait|terpopuler))$/iu;
// isOutletClutterLine asks a line only the patterns of its first word too (`i`, as they were).
const OUTLET_PATTERNS = [
  /^(?:pewarta|editor|pilihan\s+editor|penulis|reporter|penyunting|tags?)\s*:/i,
  /^(?:copyright\s*)?(?:©|\(c\)\s)/i,
  /^\([a-z]{2,6}(?:\/[a-z]{2,6})+\)$/i,
  /^(?:simak|dapatkan)\s+(?:breaking\s+news|update\s+berita|berita\s+pilihan|informasi)/i,
];
const outletReference = (line: string) => OUTLET_PATTERNS.some(p => p.test(line.trim()));
const reference = (line: string) => ALL_PATTERNS.some(p => p.test(line.trim()));

const lines = [
  'Advertisement',
  'ADVERTISEMENT',
  'Berita Lainnya',
  'berita  terkait',
  'Berita terkait lainnya',
  'Baca Juga: Warga desa menanam pohon',
  'BACA: Harga cabai turun',
  'Baca berita selengkapnya di sini',
  'Read More: Jakarta sends 12 swimmers to the Asian Games',
  'Also read: Harga cabai turun',
  'Reading the budget: a guide',
  'Read more about the plan',
  'Bacaan hari ini',
  'Foto: dokumentasi panitia',
  'Photo: Farmers carry sacks of rice to a warehouse in a village, Monday (3/12).',
  'Caption: Volunteers hand out food at a shelter',
  'Photographers gathered at the gate',
  'Ilustrasi : pasar pagi',
  'Rep: Andi / Red: Budi',
  'Reporter: Andi',
  'Sumber: kantor berita',
  'Ikuti WhatsApp Channel kami',
  'Ikuti kami',
  'Loading...',
  'Next Article',
  'Pilihan Redaksi',
  'Komik Si Calus: hari Senin',
  'Untuk kabar lain, klik di sini.',
  'KLIK DISINI',
  'Laporan wartawan Republika dari desa',
  'Oleh : Penulis Tamu',
  '  Rep :  x',
  'Kepala desa mengatakan, panen raya dimulai pekan depan.',
  '“Kami siap,” kata dia.',
  '',
  '   ',
  'ſumber: kabar', // ſ folds onto s under iu
  'Ikuti ſerial ini',
  'Komik ſi calus',
  'Klik di ſini', // no: K is not Kelvin here, ſ folds
  '\u212aomik si calus', // Kelvin sign folds onto k
  'ReP:',
  'rep\u00a0: tab',
  'Éoleh:',
  'oleh:',
  'olehan: x',
  'Pewarta: Andi',
  'pilihan editor: harga cabai turun',
  'Tags : banjir, desa',
  'Tag: x',
  'Copyright © Kantor Berita 2024',
  'COPYRIGHT(c) 2024',
  '© 2024 Kabar Desa',
  '(c) 2024 Kabar Desa',
  '(abc/def)',
  '(AB/cde/fgh)',
  '(abc)',
  ' (abc/def) ',
  'Simak breaking news setiap pagi',
  'Dapatkan update berita setiap hari',
  'Editorial desa',
  'Reporters: x',
  'klik di sini',
  'Klik Di Sini.',
  'klik disini..',
  'klik di SINİ',
];

let seed = 777;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pieces = [
  'baca',
  'Berita',
  'rep',
  'RED',
  ':',
  ' ',
  'juga',
  'ikuti',
  'kami',
  'ſ',
  '\u212a',
  'é',
];
pieces.push('lainnya', 'klik di', 'sini', '.', 'oleh', 'x', 'foto', '\t', 'komik si calus');
pieces.push(
  '(',
  ')',
  '/',
  'abc',
  '©',
  'copyright',
  'editor',
  'tags',
  'simak',
  'informasi',
  'SINI',
  'İ',
);
const fuzzed = Array.from({ length: 3000 }, () =>
  Array.from(
    { length: Math.floor(random() * 6) },
    () => pieces[Math.floor(random() * pieces.length)],
  ).join(''),
);

describe('clutter lines', () => {
  it('isClutterLine answers as every pattern did, on invented and fuzzed lines', () => {
    for (const line of [...lines, ...fuzzed])
      expect([line, isClutterLine(line)]).toEqual([line, reference(line)]);
  });
  it('isOutletClutterLine answers as every outlet pattern did, on invented and fuzzed lines', () => {
    for (const line of [...lines, ...fuzzed])
      expect([line, isOutletClutterLine(line)]).toEqual([line, outletReference(line)]);
  });
  it('isEndOfArticle answers as its pattern did', () => {
    for (const line of [...lines, ...fuzzed].map(l => l.trim()))
      expect([line, isEndOfArticle(line)]).toEqual([line, END.test(line)]);
  });
  it('finds the clutter it is for', () => {
    expect(isClutterLine('Baca Juga: Warga desa menanam pohon')).toBe(true);
    expect(isClutterLine('Read More: Jakarta sends 12 swimmers to the Asian Games')).toBe(true);
    expect(isClutterLine('Read more about the plan')).toBe(false);
    expect(isClutterLine('Kepala desa mengatakan, panen raya dimulai.')).toBe(false);
    expect(isEndOfArticle('Berita Terkait')).toBe(true);
  });
});
