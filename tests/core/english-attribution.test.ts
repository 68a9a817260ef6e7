import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * English (en.republika.co.id) attribution classes, on invented newsroom sentences: each quote as
 * `type|text|speakers`, and each named speaker's role.
 */
const quotesOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => `${q.type}|${q.text}|${q.speakers.join(' + ')}`);
const roleOf = (name: string, ...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.find(s => s.name === name)?.role ?? null;

describe('an appositive description with a possessive or an office before the comma', () => {
  test.each([
    [
      "Malaysia's ambassador to Peru, Dr. Rina Kusumawati, said the talks would resume in March.",
      'Rina Kusumawati',
      "Malaysia's ambassador to Peru",
    ],
    [
      "The bank's Executive Vice President for Operations, Yusuf Hartono, said the branch would close.",
      'Yusuf Hartono',
      'Executive Vice President for Operations',
    ],
    [
      "Chile's foreign minister, Tomas Herrera, said the border would stay open.",
      'Tomas Herrera',
      "Chile's foreign minister",
    ],
  ])('%s', (line, name, role) => {
    const quotes = quotesOf(line);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.endsWith(`|${name}`)).toBe(true);
    expect(roleOf(name, line)).toContain(role);
  });

  test('the description is never the reported clause of a telling cue', () => {
    const line =
      "Chile's foreign minister, Tomas Herrera, told reporters in Manila on Friday that his government would send aid.";
    expect(quotesOf(line)).toEqual(['indirect|his government would send aid|Tomas Herrera']);
  });
});

describe('a role around the name, with titles and initials', () => {
  test.each([
    [
      '"The dam is safe," FAO representative in Laos Petra Johansson said in a statement.',
      'direct|The dam is safe|Petra Johansson',
    ],
    [
      'Marine biologist Dewi Prameswari of the Coastal Research Institute said the reef was recovering.',
      'indirect|the reef was recovering|Dewi Prameswari',
    ],
    [
      'Sr. Comm. R. Bambang Wiyono, head of the traffic unit, said the road would reopen on Monday.',
      'indirect|the road would reopen on Monday|R. Bambang Wiyono',
    ],
    [
      '"We need more boats," said Hana Pratiwi, head of the district rescue team.',
      'direct|We need more boats|Hana Pratiwi',
    ],
  ])('%s', (line, quote) => expect(quotesOf(line)).toEqual([quote]));
});

describe('reported speech an English cue opens', () => {
  test.each([
    [
      'Agus Wiratmaja said at least three houses were damaged by the storm.',
      ['indirect|at least three houses were damaged by the storm|Agus Wiratmaja'],
    ],
    [
      'Agus Wiratmaja said the repairs would take a month but warned that more rain was expected.',
      [
        'indirect|the repairs would take a month|Agus Wiratmaja',
        'indirect|more rain was expected|Agus Wiratmaja',
      ],
    ],
    [
      'Agus Wiratmaja said at the meeting that three houses were damaged.',
      ['indirect|three houses were damaged|Agus Wiratmaja'],
    ],
    [
      'A trader who asked not to be named said prices had doubled since June.',
      ['indirect|prices had doubled since June|'],
    ],
    ['The company denied the claim but admitted that the deadline had been missed.', []],
    [
      'Rina Kusuma said the roads were flooded. The rescuers had set up 12 tents near the river, Rina added, each guarded by volunteers.',
      [
        'indirect|the roads were flooded|Rina Kusuma',
        'indirect|The rescuers had set up 12 tents near the river|Rina Kusuma',
      ],
    ],
    [
      'The bridge would reopen in May, Rina Kusuma said, although the rain could delay it.',
      ['indirect|although the rain could delay it|Rina Kusuma'],
    ],
  ])('%s', (line, quotes) => expect(quotesOf(line)).toEqual(quotes));
});

