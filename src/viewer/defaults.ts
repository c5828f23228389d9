/**
 * The viewer's public defaults and how a portal's settings are merged over them. They are this
 * widget's, not Legit.Health's (which publishes none): set them to your clinical policy.
 */
import type { FindingName } from '../report/model';

/** Per-finding percentage at or above which a callout is raised; `null` turns a callout off. */
export type FindingThresholds = Partial<Record<FindingName, number | null>>;

/** A threshold for every finding, as the sections read them. */
export type ResolvedThresholds = Readonly<Record<FindingName, number | null>>;

/** Frozen: one page may hold several widgets, and none may change another's defaults. */
export const DEFAULT_THRESHOLDS: ResolvedThresholds = Object.freeze({
  urgentReferral: 50,
  highPriorityReferral: 50,
  malignancy: 50,
  // As malignancy: the higher of the two estimates leads the summary, each under its threshold.
  adjustedMalignancy: 50,
  pigmentedLesion: 50,
  hasCondition: 50,
});

/** DIQA below this is flagged as low quality; Legit.Health publishes no threshold. */
export const DEFAULT_DIQA_THRESHOLD = 60;

/** Conditions listed before the rest are grouped into one row. */
export const DEFAULT_MAX_CONCLUSIONS = 10;

/**
 * The portal's thresholds over the defaults. Only a finite number or `null` is the portal's
 * choice; an entry left `undefined` (or anything else) keeps the default, so
 * `{ pigmentedLesion: undefined }` never turns into a 0% callout or a "NaN%" note.
 */
export function resolveThresholds(portal: FindingThresholds | undefined): ResolvedThresholds {
  const resolved = { ...DEFAULT_THRESHOLDS };
  // DEFAULT_THRESHOLDS has exactly one key per finding.
  for (const name of Object.keys(resolved) as FindingName[]) {
    const value = portal?.[name];
    if (value === null || (typeof value === 'number' && Number.isFinite(value))) resolved[name] = value;
  }
  return Object.freeze(resolved);
}
