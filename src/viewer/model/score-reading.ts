/**
 * How a scoring system's score reads, from one source: the report's own interpretation when it
 * gives one (FHIR `score.interpretation`, raw `severity.value`), the widget's band lookup only
 * when the report is silent. A disagreement between the report and the band holding the score
 * is shown as the report says it, and named (the parser also lists it among the warnings).
 */
import type { ScoringSystem, Severity, SeverityBand } from '../../report/model';
import { bandAgrees, disagreeingBands } from '../../report/score-agreement';
import type { Labels } from '../labels/types';
import { bandForScore } from './band-geometry';
import { formatNumber } from './format';

export interface ScoreReading {
  /** The category word: the report's, else the band's; null when neither says one. */
  word: string | null;
  severity: Severity | null;
  /** The band the legend highlights: the one the reading names, if any. */
  band: SeverityBand | null;
  /** When the report's interpretation disagrees with them: the bands that hold the score. */
  disagreeing: SeverityBand[];
}

export function scoreReading(system: ScoringSystem): ScoreReading {
  const holding = bandForScore(system.bands, system.score, system.severity);
  if (system.severity === null && system.severityText === null)
    return { word: holding?.label ?? null, severity: holding?.severity ?? null, band: holding, disagreeing: [] };

  const disagreeing = disagreeingBands(system);
  // The band the report's interpretation names: the holding one when it agrees, else (FHIR)
  // the band that carries the report's word.
  const named =
    holding && bandAgrees(system, holding)
      ? holding
      : system.severityText !== null
        ? (system.bands.find((b) => bandAgrees({ ...system, severity: null }, b)) ?? null)
        : null;
  return {
    word: system.severityText ?? named?.label ?? null,
    severity: system.severity ?? named?.severity ?? null,
    band: named,
    disagreeing,
  };
}

/** "6.3 — Severe (high severity)": the score, the reading's word and its severity, as the screen and the meter say it. */
export function readingText(
  system: ScoringSystem,
  reading: ScoreReading,
  labels: Pick<Labels, 'notAvailable' | 'scoreText' | 'severityLevels'>,
  locale: string,
): string {
  const score = system.score === null ? labels.notAvailable : formatNumber(system.score, locale);
  return labels.scoreText(score, reading.word, reading.severity ? labels.severityLevels[reading.severity] : null);
}
