import { describe, expect, it } from 'vitest';
import { joinNames } from '../../core/join-names';

describe('joinNames', () => {
  const cases: [string[], string][] = [
    [[], ''],
    [['Rahmat Hidayat'], 'Rahmat Hidayat'],
    [['Rahmat Hidayat', 'Dewi Prameswari'], 'Rahmat Hidayat dan Dewi Prameswari'],
    [['Rahmat', 'Dewi', 'Yusuf'], 'Rahmat, Dewi dan Yusuf'],
  ];
  it.each(cases)('%j → %s', (names, expected) => {
    expect(joinNames(names, () => 'dan')).toBe(expected);
  });

  it('asks for the joining word only when two or more names need it', () => {
    let asked = 0;
    const and = () => {
      asked++;
      return 'and';
    };
    joinNames(['Rahmat'], and);
    expect(asked).toBe(0);
    expect(joinNames(['Rahmat', 'Dewi'], and)).toBe('Rahmat and Dewi');
    expect(asked).toBe(1);
  });
});
