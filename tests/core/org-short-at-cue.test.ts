import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// cast.orgShortAtCue: a name at a cue whose words stand together inside the one organisation the
// cast holds with them is that organisation, even when its first word reads as a role (`Jasa`).
describe('a shorter form of an organisation’s name at a cue is the organisation (cast.orgShortAtCue)', () => {
  const text =
    'PT Jasa Prima Logistik Cabang Jawa Barat menyebutkan gudang darurat sudah dibuka. “Petugas kami berjaga 24 jam,” tulis Jasa Prima.';
  test('the company speaks', () => {
    expect(lastSpeakers(text)).toEqual(['PT Jasa Prima Logistik Cabang Jawa Barat']);
    expect(withFeaturesOff(['cast.orgShortAtCue'], () => lastSpeakers(text))).toEqual(['Prima']);
  });
});
