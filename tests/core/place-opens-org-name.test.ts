import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of an invented paragraph, with their roles. */
const speakers = (text: string) => analyzeBody(text).speakers.map(s => [s.name, s.role]);

// A company's or foundation's own name often opens with a place (`PT Jawa …`, `Yayasan Bali …`)
// and runs on past it; the place does not close the role, so the name the article uses alone
// decides where the person starts.
describe("a place after an organisation's head opens its name", () => {
  test.each([
    [
      'Direktur PT Jawa Lestari Kopi Bambang Setiawan Halim mengatakan, “Harga naik.” “Kontrak sudah diteken,” ujar Bambang.',
      ['Bambang Setiawan Halim', 'Direktur PT Jawa Lestari Kopi'],
    ],
    [
      'Ketua Yayasan Bali Hijau Lestari Made Wirawan Putra mengatakan, “Kami siap.” “Bibit sudah ada,” kata Made.',
      ['Made Wirawan Putra', 'Ketua Yayasan Bali Hijau Lestari'],
    ],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
    expect(withFeaturesOff(['names.model.placeOpensOrgName'], () => speakers(text))).not.toEqual([
      speaker,
    ]);
  });
});
