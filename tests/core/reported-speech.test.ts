import { describe, expect, test } from 'vitest';
import { analyzeParagraphs, emptyArticleInfo } from '../../core/analyze';
import { summarize } from './summarize';

const run = (...paragraphs: string[]) =>
  summarize(analyzeParagraphs(paragraphs, emptyArticleInfo())).quotes;
const intro = 'Kepala Dinas Kesehatan Kota Medan Taufik Hidayat meninjau puskesmas, Selasa (4/4).';

describe('finds reported speech', () => {
  test.each([
    [
      'Menurut Taufik, stok vaksin cukup untuk tiga bulan ke depan.',
      'stok vaksin cukup untuk tiga bulan ke depan',
      'Menurut',
      'Taufik',
    ],
    [
      'Menurutnya, stok vaksin cukup untuk tiga bulan ke depan.',
      'stok vaksin cukup untuk tiga bulan ke depan',
      'Menurutnya',
      '-nya',
    ],
    [
      'Taufik mengatakan, stok vaksin cukup untuk tiga bulan ke depan.',
      'stok vaksin cukup untuk tiga bulan ke depan',
      'mengatakan',
      'Taufik',
    ],
    [
      'Taufik mengatakan bahwa stok vaksin cukup untuk tiga bulan.',
      'stok vaksin cukup untuk tiga bulan',
      'mengatakan',
      'Taufik',
    ],
    [
      'Ia menegaskan stok vaksin cukup untuk tiga bulan.',
      'stok vaksin cukup untuk tiga bulan',
      'menegaskan',
      'Ia',
    ],
    [
      'Stok vaksin, kata Taufik, cukup untuk tiga bulan ke depan.',
      'cukup untuk tiga bulan ke depan',
      'kata',
      'Taufik',
    ],
    [
      'Stok vaksin cukup untuk tiga bulan ke depan, kata Taufik.',
      'Stok vaksin cukup untuk tiga bulan ke depan',
      'kata',
      'Taufik',
    ],
    [
      'Taufik pun berharap warga segera datang ke puskesmas terdekat.',
      'warga segera datang ke puskesmas terdekat',
      'berharap',
      'Taufik',
    ],
    [
      'Taufik mengatakan kepada wartawan, stok vaksin cukup.',
      'stok vaksin cukup',
      'mengatakan',
      'Taufik',
    ],
  ])('%s', (line, text, cue, mention) => {
    const quotes = run(intro, line);
    expect(quotes).toEqual([
      { type: 'indirect', text, speakers: ['Taufik Hidayat'], cue, mention },
    ]);
  });
});

describe('ignores what the policy excludes', () => {
  test.each([
    ['Menurut data dinas, ada 120 kasus baru pekan ini.'],
    ['Taufik membantah bahwa stok vaksin sempat kosong.'],
    ['Taufik merasa senang dengan antusiasme warga.'],
    ['Taufik meminta maaf atas antrean panjang kemarin.'],
    ['Petugas yang mengatakan hal itu sudah dipindahkan.'],
  ])('%s', line => {
    expect(run(intro, line)).toEqual([]);
  });
});