describe('a pronoun or a description pointing back to a person introduced without a cue', () => {
  const intro =
    "Malaysia's ambassador to Peru, Dr. Rina Kusumawati, said the talks would resume in March.";
  test.each([
    ['"We are hopeful," the veteran diplomat said.', 'direct|We are hopeful|Rina Kusumawati'],
    [
      'According to the ambassador, the first round had gone well.',
      'indirect|the first round had gone well|Rina Kusumawati',
    ],
    ['"We are hopeful," she added.', 'direct|We are hopeful|Rina Kusumawati'],
  ])('%s', (line, quote) => expect(quotesOf(intro, line).slice(1)).toEqual([quote]));

  test('a person introduced by a sentence with no cue', () => {
    const intro = 'Marine biologist Dewi Prameswari has studied the reef for ten years.';
    expect(quotesOf(intro, '"It is slowly recovering," she said.')).toEqual([
      'direct|It is slowly recovering|Dewi Prameswari',
    ]);
  });
});

describe('switched off', () => {
  const intro =
    "Malaysia's ambassador to Peru, Dr. Rina Kusumawati, said the talks would resume in March.";
  test('names.englishAppositiveRole: the description gives no role', () => {
    const role = withFeaturesOff(['names.englishAppositiveRole'], () =>
      roleOf('Rina Kusumawati', intro),
    );
    expect(role ?? '').not.toContain('ambassador to Peru');
  });
  test('names.englishDescriptionSource: `according to the ambassador` names nobody', () => {
    const line = 'According to the ambassador, the first round had gone well.';
    // The cue's reader also reads a `the` description after the article (englishArticleOffName).
    const off = ['names.englishDescriptionSource', 'names.englishArticleOffName'] as const;
    const quotes = withFeaturesOff(off, () => quotesOf(intro, line));
    expect(quotes[1]).toBe('indirect|the first round had gone well|');
  });
});

describe('each English rule switched off', () => {
  test.each([
    [
      'names.englishOfficeIn',
      '"The dam is safe," FAO representative in Laos Petra Johansson said in a statement.',
      'direct|The dam is safe|',
    ],
    [
      'quotes.englishSubjectBeforeCue',
      '"The dam is safe," FAO spokesperson Petra Johansson said.',
      'direct|The dam is safe|',
    ],
    [
      'names.englishRoleBeforeAffiliated',
      'Marine biologist Dewi Prameswari of the Coastal Research Institute said the reef was recovering.',
      'indirect|the reef was recovering|Coastal Research Institute',
    ],
    [
      'reported.englishAmountNotAdjunct',
      'Agus Wiratmaja said at least three houses were damaged by the storm.',
      undefined,
    ],
    [
      'reported.englishInfinitiveAfterCue',
      'A trader who asked not to be named said prices had doubled since June.',
      'indirect|not to be named said prices had doubled since June|',
    ],
    [
      'reported.englishCoordinatedCue',
      'Agus Wiratmaja said the repairs would take a month but warned that more rain was expected.',
      'indirect|the repairs would take a month but warned that more rain was expected|Agus Wiratmaja',
    ],
    [
      'reported.tellNotInverted',
      "Chile's foreign minister, Tomas Herrera, told reporters in Manila on Friday that his government would send aid.",
      "indirect|Chile's foreign minister, Tomas Herrera|",
    ],
    [
      'reported.englishMidClauseBefore',
      'The rescuers had set up 12 tents near the river, Rina Kusuma added, each guarded by volunteers.',
      'indirect|each guarded by volunteers|Rina Kusuma',
    ],
  ] as const)('%s', (feature, line, first) => {
    expect(withFeaturesOff([feature], () => quotesOf(line))[0]).toBe(first);
  });
});

describe('what is no appositive description', () => {
  test.each([
    // A clause before the comma (a verb in it) describes nobody.
    'The minister said the port would open, Rina Kusumawati said on Monday.',
    // No English office in the words before the comma.
    "The village's old market, Rina Kusumawati said, would be rebuilt.",
  ])('%s', line => {
    const role = roleOf('Rina Kusumawati', line);
    expect(role ?? '').not.toMatch(/port|market/u);
  });
});
