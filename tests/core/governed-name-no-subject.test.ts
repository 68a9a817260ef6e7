import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFF = ['names.governedNameNoSubject'] as const;
const IMAM =
  'Pengurus masjid, Buya Hamzah Syarif Lubis, menuturkan jamaah subuh kini bertambah. “Masjid ini rumah kita,” kata Buya Hamzah.';

describe('a name a preposition governs before a comma and a cue is never the subject', () => {
  test.each([
    ['Kepada Republika, Buya bercerita: “Dulu hanya tiga orang yang datang.”'],
    ['Saat berbincang dengan Republika, Buya bercerita: “Dulu hanya tiga orang yang datang.”'],
  ])('%s', last => {
    expect(lastSpeakers(IMAM, last)).toEqual(['Hamzah Syarif Lubis']);
  });

  test('switched off, the outlet is read as the name and the title as its role: nobody is found', () => {
    const last = 'Kepada Republika, Buya bercerita: “Dulu hanya tiga orang yang datang.”';
    expect(withFeaturesOff([...OFF], () => lastSpeakers(IMAM, last))).toEqual([]);
  });
});
