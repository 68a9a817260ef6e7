/**
 * quotedTokens flags, once per paragraph, the tokens inside its quotation marks; the mention
 * reader and the reported-speech rules asked insideAny over the quotes for every token instead.
 * The flags must say what that search said, for every token of invented and fuzzed paragraphs
 * (nested, touching, unclosed and single-mark quotes among them).
 */
import { describe, expect, test } from 'vitest';
import { bodyParagraphs } from '../../core/engine/text/paragraphs';
import { quotedTokens } from '../../core/engine/text/quoted-tokens';
import { insideAny } from '../../core/engine/text/text';
import type { BodyParagraph } from '../../core/engine/candidate';
import { fuzzer } from './fuzz';

/** What the readers asked before: insideAny over the paragraph's quoted spans, per token. */
const searched = (p: BodyParagraph): number[] => {
  const inside = insideAny(p.marks.map(m => ({ start: m.open, end: m.after })));
  return p.tokens.map(t => (inside(t.start) ? 1 : 0));
};

const LINES = [
  'Budi Santoso mengatakan, harga cabai di pasar Kramat naik sejak pekan lalu.',
  '“Kami sudah menambah pasokan,” kata Budi. “Stok aman sampai Lebaran.”',
  'Menurut Rina, warga menyebut program itu ‘jemput bola’ dan “sangat membantu”.',
  '"Harga naik," ujarnya, "tapi pasokan cukup."',
  '“Sebuah kutipan yang tidak pernah ditutup sampai akhir paragraf ini',
  '“Kutipan “di dalam” kutipan,” tambah Sari, ketua koperasi.',
  'Tanpa tanda kutip sama sekali, paragraf ini hanya berita.',
];

describe('quotedTokens: the tokens inside quotation marks, flagged once', () => {
  test.each(LINES.map(line => [line]))('%s', line => {
    const [p] = bodyParagraphs([line], 0);
    expect([...quotedTokens(p!)]).toEqual(searched(p!));
  });

  test('fuzzed paragraphs of words and quotation marks', () => {
    const draw = fuzzer(15);
    const lines = draw(
      ['Budi ', 'kata ', 'dia, ', '“', '”', '"', '‘', '’', "'", '. ', ' '],
      3000,
      24,
    );
    for (const line of lines) {
      for (const p of bodyParagraphs([line], 0)) expect([...quotedTokens(p)]).toEqual(searched(p));
    }
  });
});
