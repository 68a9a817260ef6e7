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
