import { describe, expect, test } from 'vitest';
import { bodyParagraphs } from '../../core/engine/text/paragraphs';
import { collectEvidence } from '../../core/engine/cast/prepass';
import { textMentions } from '../../core/engine/cast/read-mentions';
import { mentionAfter } from '../../core/engine/names/mention-after';
import { mentionBefore } from '../../core/engine/names/mention-before';
import { readName } from '../../core/engine/names/name-reading';
import { splitRun } from '../../core/engine/names/name-split';
import { analyzeBody } from './summarize';

/** An invented article read as the pipeline reads it: evidence, then the running text's records. */
function read(...paragraphs: string[]) {
  const body = bodyParagraphs(paragraphs, 0);
  const evidence = collectEvidence(body);
  const records = textMentions(body, evidence);
  const at = (k: number, word: string) => body[k]!.tokens.findIndex(t => t.text === word);
  return { body, evidence, records, at };
}

describe('a cue reader looks up the running text reading of its span', () => {
  test('before a pre-posed cue', () => {
    const { body, evidence, records, at } = read(
      'Kepala Dinas Pertanian Rudi Hartono mengatakan stok beras aman.',
    );
    const p = body[0]!;
    const m = mentionBefore(p.tokens, at(0, 'mengatakan'), p.text, evidence);
    expect(m?.kind).toBe('named');
    const record = records.find(r => r.ref?.name === 'Rudi Hartono');
    // The very object the record holds: the span was read once.
    expect(m?.kind === 'named' && m.refs[0]).toBe(record?.ref);
  });

  test('after a post-posed cue', () => {
    const { body, evidence, records, at } = read(
      'Stok beras aman sampai akhir tahun, kata Kepala Dinas Pertanian Rudi Hartono.',
    );
    const p = body[0]!;
    const m = mentionAfter(p.tokens, at(0, 'kata') + 1, p.text, evidence);
    const record = records.find(r => r.ref?.name === 'Rudi Hartono');
    expect(m?.kind === 'named' && m.refs[0]).toBe(record?.ref);
    expect(record?.ref?.role).toBe('Kepala Dinas Pertanian');
  });
});

describe('a span no record covers is read once, then kept', () => {
  test('inside quotes', () => {
    const { body, evidence } = read('“Rudi Hartono datang,” kata Budi.');
    const p = body[0]!;
    const first = readName(p.tokens, 1, 3, p.text, evidence);
    expect(first.name).toBe('Rudi Hartono');
    expect(readName(p.tokens, 1, 3, p.text, evidence)).toBe(first);
  });

  test('the same words written again elsewhere read alike, each span with its own reading', () => {
    const { body, evidence } = read(
      '“Rudi Hartono datang,” kata Budi.',
      'Ia menyebut “Rudi Hartono” dua kali, lalu “Rudi  Hartono” lagi.',
    );
    const [a, b] = [body[0]!, body[1]!];
    const at = (p: typeof a, from: number) => p.tokens.findIndex(t => t.start >= from);
    const first = readName(a.tokens, 1, 3, a.text, evidence);
    const k = at(b, b.text.indexOf('Rudi'));
    const again = readName(b.tokens, k, k + 2, b.text, evidence);
    // Equal, never the same object: the cast keeps a cue reading's entity by the object.
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    expect(readName(b.tokens, k, k + 2, b.text, evidence)).toBe(again);
    // Written differently (two spaces): read on its own, as the split would read it.
    const j = at(b, b.text.lastIndexOf('Rudi'));
    expect(readName(b.tokens, j, j + 2, b.text, evidence)).toEqual(
      splitRun(b.tokens.slice(j, j + 2), b.text, evidence),
    );
  });

  test('without an article (a plain evidence set) every span is read on the spot', () => {
    const { body } = read('Kepala Dinas Pertanian Rudi Hartono mengatakan stok beras aman.');
    const p = body[0]!;
    const plain = new Set<string>();
    const ref = readName(p.tokens, 0, 5, p.text, plain);
    expect(ref).toEqual(splitRun(p.tokens.slice(0, 5), p.text, plain));
    expect(readName(p.tokens, 0, 5, p.text, plain)).not.toBe(ref);
  });
});

describe('the cue reads the whole run the running text read', () => {
  const speakers = (...lines: string[]) =>
    analyzeBody(...lines).speakers.map(s => [s.name, s.role]);
  test.each([
    // Walking back from the cue stops at an initial's dot; the record does not.
    [
      'Direktur Utama PT Sinar Jaya M. Yusuf mengatakan harga pupuk naik.',
      ['M. Yusuf', 'Direktur Utama PT Sinar Jaya'],
    ],
    // …or at a bracketed acronym inside the role.
    [
      'Ketua Majelis Ulama Kota (MUK) Rudi Hartono menjelaskan fatwa itu berlaku.',
      ['Rudi Hartono', 'Ketua Majelis Ulama Kota (MUK)'],
    ],
  ])('%s', (line, speaker) => expect(speakers(line)).toEqual([speaker]));

  test('a lowercase role before a name in the running text is its role', () =>
    expect(
      speakers(
        'Dalam sidang itu hadir politikus Partai Maju Budi Santoso.',
        '“Kami menolak,” kata Budi.',
      ),
    ).toEqual([['Budi Santoso', 'politikus Partai Maju']]));

  test('a lowercase organisation word stays out of an organisation', () => {
    const { records } = read('Kami menyurati bank Sentosa pekan lalu.');
    expect(records.map(r => r.text)).toEqual(['Sentosa']);
  });

  test('a cue word opening a run is no part of the record', () => {
    const { records } = read('Dikatakan Ustaz Hamdani, jamaah terus bertambah.');
    expect(records.map(r => [r.text, r.sentenceRole])).toEqual([['Ustaz Hamdani', 'subject']]);
  });
});
