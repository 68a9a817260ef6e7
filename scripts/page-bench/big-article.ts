/**
 * A ~1 MB Republika-like article for the long-task bench: the seed-article fixture's page with
 * 2,600 paragraphs of invented newsroom prose in its body, one in four a quote with its speaker
 * (invented names). The same shape as the robustness suite's 1 MB article.
 */

const NAMES = ['Budi Santoso', 'Siti Rahma', 'Andi Wijaya', 'Dewi Lestari', 'Rudi Hartono'];

const QUOTE = (name: string) =>
  `<p>“Kami akan terus memperbaiki layanan di wilayah ini agar warga merasa aman dan nyaman setiap hari, termasuk pada malam hari,” kata ${name} di Jakarta. Ia menambahkan bahwa program itu sudah berjalan sejak tahun lalu dan melibatkan banyak pihak di daerah, dari kecamatan sampai kelurahan. Menurut dia, warga juga diminta ikut menjaga fasilitas umum yang sudah dibangun dengan dana bersama.</p>`;

const PROSE =
  '<p>Pemerintah daerah menyiapkan anggaran tambahan untuk perbaikan jalan, jembatan, dan saluran air di sejumlah kecamatan. Warga berharap pekerjaan selesai sebelum musim hujan tiba sehingga banjir tidak lagi merendam permukiman mereka tahun ini, seperti yang terjadi dua tahun lalu. Dinas terkait juga memeriksa pompa air, tanggul, dan pintu air di sepanjang sungai utama kota sebelum hujan pertama turun.</p>';

/** `seedHtml` (the seed-article fixture) with `count` paragraphs added at the top of its body. */
export function bigArticle(seedHtml: string, count = 2600): string {
  const paragraphs = Array.from({ length: count }, (_, i) =>
    i % 4 === 0 ? QUOTE(NAMES[i % NAMES.length]!) : PROSE,
  ).join('\n');
  const html = seedHtml.replace(
    /(<div class="article-content"[^>]*>\s*<article>)/,
    `$1${paragraphs}`,
  );
  if (html === seedHtml) throw new Error('bigArticle: the seed page has no article body');
  return html;
}
