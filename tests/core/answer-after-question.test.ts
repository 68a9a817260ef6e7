import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFF = ['discourse.answerAfterQuestion'] as const;

describe('an answering cue right after a quoted question is not the asker', () => {
  test.each([
    [
      [
        'Saksi ketiga, Warsiyem Lumbanraja (52), pedagang ikan di Pasar Gadingrejo, mengaku rugi Rp 90 juta.',
        '“Jadi tidak pernah ada tanda terima?” tanya hakim ketua Tumpal Hutajulu.',
        '“Tidak pernah, Yang Mulia. Kami percaya saja,” jawabnya.',
      ],
      'Warsiyem Lumbanraja',
    ],
    [
      [
        'Pelatih tim futsal putri, Yosefa Ranggi, mengatakan timnya siap tampil di final.',
        'Kapten tim, Serafina Lestiani, ikut mendampingi dalam jumpa pers. “Berapa lama persiapannya?” tanya Yosefa kepada Serafina. “Tiga bulan, Coach,” balasnya sambil tersenyum.',
      ],
      'Serafina Lestiani',
    ],
  ])('%j', (lines, speaker) => {
    expect(lastSpeakers(...lines)).toEqual([speaker]);
    expect(withFeaturesOff([...OFF], () => lastSpeakers(...lines))).not.toEqual([speaker]);
  });

  test('after narration, an answer may follow one’s own quote', () => {
    const lines = [
      'Ketua panitia, Fidelis Nahor, mengatakan persiapan festival hampir rampung. “Panggung selesai besok,” kata Fidelis.',
      'Ditanya soal anggaran, ia enggan merinci. “Nanti saja,” jawabnya.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Fidelis Nahor']);
  });

  test.each([
    // Narration between tells who answers; a question already answered is no longer open.
    [
      '“Mengapa harus sekarang?” ujar Wagirah Widuri, warga Kampung Tambakrejo. Ia menolak penggusuran.',
      'Camat setempat, Parjono Wongsodiharjo, menjelaskan alasan pemerintah. Saat ditanya soal ganti rugi, Parjono menjawab singkat. “Sudah kami siapkan,” jawabnya.',
    ],
    [
      '“Kenapa harga beras naik?” tanya Wagirah Widuri kepada pedagang, Parjono Wongsodiharjo. “Stok dari gudang terlambat,” jawab Parjono.',
      'Parjono kemudian ditanya soal pasokan minggu depan. “Mungkin Senin sudah normal,” jawabnya.',
    ],
  ])('%s', (...lines) => {
    expect(lastSpeakers(...lines)).toEqual(['Parjono Wongsodiharjo']);
  });
});

// discourse.answerAfterAskedQuestion: after a question put with a cue of asking, the next
// paragraph's quote answers whatever its cue, unless it asks again or goes on (`lanjutnya`).
describe('a quote opening its paragraph right after an asked question answers it', () => {
  const EXCHANGE = [
    'Saksi Kusnandar Tumangger, pemilik bengkel, dihadirkan jaksa Sukarmini Purbasari.',
    '“Saudara melihat kejadian itu?” tanya Sukarmini.',
    '“Lihat, Bu. Saya ada di depan bengkel,” jawab Kusnandar.',
    '“Saudara yakin orang itu terdakwa?” tanya Sukarmini lagi.',
  ];
  test.each([
    ['“Yakin, Bu. Jaraknya dekat sekali,” ujarnya.', 'Kusnandar Tumangger'],
    ['“Yakin. Saya kenal wajahnya,” katanya pelan.', 'Kusnandar Tumangger'],
    // Asking again, or going on, keeps the asker.
    ['“Berapa meter jaraknya?” ujarnya.', 'Sukarmini Purbasari'],
    ['“Ingat, Saudara sudah disumpah,” lanjutnya.', 'Sukarmini Purbasari'],
  ])('%s', (answer, speaker) => {
    expect(lastSpeakers(...EXCHANGE, answer)).toEqual([speaker]);
  });

  test('guard: a question with no answer before it may be rhetorical; its asker goes on', () => {
    expect(
      lastSpeakers(
        'Camat Lubai, Darmaji Kusuma, mengatakan relokasi dimulai bulan depan.',
        '“Kalau kami pindah, siapa yang menjamin kami bisa makan?” tanya Sumilah Dalimunthe, warga setempat.',
        '“Kami sudah tiga generasi tinggal di sini,” ujarnya.',
      ),
    ).toEqual(['Sumilah Dalimunthe']);
  });

  test('switched off, the asker takes the answer', () => {
    const answer = '“Yakin, Bu. Jaraknya dekat sekali,” ujarnya.';
    expect(
      withFeaturesOff(['discourse.answerAfterAskedQuestion'], () =>
        lastSpeakers(...EXCHANGE, answer),
      ),
    ).toEqual(['Sukarmini Purbasari']);
  });
});
