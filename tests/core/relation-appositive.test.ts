import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const TRADER =
  'Hartono Wijaya, pedagang sayur di Pasar Sidorejo, mengaku omzetnya turun sejak pekan lalu.';
const QUOTE = '"Pembeli sekarang sedikit," ujarnya.';

describe('a name set off after a possessed relation noun inside the clause is that relation, not the subject', () => {
  test.each([
    'Selama ini ia mengambil sayur dari petani langganannya, Wagiman Saputra, di Kecamatan Ngemplak.',
    'Ia juga menitipkan dagangan kepada kenalannya, Wagiman Saputra, di pasar sebelah.',
    'Ia sempat meminjam modal dari kerabatnya, Wagiman Saputra, tahun lalu.',
    'Setiap pagi ia menjual sebagian sayur kepada pelanggannya, Wagiman Saputra.',
  ])('%s', narrated => {
    expect(lastSpeakers(TRADER, narrated + ' ' + QUOTE)).toEqual(['Hartono Wijaya']);
  });

  test('opening its sentence, the relation is the subject', () => {
    const line = 'Kerabatnya, Wagiman Saputra, mengatakan dagangan di kios sebelah juga sepi.';
    expect(lastSpeakers(TRADER, line + ' ' + QUOTE)).toEqual(['Wagiman Saputra']);
  });

  test('switched off, the relation is read as the new subject', () => {
    const line =
      'Selama ini ia mengambil sayur dari petani langganannya, Wagiman Saputra, di Kecamatan Ngemplak.';
    // discourse.governedDescription reads a governed description with its comma the same way.
    const off = withFeaturesOff(
      ['discourse.obliqueAppositive', 'discourse.governedDescription'],
      () => lastSpeakers(TRADER, line + ' ' + QUOTE),
    );
    expect(off).toEqual(['Wagiman Saputra']);
  });
});
