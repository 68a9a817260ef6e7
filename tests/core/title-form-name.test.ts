import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each quote's speakers, as names, for one invented paragraph. */
const speakersOf = (line: string) => analyzeBody(line).quotes.map(q => q.speakers.join(' + '));

describe('a role closed by its bracketed title form, then the name', () => {
  test.each([
    // The name starts right after the bracket, even when its first word also names units or places.
    [
      'Menteri Koperasi dan UKM (Menkop UKM) Yudha Santoso Hutapea mengatakan dana itu cair pekan depan.',
      'Yudha Santoso Hutapea',
    ],
    [
      'Menteri Koperasi dan UKM (Menkop UKM) Bima Santoso Hutapea mengatakan dana itu cair pekan depan.',
      'Bima Santoso Hutapea',
    ],
    // A cooperative is an institution of the role, never the name's first word.
    [
      'Menteri Koperasi Bima Santoso Hutapea mengatakan dana itu cair pekan depan.',
      'Bima Santoso Hutapea',
    ],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));
});
