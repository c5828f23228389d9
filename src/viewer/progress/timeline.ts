/**
 * A patient's course per scoring system, from the report on screen and the earlier reports the
 * portal named. Systems are matched by their generation-independent key, so `APASI_LOCAL`
 * (raw v2) and `apasiLocal` (v3) are one system; reports are ordered by their own date.
 */
import type { DiagnosticReport, ScoringSystem, Severity, SeverityBand } from '../../report/model';
import { bandForScore } from '../model/band-geometry';
import { scoreChange, type ScoreChange } from './change';
import { scoreDirection, type ScoreDirection } from './direction';

export interface ProgressPoint {
  /** The report's own id; unique within one series. */
  reportId: string;
  issuedAt: string | null;
  /** Epoch milliseconds of `issuedAt`; null only for the report on screen when it has no date. */
  time: number | null;
  score: number | null;
  /** The report's own word for the score: its interpretation, else the band that holds it. */
  word: string | null;
  severity: Severity | null;
  /** The visit's most probable condition, so that a change of diagnosis shows. */
  topCondition: { name: string; probability: number | null } | null;
  current: boolean;
}

export interface ProgressChange extends ScoreChange {
  from: ProgressPoint;
}

export interface ProgressSeries {
  key: string;
  /** As the report on screen spells it. */
  code: string;
  name: string;
  unit: string | null;
  /** The report on screen's bands (else the latest earlier report's): what the chart shades. */
  bands: readonly SeverityBand[];
  direction: ScoreDirection | null;
  /** Oldest first. */
  points: ProgressPoint[];
  sincePrevious: ProgressChange | null;
  /** Null when the first scored report is also the previous one. */
  sinceFirst: ProgressChange | null;
}

export interface Progress {
  series: ProgressSeries[];
  /** Earlier reports that share a system but have no readable date: they cannot be placed in time. */
  undated: number;
}

const timeOf = (iso: string | null): number | null => {
  if (iso === null) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
};

/** Earlier reports once each: the same report twice, or the report on screen again, counts once. */
function distinctEarlier(current: DiagnosticReport, earlier: readonly DiagnosticReport[]): DiagnosticReport[] {
  const seen = new Set([current.id]);
  return earlier.filter((report) => !seen.has(report.id) && Boolean(seen.add(report.id)));
}

function pointOf(report: DiagnosticReport, system: ScoringSystem, current: boolean): ProgressPoint {
  const band = bandForScore(system.bands, system.score, system.severity);
  const top = report.conclusions[0];
  return {
    reportId: report.id,
    issuedAt: report.issuedAt,
    time: timeOf(report.issuedAt),
    score: system.score,
    word: system.severityText ?? band?.label ?? null,
    severity: system.severity ?? band?.severity ?? null,
    topCondition: top ? { name: top.name, probability: top.probability } : null,
    current,
  };
}

function changeFrom(from: ProgressPoint | undefined, to: ProgressPoint, direction: ScoreDirection | null) {
  if (from === undefined || from.score === null || to.score === null) return null;
  return { from, ...scoreChange(from.score, to.score, direction) };
}

function seriesOf(current: DiagnosticReport, system: ScoringSystem, dated: DiagnosticReport[]): ProgressSeries | null {
  const earlier = dated.flatMap((report) => {
    const match = report.scoringSystems.find((s) => s.key === system.key);
    return match ? [pointOf(report, match, false)] : [];
  });
  if (earlier.length === 0) return null;
  const now = pointOf(current, system, true);
  // The report on screen without a date is taken as the latest: it is the one being reviewed.
  const points = [...earlier, now].sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity));
  const before = points.slice(0, points.indexOf(now)).filter((p) => p.score !== null);
  const withBands = [system, ...dated.map((r) => r.scoringSystems.find((s) => s.key === system.key)).reverse()];
  const bands = withBands.find((s) => s !== undefined && s.bands.length > 0)?.bands ?? [];
  const direction = scoreDirection(bands);
  const previous = before[before.length - 1];
  const first = before[0];
  return {
    key: system.key,
    code: system.code,
    name: system.name,
    unit: system.unit,
    bands,
    direction,
    points,
    sincePrevious: changeFrom(previous, now, direction),
    sinceFirst: first === previous ? null : changeFrom(first, now, direction),
  };
}

/** One series per scoring system of the report on screen that an earlier report also scored. */
export function buildProgress(current: DiagnosticReport, earlier: readonly DiagnosticReport[]): Progress {
  const distinct = distinctEarlier(current, earlier);
  const dated = distinct
    .filter((report) => timeOf(report.issuedAt) !== null)
    .sort((a, b) => timeOf(a.issuedAt)! - timeOf(b.issuedAt)!);
  const seen = new Set<string>();
  const series: ProgressSeries[] = [];
  for (const system of current.scoringSystems) {
    if (seen.has(system.key)) continue;
    seen.add(system.key);
    const one = seriesOf(current, system, dated);
    if (one) series.push(one);
  }
  const undated = distinct.filter(
    (report) => timeOf(report.issuedAt) === null && report.scoringSystems.some((s) => seen.has(s.key)),
  );
  return { series, undated: undated.length };
}
