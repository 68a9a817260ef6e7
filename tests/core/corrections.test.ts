import { describe, expect, it } from 'vitest';
import { applyCorrections, correctionsToGold, makeCorrection } from '../../core/corrections';
import { SAMPLE_RESULT } from '../panel/sample-result';

const at = new Date('2026-12-01T12:00:00Z');
const q = (id: string) => SAMPLE_RESULT.quotes.find(quote => quote.id === id)!;

describe('core/corrections', () => {
  it('gives a quote to another speaker and says which quotes changed', () => {
    const fix = makeCorrection(SAMPLE_RESULT, q('q5'), ['s3'], at);
    expect(fix).toMatchObject({ was: ['Xi Jinping'], speakers: [{ name: 'Kremlin' }] });
    const { result, corrected } = applyCorrections(SAMPLE_RESULT, [fix]);
    expect(result.quotes.find(quote => quote.id === 'q5')!.speakerIds).toEqual(['s3']);
    expect([...corrected]).toEqual(['q5']);
    // The engine's result is untouched.
    expect(q('q5').speakerIds).toEqual(['s1']);
  });

  it('finds the quote again by text and paragraph when its id changed', () => {
    const fix = { ...makeCorrection(SAMPLE_RESULT, q('q5'), [], at), quoteId: 'old-id' };
    const { result } = applyCorrections(SAMPLE_RESULT, [fix]);
    expect(result.quotes.find(quote => quote.id === 'q5')!.speakerIds).toEqual([]);
  });

  it('ignores a correction whose quote is gone, and a speaker the article no longer has', () => {
    const gone = { ...makeCorrection(SAMPLE_RESULT, q('q5'), ['s3'], at), text: 'x', quoteId: 'x' };
    expect(applyCorrections(SAMPLE_RESULT, [gone]).corrected.size).toBe(0);
    const renamed = makeCorrection(SAMPLE_RESULT, q('q5'), ['s3'], at);
    renamed.speakers[0]!.name = 'Nobody';
    expect(applyCorrections(SAMPLE_RESULT, [renamed]).result.quotes[4]!.speakerIds).toEqual([]);
  });

  it('exports in the gold format of the evaluation set, in article order', () => {
    const gold = correctionsToGold('https://r.id/a', [
      makeCorrection(SAMPLE_RESULT, q('q6'), ['s1'], at),
      makeCorrection(SAMPLE_RESULT, q('q5'), [], at),
    ]);
    expect(gold).toEqual({
      url: 'https://r.id/a',
      speakers: [
        { name: 'Xi Jinping', accept: [], aliases: ['Xi'], role: 'Presiden China', kind: 'person' },
      ],
      quotes: [
        {
          type: 'direct',
          text: 'Kami senang',
          speakers: [],
          mention: 'anonymous',
          cue: 'ujarnya',
          anonymous: 'unknown',
        },
        {
          type: 'direct',
          text: 'Harga naik terus',
          speakers: ['Xi Jinping'],
          mention: 'other',
          cue: 'kata',
        },
      ],
    });
  });
});
