// The course per scoring system: ordering by the reports' own dates, matching across spellings,
// duplicates, the previous and the first report, undated reports.
import { describe, expect, test } from 'vitest';
import { buildProgress } from '../../../src/viewer/progress/timeline';
import { earlierIds } from '../../../src/fetching/useReportHistory';
import { apasi, psoriasisCourse, uct, visit } from '../../support/history-builders';

describe('buildProgress', () => {
  test('orders the reports by date, whatever order they came in, and marks the current one', () => {
    const { first, second, current } = psoriasisCourse();
    const [series] = buildProgress(current, [second, first]).series;
    expect(series!.points.map((p) => [p.score, p.current])).toEqual([
      [12.4, false],
      [7.8, false],
      [3.1, true],
    ]);
    expect(series!.direction).toBe('higherIsWorse');
    expect(series!.sincePrevious).toMatchObject({ delta: -4.7, trend: 'improving', from: { reportId: second.id } });
    expect(series!.sinceFirst).toMatchObject({
      delta: -9.3,
      percent: -75,
      trend: 'improving',
      from: { reportId: first.id },
    });
  });

  test('the report on screen need not be the latest: changes are from the reports before it', () => {
    const { first, second, current } = psoriasisCourse();
    const [series] = buildProgress(second, [current, first]).series;
    expect(series!.points.map((p) => p.score)).toEqual([12.4, 7.8, 3.1]);
    expect(series!.sincePrevious).toMatchObject({ delta: -4.6, from: { reportId: first.id } });
    expect(series!.sinceFirst).toBeNull();
  });

  test('APASI_LOCAL (raw v2) and apasiLocal (v3) are one system', () => {
    const older = visit({ id: 'v2-report-1', issuedAt: '2024-11-02T09:00:00Z', systems: [apasi(9, 'APASI_LOCAL')] });
    const now = visit({ id: 'v3-report-2', issuedAt: '2025-01-02T09:00:00Z', systems: [apasi(6.3)] });
    const { series } = buildProgress(now, [older]);
    expect(series).toHaveLength(1);
    expect(series[0]!.code).toBe('apasiLocal');
    expect(series[0]!.points.map((p) => p.score)).toEqual([9, 6.3]);
  });

  test('duplicates and the report on screen itself count once', () => {
    const { first, current } = psoriasisCourse();
    const [series] = buildProgress(current, [first, first, current]).series;
    expect(series!.points).toHaveLength(2);
  });

  test('no series without an earlier report of the same system; the report word comes from the bands', () => {
    const { current } = psoriasisCourse();
    const urticaria = visit({ id: 'uct-only-1', issuedAt: '2025-01-01T09:00:00Z', systems: [uct(7)] });
    expect(buildProgress(current, [urticaria]).series).toEqual([]);
    const later = visit({ id: 'uct-only-2', issuedAt: '2025-03-01T09:00:00Z', systems: [uct(13)] });
    const [series] = buildProgress(later, [urticaria]).series;
    expect(series!.points.map((p) => p.word)).toEqual(['Poorly controlled', 'Well controlled']);
    expect(series!.sincePrevious).toMatchObject({ delta: 6, trend: 'improving' });
  });

  test('an earlier report without a date is counted, not placed; a null score has no change', () => {
    const { first, current } = psoriasisCourse();
    const undated = visit({ id: 'undated-0001', issuedAt: null, systems: [apasi(5)] });
    const unscored = visit({ id: 'unscored-001', issuedAt: '2025-04-01T09:00:00Z', systems: [apasi(null)] });
    const progress = buildProgress(current, [undated, first, unscored]);
    expect(progress.undated).toBe(1);
    const [series] = progress.series;
    expect(series!.points.map((p) => p.score)).toEqual([12.4, null, 3.1]);
    // The previous report with a score is the first one: one change, not two.
    expect(series!.sincePrevious).toMatchObject({ from: { reportId: first.id } });
    expect(series!.sinceFirst).toBeNull();
  });

  test('the top condition of each visit is kept, so a change of diagnosis shows', () => {
    const older = visit({
      id: 'older-00001',
      issuedAt: '2025-01-01T09:00:00Z',
      systems: [apasi(8)],
      top: ['Eczema', 55],
    });
    const now = visit({ id: 'newer-00002', issuedAt: '2025-02-01T09:00:00Z', systems: [apasi(4)] });
    const [series] = buildProgress(now, [older]).series;
    expect(series!.points.map((p) => p.topCondition)).toEqual([
      { name: 'Eczema', probability: 55 },
      { name: 'Psoriasis', probability: 80 },
    ]);
  });
});

describe('earlierIds', () => {
  test('drops blanks, repeats and the current id, keeping the given order', () => {
    expect(earlierIds(['b', 'a', '', 'b', 'current', 'c'], 'current')).toEqual(['b', 'a', 'c']);
  });
});
