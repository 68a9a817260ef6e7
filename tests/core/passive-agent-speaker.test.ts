import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// discourse.passiveAgentSpeaker: an agent named bare after a `di-` passive is the sentence's topic
// when the article uses that name alone for a speaker elsewhere, so the `-nya` after it is theirs.
describe('a bare passive agent who speaks in the article is the topic', () => {
  const LINES = [
    'Ketua Koperasi Tani Subur, Ngadimin, mengatakan panen jagung naik. “Tahun ini bagus,” kata Ngadimin.',
    'Bendahara koperasi, Sulikah, menyebut kas koperasi sehat. “Tidak ada tunggakan,” ujar Sulikah.',
    'Kepala Dinas Pertanian Kota Lembayung, Surya Wibisana, memuji koperasi itu. “Ini contoh yang baik,” kata Surya.',
    'Seluruh nota belanja koperasi diarsipkan Sulikah dalam map biru. “Tidak ada yang boleh hilang,” katanya.',
  ];

  test('the treasurer who compiled the report speaks next', () => {
    expect(lastSpeakers(...LINES)).toEqual(['Sulikah']);
    const off = withFeaturesOff(['discourse.passiveAgentSpeaker'], () => lastSpeakers(...LINES));
    expect(off).toEqual(['Surya Wibisana']);
  });
});
