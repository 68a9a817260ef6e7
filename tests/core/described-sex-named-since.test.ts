import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFF = ['discourse.describedSexNamedSince'] as const;
const VENDOR =
  'Bu Juleha, penjual lontong sayur di Terminal Kalideres, mengeluhkan sepinya penumpang. “Sehari paling laku dua puluh bungkus,” katanya.';

describe('a description by sex after a statement of the other sex means the one named since', () => {
  test.each([
    // Named after a preposition, then his kin as the subject.
    [
      'Juleha lalu menunjuk lapak milik Sarwono Adi. Istrinya, Ningsih, sibuk menghitung uang receh.',
    ],
    // Named as an object.
    ['Juleha sering meminjam termos milik tetangganya, Sarwono Adi, saat ramai.'],
  ])('%s', between => {
    const lines = [VENDOR, between, '“Bus malam sekarang jarang masuk,” ujar pria berpeci itu.'];
    expect(lastSpeakers(...lines)).toEqual(['Sarwono Adi']);
    expect(withFeaturesOff([...OFF], () => lastSpeakers(...lines))).toEqual([]);
  });

  test.each([
    // The one named since is a woman: she fits no description of a man.
    ['Juleha lalu menunjuk lapak milik Bu Ningsih Lestari.'],
    // Nobody named since the statement.
    ['Juleha lalu menunjuk lapak di seberang jalan.'],
  ])('nobody to mean: %s', between => {
    const lines = [VENDOR, between, '“Bus malam sekarang jarang masuk,” ujar pria berpeci itu.'];
    expect(lastSpeakers(...lines)).toEqual([]);
  });
});
