/**
 * The engine's one-time set-up, done before an article's text arrives. A fresh isolate (every
 * start of the extension's service worker: Chromium stops it after about 30 idle seconds) pays on
 * its first analysis for compiling the engine's functions on their first call, V8's feedback
 * set-up, the regular expressions and the lexicon look-ups built on first use (issue 8: 17–20× a
 * warm analysis on the median dev article, 12.5× with the code cache the worker starts from).
 * Analysing a short invented text first pays most of that while the page's own code still loads,
 * so the article's analysis, the reader's wait for marks, runs on compiled code.
 *
 * The page's start script asks for it (`engineWarmUp`, core/protocol.ts; utils/article-start.ts),
 * and the background runs it once per isolate (utils/page-code.ts). `npm run bench` measures the
 * lever in fresh isolates (its WARM-UP line).
 */
import { analyzeArticles } from './analyze-articles';
import { emptyArticleInfo } from './analyze';

/**
 * A short invented news text (names, places and words made up for it; nothing from an eval set)
 * with the common shapes: a named speaker with a role, a direct quote with `kata`, `Menurut dia`,
 * an indirect quote with a cue verb, a `-nya` cue, a pronoun speaker.
 */
export const WARM_UP_PARAGRAPHS: readonly string[] = [
  'Kepala Dinas Perhubungan Kota Sukamaju, Budi Santoso, mengatakan jalan baru itu dibuka pekan depan.',
  '"Kami sudah menyiapkan petugas di setiap simpang," kata Budi kepada wartawan, Senin (3/6/2024).',
  'Menurut dia, warga diminta mematuhi rambu sementara selama pekerjaan berlangsung.',
  'Sementara itu, Ketua RT 05 Siti Zubaidah menilai pengumuman itu terlambat. Ia berharap pemerintah memberi tahu warga lebih awal.',
  '"Kami baru tahu tadi pagi," ujarnya.',
];

let warm = false;

/** Records that this isolate's engine has analysed something (a warm-up is then no use). */
export function engineUsed(): void {
  warm = true;
}

/**
 * Analyses the warm-up text once per isolate; true when it ran, false when the engine had already
 * run here (a warm-up or a real analysis), which costs nothing.
 */
export function warmUpEngine(): boolean {
  if (warm) return false;
  warm = true;
  analyzeArticles([{ info: emptyArticleInfo(), paragraphs: [...WARM_UP_PARAGRAPHS] }]);
  return true;
}
