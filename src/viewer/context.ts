import { createContext, useContext } from 'react';
import type { FindingName } from '../report/model';
import { enShell } from './labels/shell-en';
import type { Labels, ShellLabels } from './labels/types';

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
  /** Every label. Only complete once the report is shown: states before that read `shell`. */
  labels: Labels;
  /** The labels for waiting, loading and errors, available from the first render. */
  shell: ShellLabels;
  locale: string;
  timeZone: string | undefined;
  thresholds: Record<FindingName, number | null>;
  diqaThreshold: number;
  maxConclusions: number;
  /** Asks for fresh signed image URLs (refetches the report once). */
  renewImageUrls: () => void;
  /** True once a renewal has been asked for the report on screen. */
  imageRenewalRequested: boolean;
  /** Puts a sentence in the widget's polite live region. */
  announce: (text: string) => void;
  /** Unique per widget, so two widgets on one page never share an element id. */
  idPrefix: string;
}

export const ViewerContext = createContext<ViewerSettings>({
  // Outside a frame nothing renders a report, so the shell stands in for the full labels.
  labels: enShell as Labels,
  shell: enShell,
  locale: 'en',
  timeZone: undefined,
  thresholds: DEFAULT_THRESHOLDS,
  diqaThreshold: DEFAULT_DIQA_THRESHOLD,
  maxConclusions: 10,
  renewImageUrls: () => {},
  imageRenewalRequested: false,
  announce: () => {},
  idPrefix: 'lrv',
});

/** An element id unique to this widget instance. */
export const useViewerId = (name: string): string => `${useContext(ViewerContext).idPrefix}-${name}`;

export const useViewer = (): ViewerSettings => useContext(ViewerContext);
