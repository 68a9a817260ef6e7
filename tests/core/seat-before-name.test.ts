import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of an invented paragraph, with their roles. */
const speakers = (text: string) => analyzeBody(text).speakers.map(s => [s.name, s.role]);

// An envoy's or a mission's post is written with its city after `di`/`in`; a foreign city no
// gazetteer knows is still the seat, not the first of the person's names.
describe("the city after an envoy's `di` is the seat, not a given name", () => {
  test.each([
    [
      'Konsul Jenderal RI di Tarvosa Rina Kartika Sari memastikan seluruh WNI selamat.',
      ['Rina Kartika Sari', 'Konsul Jenderal RI di Tarvosa'],
    ],
    [
      '“Warga kita aman,” kata Dubes RI di Velmora Hendra Wijaya.',
      ['Hendra Wijaya', 'Dubes RI di Velmora'],
    ],
    [
      'Kepala KJRI di Tarvosa Budi Santoso mengatakan, “Bantuan sudah tiba di pelabuhan.”',
      ['Budi Santoso', 'Kepala KJRI di Tarvosa'],
    ],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
    expect(withFeaturesOff(['names.model.seatBeforeName'], () => speakers(text))).not.toEqual([
      speaker,
    ]);
  });
});
