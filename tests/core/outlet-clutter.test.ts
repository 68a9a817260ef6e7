import { describe, expect, it } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { isOutletClutterLine } from '../../core/lexicon/clutter';
import { bodyParagraphs, readHeader } from '../../core/engine/text/paragraphs';
import { analyzeText } from '../../core/analyze';

describe("another outlet's closing and in-body lines", () => {
  it.each([
    'Pewarta: Rina Kartika',
    'Editor: Budi Santoso',
    'Pilihan Editor: Harga Cabai di Cibening Naik Dua Kali Lipat',
    'Penulis: Dewi Lestari | Editor: Darmaji Sulistyo',
    'Tag: banjir, Cibening, pengungsi',
    'Tags: pemilu, TPS',
    'Copyright © WARTAKITA 2024',
    'COPYRIGHT © WARTAKITA 2019',
    '© 2024 Warta Kita. All rights reserved.',
    '(abc/def)',
    '(rdp/imk/xyz)',
    'Simak breaking news seputar daerahmu lewat kanal resmi kami.',
    'Dapatkan update berita terbaru tiap pagi di surelmu.',
  ])('is clutter: %j', line => {
    expect(isOutletClutterLine(line)).toBe(true);
  });

  it.each([
    'Editor majalah itu, Budi Santoso, mengatakan edisi cetak dihentikan.',
    'Penulis buku itu hadir di Cibening, Senin.',
    'Simak saja, kata Budi, harga cabai akan turun.',
    '(Foto: Dok) Warga membersihkan lumpur.',
    '(55) warga mengungsi ke balai desa.',
    'Tagihan listrik warga naik.',
  ])('is prose: %j', line => {
    expect(isOutletClutterLine(line)).toBe(false);
  });

  const ARTICLE = [
    'Warga Cibening Mengungsi',
    'Cibening (WARTAKITA) - Ketua RT setempat, Sugeng Riyadi, mengatakan warga mulai mengungsi ke balai desa sejak Senin pagi.',
    '"Air naik cepat sekali," ujarnya.',
    'Pewarta: Rina Kartika Dewi',
    'Copyright © WARTAKITA 2024',
  ];

  it('its lines are no body paragraphs, and no credit gives a speaker', () => {
    const bodies = bodyParagraphs(ARTICLE, readHeader(ARTICLE).bodyStart).map(p => p.text);
    expect(bodies).toEqual(ARTICLE.slice(1, 3));
    const { result } = analyzeText(ARTICLE.join('\n'), { url: null });
    expect(result.speakers.map(s => s.name)).toEqual(['Sugeng Riyadi']);
  });

  it('is a switch: without it, the lines are read as body', () => {
    const bodies = withFeaturesOff(['text.outletClutter'], () =>
      bodyParagraphs(ARTICLE, readHeader(ARTICLE).bodyStart),
    );
    expect(bodies.map(p => p.text)).toContain('Copyright © WARTAKITA 2024');
  });
});
