import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { speakerRoles } from './summarize';

/** [paragraph, name, role]. */
type Row = readonly [paragraph: string, name: string, role: string];

/** [paragraph, name, role]: a cabinet portfolio written after the office's head, before the name. */
const ROWS: readonly Row[] = [
  [
    'Coordinating Minister for Economic Affairs Budi Santoso told reporters that growth would slow.',
    'Budi Santoso',
    'Coordinating Minister for Economic Affairs',
  ],
  [
    'Minister of State-Owned Enterprises Andi Pratama said the firms would merge.',
    'Andi Pratama',
    'Minister of State-Owned Enterprises',
  ],
  [
    'Minister of Energy and Mineral Resources Sari Wulandari said the price would rise.',
    'Sari Wulandari',
    'Minister of Energy and Mineral Resources',
  ],
  [
    '"The boats were seized," said Minister for Maritime Affairs Galih Pranoto.',
    'Galih Pranoto',
    'Minister for Maritime Affairs',
  ],
  // A person known by one name keeps it whole; no portfolio word opens it.
  [
    'Minister of Trade and Industry Sutarjo said the tariff would stay.',
    'Sutarjo',
    'Minister of Trade and Industry',
  ],
];

/** [paragraph, name, role]: a head with a word modifying it before its portfolio (`Director General`). */
const MODIFIED: readonly Row[] = [
  [
    'Director General of Public Works Dimas Prakoso said the roads would be finished in June.',
    'Dimas Prakoso',
    'Director General of Public Works',
  ],
  [
    'Secretary General of Agrarian Affairs Wulan Sari said the certificates were ready.',
    'Wulan Sari',
    'Secretary General of Agrarian Affairs',
  ],
];

/**
 * Each row's speaker is its name with its whole role; with `feature` off, no row's name is read
 * whole (a portfolio word went into it).
 */
function portfolioRows(title: string, rows: readonly Row[], feature: FeatureName): void {
  describe(title, () => {
    test.each(rows)('%s', (paragraph, name, role) =>
      expect(speakerRoles(paragraph)).toEqual([[name, role]]),
    );
    test(`switched off (${feature}), a portfolio word went into the name`, () => {
      const off = withFeaturesOff([feature], () => rows.map(([p]) => speakerRoles(p)[0]?.[0]));
      expect(off.filter((name, k) => name === rows[k]![1])).toEqual([]);
    });
  });
}

portfolioRows(
  'an English cabinet portfolio after the office’s head belongs to the role, not the name',
  ROWS,
  'names.englishGovernmentPortfolio',
);
portfolioRows(
  'a portfolio after a modified English head belongs to the role',
  MODIFIED,
  'names.englishTitleModifier',
);
