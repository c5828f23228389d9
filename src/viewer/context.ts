import { createContext, useContext } from 'react';
import type { FindingName } from '../report/model';
import { en, type Labels } from './labels';

/** Per-finding percentage at or above which a callout is raised; `null` turns a callout off. */
export type FindingThresholds = Partial<Record<FindingName, number | null>>;

/**
 * Defaults are this widget's, not Legit.Health's (which publishes none): set them to your
 * clinical policy with the `thresholds` prop.
 */
export const DEFAULT_THRESHOLDS: Record<FindingName, number | null> = {
  urgentReferral: 50,
  highPriorityReferral: 50,
  malignancy: 50,
  adjustedMalignancy: null,
  pigmentedLesion: 50,
  hasCondition: 50,
};

/** DIQA below this is flagged as low quality; Legit.Health publishes no threshold. */
export const DEFAULT_DIQA_THRESHOLD = 60;

export interface ViewerSettings {
  labels: Labels;
  locale: string;
  timeZone: string | undefined;
  thresholds: Record<FindingName, number | null>;
  diqaThreshold: number;
  maxConclusions: number;
  /** Asks for fresh signed image URLs (refetches the report once). */
  renewImageUrls: () => void;
  /** True once a renewal has been asked for the report on screen. */
  imageRenewalRequested: boolean;
}

export const ViewerContext = createContext<ViewerSettings>({
  labels: en,
  locale: 'en',
  timeZone: undefined,
  thresholds: DEFAULT_THRESHOLDS,
  diqaThreshold: DEFAULT_DIQA_THRESHOLD,
  maxConclusions: 10,
  renewImageUrls: () => {},
  imageRenewalRequested: false,
});

export const useViewer = (): ViewerSettings => useContext(ViewerContext);
