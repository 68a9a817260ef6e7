import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers' names of an invented paragraph. */
const names = (text: string) => analyzeBody(text).speakers.map(s => s.name);

// European and Filipino surnames carry lowercase particles (`dela Cruz`, `de los Santos`,
// `van den Berg`): they are inside the name as `bin` is, and a later mention that opens on the
// particle (`kata De Vries`) is the surname alone, never the person's full name.
describe("a surname's particles are inside the name", () => {
  test.each([
    [
      'Duta Besar Filipina Marco dela Paz mengatakan bantuan tiba. “Terima kasih,” kata dela Paz.',
      'Marco dela Paz',
    ],
    [
      'Juru bicara badan cuaca, Tomas de los Reyes, mengatakan topan melemah. “Kami terus memantau,” kata De los Reyes.',
      'Tomas de los Reyes',
    ],
    [
      'Pelatih asal Belanda Joris de Wit menilai timnya lelah. “Kami butuh istirahat,” kata De Wit.',
      'Joris de Wit',
    ],
    [
      'Kurator Museum Cibening Arjen van den Brink menyatakan koleksi itu aman. “Kami menjaganya,” kata Van den Brink.',
      'Arjen van den Brink',
    ],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
    expect(withFeaturesOff(['names.model.particleSurname'], () => names(text))).not.toEqual([name]);
  });
});
