import { describe, expect, test } from 'vitest';
import { bandForScore, bandScale, placeBands, positionOnScale } from '../../../src/viewer/model/band-geometry';
import { band } from '../../support/report-builders';

const alegi = [band('None', 0, 0, 1), band('Grade 1', 0, 10, 1), band('Grade 2', 10, 20, 1)];
const uas = [band('None', 0, 0, 1), band('Mild', 0, 2, 1), band('Moderate', 2, 4, 2), band('Intense', 4, 6, 3)];

describe('bandForScore', () => {
  test.each([
    ['zero-width band at its value', alegi, 0, null, 'None'],
    ['inside a band', alegi, 8, null, 'Grade 1'],
    ['shared edge, no report severity: the higher band', alegi, 10, null, 'Grade 2'],
    ['top edge belongs to the top band', alegi, 20, null, 'Grade 2'],
    ['shared edge: the band agreeing with the report severity', uas, 4, 2, 'Moderate'],
    ['shared edge, report severity agrees with the higher band', uas, 4, 3, 'Intense'],
    ['shared edge, report severity agrees with neither', uas, 4, 1, 'Intense'],
    ['below every band', alegi, -1, null, null],
    ['above every band', alegi, 21, null, null],
    ['no bands', [], 3, null, null],
    ['no score', alegi, null, 1, null],
  ])('%s', (_name, bands, score, severity, expected) => {
    expect(bandForScore(bands, score, severity)?.label ?? null).toBe(expected);
  });
});

describe('scale and placement', () => {
  test('the scale spans every band and the score', () => {
    expect(bandScale(alegi, 8)).toEqual({ min: 0, max: 20 });
    expect(bandScale(alegi, 25)).toEqual({ min: 0, max: 25 });
    expect(bandScale([], 8)).toBeNull();
  });

  test('bands are placed as percentages; zero-width bands are marked', () => {
    const placed = placeBands(alegi, { min: 0, max: 20 });
    expect(placed.map((p) => [p.start, p.width, p.zeroWidth])).toEqual([
      [0, 0, true],
      [0, 50, false],
      [50, 50, false],
    ]);
  });

  test('positions clamp to the bar; a degenerate scale puts everything at 0', () => {
    expect(positionOnScale(5, { min: 0, max: 20 })).toBe(25);
    expect(positionOnScale(-5, { min: 0, max: 20 })).toBe(0);
    expect(positionOnScale(3, { min: 3, max: 3 })).toBe(0);
  });
});
