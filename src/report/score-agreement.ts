/**
 * Whether a report's own interpretation of a score (FHIR `score.interpretation`, raw
 * `severity.value`) agrees with the report's own bands. The report wins on screen; when the two
 * disagree, the parser says so in a warning instead of silently preferring either.
 */
import type { ScoringSystem, SeverityBand } from './model';
import type { Warnings } from './read/lenient';

type Interpreted = Pick<ScoringSystem, 'score' | 'severity' | 'severityText' | 'bands'>;

const sameWord = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The bands whose closed range holds the score (a zero-width band only its exact value). */
export const bandsHolding = (bands: readonly SeverityBand[], score: number): SeverityBand[] =>
  bands.filter((b) => score >= b.min && score <= b.max);

/** A band agrees when it has the report's word (if given) and the report's severity (if both say one). */
export const bandAgrees = (system: Interpreted, band: SeverityBand): boolean =>
  (system.severityText === null || sameWord(band.label, system.severityText)) &&
  (system.severity === null || band.severity === null || band.severity === system.severity);

/**
 * The bands that hold the score when none of them agrees with the report's interpretation; an
 * empty list when they agree, or when there is nothing to compare (no score, no interpretation,
 * or a score outside every band).
 */
export function disagreeingBands(system: Interpreted): SeverityBand[] {
  const { score } = system;
  if (score === null || (system.severity === null && system.severityText === null)) return [];
  const holding = bandsHolding(system.bands, score);
  return holding.some((band) => bandAgrees(system, band)) ? [] : holding;
}

/** Records a disagreement between the report's interpretation (at `path`) and its bands, if any. */
export function checkInterpretation(warnings: Warnings, system: Interpreted, path: string): void {
  const holding = disagreeingBands(system);
  if (holding.length === 0) return;
  const said = [system.severityText && `"${system.severityText}"`, system.severity && `severity ${system.severity}`];
  const bands = holding.map((b) => `"${b.label}" (${b.min}–${b.max}, severity ${b.severity ?? 'not given'})`);
  warnings.push({
    path,
    reason: `the report interprets the score ${system.score} as ${said.filter(Boolean).join(', ')}, but the band holding it is ${bands.join(' or ')}; the report's interpretation is shown`,
    kept: true,
  });
}
