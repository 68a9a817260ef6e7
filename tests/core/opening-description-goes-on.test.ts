import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFF = ['discourse.openingDescriptionGoesOn'] as const;

describe('a description by age band opening a statement goes on with the person talked of', () => {
  test('the elderly woman the paragraph is about, not the older one named before', () => {
    const lines = [
      'Dua perempuan itu menunggu bus ke Terminal Giwangan. Mbok Paijem berusia 83 tahun, sementara Tumirah Sastrodiharjo tiga tahun lebih muda.',
      '“Saya ke kota untuk kontrol mata,” kata Paijem.',
      'Tumirah punya urusan lain. Ia hendak menjenguk cucunya di asrama. Nenek enam cucu itu mengatakan, “Cucu saya baru masuk pondok.”',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Tumirah Sastrodiharjo']);
    expect(withFeaturesOff([...OFF], () => lastSpeakers(...lines))).not.toEqual([
      'Tumirah Sastrodiharjo',
    ]);
  });

  test('at a cue after the quote the band still finds the aged person', () => {
    const lines = [
      'Dimas Bagaskara (15) selamat setelah berpegangan pada batang pohon selama dua jam.',
      'Kepala regu penyelamat, Sutardjo, mengatakan pencarian berlanjut. “Kami kerahkan dua tim,” kata Sutardjo.',
      '“Saya takut sekali,” kata remaja itu.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Dimas Bagaskara']);
  });

  test('a choice told an age outside the band gives way to the one it fits', () => {
    const lines = [
      'Warga Dusun Kalibening, Mbah Jayusman (80), menolak dievakuasi. Relawan Dimas Bagaskara (22) membujuknya selama sejam.',
      'Dimas mengaku kelelahan. Ia belum tidur sejak kemarin. Kakek itu mengatakan, “Saya mau menjaga rumah.”',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Jayusman']);
  });
});
