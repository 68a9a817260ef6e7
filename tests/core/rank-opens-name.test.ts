import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

// names.model.rankOpensName: a rank stands right before the name it belongs to, so the word after
// it opens the name though the corpora know it from units' or organisations' names.
const LINES = [
  [
    'Kapolsek Lubai Kompol Yudha Kusnandar Siregar menegaskan patroli malam akan ditambah.',
    'Yudha Kusnandar Siregar',
  ],
  [
    'Dandim Ende Letkol Inf Mitra Jonaedi Purba menyebut jembatan darurat selesai pekan depan.',
    'Mitra Jonaedi Purba',
  ],
] as const;

describe('the word after a rank opens the name (names.model.rankOpensName)', () => {
  test.each(LINES)('%s', (line, name) => {
    expect(speakerRoles(line).map(([n]) => n)).toEqual([name]);
  });
  test.each(LINES)('switched off: %s', (line, name) => {
    const off = withFeaturesOff(['names.model.rankOpensName'], () => speakerRoles(line));
    expect(off.map(([n]) => n)).not.toEqual([name]);
  });
  // Guard: a rank's service word (`Pol`, `TNI`) still goes to the role.
  test('a service word after the rank', () => {
    expect(
      speakerRoles('Kapolda Lubai Irjen Pol Kusnandar Siregar mengatakan patroli ditambah.'),
    ).toEqual([['Kusnandar Siregar', 'Kapolda Lubai Irjen Pol']]);
  });
});
