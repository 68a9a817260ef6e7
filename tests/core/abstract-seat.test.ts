import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of the last quote. */
function lastSpeakers(...paragraphs: string[]): string {
  const quotes = analyzeBody(...paragraphs).quotes;
  return quotes[quotes.length - 1]!.speakers.join(' + ');
}

/**
 * An English abstract noun after an acronym (`APEC Cooperation`) is the field of an office named in
 * someone's role, no seat of the institution: the acronym speaking alone later is the
 * institution itself, not that field (names.model.abstractSeat).
 */
const ROWS: readonly (readonly [role: string, speaker: string])[] = [
  ["Indonesia's Director for APEC Cooperation, Kartinah Sumilah,", 'APEC'],
  ['The deputy chief for ASEAN Development, Bramantyo Kusnandar,', 'ASEAN'],
];

const article = (role: string, org: string) => [
  'Delegates gathered in Ende on Monday.',
  `${role} said the meeting had gone well.`,
  `On Tuesday evening, ${org} announced that it plans to send a mission next month.`,
];

describe('an English abstract noun is no seat', () => {
  test.each(ROWS)('%s', (role, org) => expect(lastSpeakers(...article(role, org))).toBe(org));

  test.each(ROWS)('switched off: %s', (role, org) => {
    const off = withFeaturesOff(['names.model.abstractSeat'], () =>
      lastSpeakers(...article(role, org)),
    );
    expect(off).not.toBe(org);
  });

  test('a seat no gazetteer knows still names the institution', () => {
    const speakers = lastSpeakers(
      'KBRI Tawangmas menyatakan 40 warga sudah dievakuasi.',
      'KBRI Tawangmas juga mengatakan bantuan tiba besok.',
    );
    expect(speakers).toBe('KBRI Tawangmas');
  });
});
