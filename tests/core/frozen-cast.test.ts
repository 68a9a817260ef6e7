import { describe, expect, test } from 'vitest';
import { bodyParagraphs } from '../../core/engine/text/paragraphs';
import { readArticle } from '../../core/engine/pipeline';
import { resolveAll } from '../../core/engine/discourse/resolve';
import type { Cast } from '../../core/engine/cast/cast';

/** Invented articles with names, titles, pronouns, nicknames and pairs. */
const ARTICLES: string[][] = [
  [
    'Menteri Perikanan Sakti Wibowo mengatakan pemerintah memantau kapal itu.',
    '“Kami terus berkomunikasi dengan otoritas setempat,” kata Sakti.',
    'Sementara itu, Kapolda Riau Irjen Hadi Purnomo menegaskan patroli ditambah. “Kami siaga,” ujarnya.',
    '“Semua kapal diperiksa,” kata Kapolda.',
  ],
  [
    'Rudi Hartono, yang akrab disapa Ucok, membuka warung kopi sejak 2010.',
    '“Saya mulai dari nol,” kata Ucok.',
    'Budi Santoso dan Joko Pramono hadir di acara itu. Mereka mengatakan warung itu ramai.',
    '“Kopinya enak,” kata Andri, pedagang di pasar itu.',
  ],
];

/** Everything the cast holds, as plain data: entities, records and mentions. */
function snapshot(cast: Cast) {
  const entity = (e: Cast['all'][number]) => ({ ...e, aliases: [...e.aliases] });
  return JSON.stringify({
    all: cast.all.map(entity),
    records: cast.records.map(r => ({ ...r, entity: r.entity && entity(r.entity) })),
    mentions: cast.mentions.map(m => ({ ...m, entities: m.entities.map(entity) })),
  });
}

describe('the cast is built once and never changed by resolving quotes', () => {
  test.each(ARTICLES.map(a => [a[0]!, a]))('%s', (_, paragraphs) => {
    const body = bodyParagraphs(paragraphs, 0);
    const { cands, cast } = readArticle(body);
    const before = snapshot(cast);
    const resolved = resolveAll(cands, cast, body);
    expect(resolved.some(r => r.entities.length > 0)).toBe(true);
    expect(snapshot(cast)).toBe(before);
    // Resolving again over the same frozen cast gives the same speakers.
    const again = resolveAll(cands, cast, body);
    expect(again.map(r => r.entities.map(e => e.name))).toEqual(
      resolved.map(r => r.entities.map(e => e.name)),
    );
  });

  test('its entities, records and lists refuse changes at run time', () => {
    const body = bodyParagraphs(ARTICLES[1]!, 0);
    const { cast } = readArticle(body);
    const e = cast.all[0]!;
    expect(() => (e.aliases as Set<string>).add('Bobi')).toThrow();
    expect(() => ((e as { name: string }).name = 'Bobi')).toThrow();
    expect(() => (cast.all as unknown[]).push(e)).toThrow();
    expect(() => (cast.records as unknown[]).pop()).toThrow();
    expect(Object.isFrozen(cast.mentions[0])).toBe(true);
  });

  test('every name read at a cue has a record with its entity', () => {
    const body = bodyParagraphs(ARTICLES[0]!, 0);
    const { cands, cast } = readArticle(body);
    const cue = cast.records.filter(r => r.sentenceRole === 'cueSubject');
    expect(cue.length).toBe(cands.filter(c => c.mention).length);
    const named = cue.filter(r => r.kind === 'person');
    expect(named.map(r => [r.text, r.entity?.name])).toEqual([
      ['Menteri Perikanan Sakti Wibowo', 'Sakti Wibowo'],
      ['Sakti', 'Sakti Wibowo'],
      ['Kapolda Riau Irjen Hadi Purnomo', 'Hadi Purnomo'],
    ]);
    expect(cue.map(r => r.kind)).toEqual(['person', 'person', 'person', 'nya', 'title']);
  });

  test('a name read at a cue and in the running text is one record, with the fuller role', () => {
    const body = bodyParagraphs(
      [
        'Direktur Jenderal Pajak (Dirjen Pajak) Suryo Hartanto mengatakan target penerimaan tercapai.',
        '“Kepatuhan wajib pajak membaik,” kata Suryo.',
      ],
      0,
    );
    const { cast } = readArticle(body);
    const suryo = cast.records.filter(r => r.text.includes('Suryo'));
    expect(suryo.map(r => [r.text, r.sentenceRole, r.ref?.role ?? null, r.entity?.name])).toEqual([
      // The cue reads the whole run the running text read (its start, not where walking back from
      // the cue stops at the bracket), so the role is read at the cue itself.
      [
        'Direktur Jenderal Pajak (Dirjen Pajak) Suryo Hartanto',
        'cueSubject',
        'Direktur Jenderal Pajak (Dirjen Pajak)',
        'Suryo Hartanto',
      ],
      ['Suryo', 'cueSubject', null, 'Suryo Hartanto'],
    ]);
  });
});
