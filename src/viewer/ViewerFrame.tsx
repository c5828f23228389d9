import { useMemo } from 'react';
import type { DiagnosticReport, FindingName } from '../report/model';
import { announceReport } from './announce';
import { DEFAULT_DIQA_THRESHOLD, DEFAULT_THRESHOLDS, ViewerContext, type FindingThresholds, type ViewerSettings } from './context';
import { en, type Labels } from './labels';
import { useLabels } from './useLabels';

/** Presentation options shared by the connected viewer and the bare report view. */
export interface ViewerDisplayProps {
  /** BCP-47 locale for labels, numbers and dates; `en` and `es` ship, others fall back to English labels. */
  locale?: string;
  /** Override any label. */
  labels?: Partial<Labels>;
  /** Percentages at or above which referral and risk callouts are raised (null turns one off). */
  thresholds?: FindingThresholds;
  /** DIQA image-quality score below which an image is flagged (default 60). */
  diqaThreshold?: number;
  /** Conditions listed before the rest are grouped (default 10). */
  maxConclusions?: number;
  /** Time zone for dates (default: the user's). */
  timeZone?: string;
  /** `light` (default), `dark`, or `auto` to follow the user's system setting. */
  theme?: 'light' | 'dark' | 'auto';
  className?: string;
}

interface FrameProps extends ViewerDisplayProps {
  renewImageUrls?: () => void;
  imageRenewalRequested?: boolean;
  busy?: boolean;
  /** The report on screen, announced politely to screen readers when it arrives. */
  report?: DiagnosticReport | undefined;
  children: React.ReactNode;
}

/** The widget's root: a named region, its theme, and the settings every section reads. */
export function ViewerFrame(props: FrameProps) {
  const { locale = 'en', labels: labelOverrides, thresholds, diqaThreshold, maxConclusions, timeZone, renewImageUrls, imageRenewalRequested } = props;
  const labels = useLabels(locale, labelOverrides);
  const settings = useMemo<ViewerSettings>(
    () => ({
      labels: labels ?? en,
      locale,
      timeZone,
      thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds } as Record<FindingName, number | null>,
      diqaThreshold: diqaThreshold ?? DEFAULT_DIQA_THRESHOLD,
      maxConclusions: Math.max(1, maxConclusions ?? 10),
      renewImageUrls: renewImageUrls ?? noop,
      imageRenewalRequested: imageRenewalRequested ?? true,
    }),
    [labels, locale, thresholds, diqaThreshold, maxConclusions, timeZone, renewImageUrls, imageRenewalRequested],
  );
  return (
    <ViewerContext.Provider value={settings}>
      <section
        className={['lrv-root', props.className].filter(Boolean).join(' ')}
        data-theme={props.theme ?? 'light'}
        aria-label={settings.labels.region}
        aria-busy={props.busy || !labels || undefined}
        lang={locale}
      >
        <p className="lrv-visually-hidden" role="status" aria-live="polite">
          {labels && props.report ? announceReport(props.report, settings) : ''}
        </p>
        {labels && props.children}
      </section>
    </ViewerContext.Provider>
  );
}

const noop = () => {};
