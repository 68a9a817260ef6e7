/** A small hand-made result (after the seed article) shared by the panel-side tests. */
import type { PageState } from '../../core/protocol';
import type { AnalysisResult, Quote } from '../../core/types';

/** Builds a quote with defaults for the fields a test does not care about. */
export function quote(overrides: Partial<Quote> & Pick<Quote, 'id' | 'text'>): Quote {
  return {
    type: 'direct',
    speakerIds: [],
    cue: 'kata',
    mention: null,
    paragraph: 0,
    ...overrides,
  };
}

export const SAMPLE_RESULT: AnalysisResult = {
  schemaVersion: 1,
  article: {
    isArticle: true,
    url: 'https://internasional.republika.co.id/berita/r6t8xa382/china-rusia',
    title: 'China-Rusia Ingin Pererat Kerja Sama dengan ASEAN',
    published: '2022-02-05T15:14:00+07:00',
    byline: 'Rep: Kamran Dikarma/ Red: Friska Yolandha',
  },
  speakers: [
    { id: 's1', name: 'Xi Jinping', role: 'Presiden China', aliases: ['Xi'], kind: 'person' },
    {
      id: 's2',
      name: 'Vladimir Putin',
      role: 'Presiden Rusia',
      aliases: ['Putin'],
      kind: 'person',
    },
    { id: 's3', name: 'Kremlin', role: null, aliases: [], kind: 'organization' },
  ],
  quotes: [
    quote({
      id: 'q1',
      text: 'China dan Rusia mendukung peran sentral ASEAN',
      speakerIds: ['s1', 's2'],
      mention: 'Xi dan Putin',
      paragraph: 1,
    }),
    quote({
      id: 'q2',
      text: 'ASEAN sebagai elemen kunci',
      speakerIds: ['s1', 's2'],
      mention: 'mereka',
      paragraph: 2,
    }),
    quote({
      id: 'q3',
      text: 'Rusia menyambut baik kerja sama China dan WHO',
      speakerIds: ['s3'],
      cue: 'tulis',
      mention: 'Kremlin',
      paragraph: 4,
    }),
    quote({
      id: 'q4',
      type: 'indirect',
      text: 'Rusia menentang politisasi isu kesehatan',
      speakerIds: ['s3'],
      cue: 'menurut',
      mention: 'Kremlin',
      paragraph: 4,
    }),
    quote({
      id: 'q5',
      text: 'Kami senang',
      speakerIds: ['s1'],
      cue: 'ujarnya',
      mention: '-nya',
      paragraph: 5,
    }),
    quote({
      id: 'q6',
      text: 'Harga naik terus',
      speakerIds: [],
      cue: 'kata',
      mention: 'seorang warga',
      paragraph: 6,
    }),
  ],
};

/** A page state around `SAMPLE_RESULT`. */
export function sampleState(overrides: Partial<PageState> = {}): PageState {
  return {
    url: SAMPLE_RESULT.article.url!,
    analysis: SAMPLE_RESULT,
    hiddenCount: 7,
    workMs: 1.2,
    elapsedMs: 42.4,
    engineMs: 3.6,
    ...overrides,
  };
}
