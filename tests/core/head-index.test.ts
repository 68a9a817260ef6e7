/**
 * A frozen cast files its entities by title words (HeadIndex) so a title mention tests only the
 * entities that can fit. The answers must be the ones a scan of the whole cast gives, ties
 * included: each list keeps the cast's order.
 */
import { describe, expect, test } from 'vitest';
import { HeadIndex, byTitleIn, holderByHead } from '../../core/engine/cast/role-head';
import { pos, type Entity } from '../../core/engine/cast/entity';

const entity = (
  name: string,
  role: string | null,
  introducedAt: number,
  kind: Entity['kind'] = 'person',
): Entity => ({
  name,
  role,
  kind,
  aliases: new Set(),
  tokens: name.toLowerCase().split(' '),
  introducedAt,
});

/** An invented cast: two governors, a regent, two hospitals, one with no role at all. */
const CAST: readonly Entity[] = [
  entity('Rudi Santoso', 'Gubernur Jawa Tengah', pos(0, 4)),
  entity('Wati Lestari', 'Bupati Klaten', pos(1, 0)),
  entity('Rumah Sakit Harapan Kita', null, pos(1, 30), 'organization'),
  entity('Gunawan Prasetya', 'Gubernur Bali', pos(2, 8)),
  entity('Dewi Prameswari', null, pos(3, 0)),
  entity('Rumah Sakit Sentosa', null, pos(4, 2), 'organization'),
  // Same introduction as the governor above: the tie goes to the earlier in the cast.
  entity('Agus Pranoto', 'Wakil Gubernur Bali', pos(2, 8)),
];
const index = new HeadIndex(CAST);
const names = (es: readonly Entity[]) => es.map(e => e.name);

describe('HeadIndex files a frozen cast by title words, in cast order', () => {
  test.each([
    ['gubernur', ['Rudi Santoso', 'Gunawan Prasetya', 'Agus Pranoto']],
    ['bali', ['Gunawan Prasetya', 'Agus Pranoto']],
    ['bupati', ['Wati Lestari']],
    ['menteri', []],
  ])('role word %s', (word, want) => {
    expect(names(index.withRoleWord(word))).toEqual(want);
  });

  test.each([
    ['gubernur', ['Rudi Santoso', 'Gunawan Prasetya']],
    ['wakil', ['Agus Pranoto']],
    ['rumah', ['Rumah Sakit Harapan Kita', 'Rumah Sakit Sentosa']],
    ['bali', []],
  ])('first head word %s', (word, want) => {
    expect(names(index.openingWith(word))).toEqual(want);
  });
});

describe('lookups through the index answer as a scan of the whole cast', () => {
  const titles = [
    'Gubernur',
    'gubernur itu',
    'Gubernur Bali',
    'Wakil Gubernur',
    'Bupati',
    'Menteri',
  ];
  const heads = ['gubernur', 'pihak rumah sakit', 'rumah sakit itu', 'bupati', 'seorang gubernur'];
  const places = [pos(0, 0), pos(1, 10), pos(2, 8), pos(3, 5), pos(9, 0)];

  test.each(titles)('byTitleIn %s', title => {
    for (const at of places)
      expect(byTitleIn(CAST, title, at, index)?.name).toBe(byTitleIn(CAST, title, at)?.name);
  });

  test.each(heads)('holderByHead %s', head => {
    for (const at of places)
      expect(holderByHead(CAST, head, at, index)?.name).toBe(holderByHead(CAST, head, at)?.name);
  });

  test('a fitting entity is found through the index', () => {
    expect(byTitleIn(CAST, 'Gubernur Bali', pos(3, 0), index)?.name).toBe('Gunawan Prasetya');
    expect(holderByHead(CAST, 'pihak rumah sakit', pos(5, 0), index)?.name).toBe(
      'Rumah Sakit Sentosa',
    );
  });
});
