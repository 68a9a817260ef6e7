/**
 * A short invented news text (names, places and words made up for it; nothing from an eval set)
 * with the common shapes: a named speaker with a role, a direct quote with `kata`, `Menurut dia`,
 * an indirect quote with a cue verb, a `-nya` cue. `npm run bench` analyses it in a fresh isolate
 * before the median article (its WARM-UP line) to measure a lever outside the engine: a background
 * that analyses such a text while a page's code loads gives the article's first analysis compiled,
 * warmed code, so the reader waits for about a second analysis instead of a cold first one.
 */
export const WARM_UP_TEXT = [
  'Kepala Dinas Perhubungan Kota Sukamaju, Budi Santoso, mengatakan jalan baru itu dibuka pekan depan.',
  '"Kami sudah menyiapkan petugas di setiap simpang," kata Budi kepada wartawan, Senin (3/6/2024).',
  'Menurut dia, warga diminta mematuhi rambu sementara selama pekerjaan berlangsung.',
  'Sementara itu, Ketua RT 05 Siti Zubaidah menilai pengumuman itu terlambat. Ia berharap pemerintah memberi tahu warga lebih awal.',
  '"Kami baru tahu tadi pagi," ujarnya.',
].join('\n');
