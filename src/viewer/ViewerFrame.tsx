import { Suspense, useId, useMemo, useState, type ReactNode } from 'react';
import type { LegitReportError } from '../fetching/errors';
import { ChunkBoundary } from './ChunkBoundary';
import { LazyNotice } from './chunks/report-chunks';
import { DEFAULT_DIQA_THRESHOLD, DEFAULT_MAX_CONCLUSIONS, resolveThresholds, type FindingThresholds } from './defaults';
import { labelLanguage, languageOf } from './labels/load';
import { enShell } from './labels/shell-en';
import type { Labels, ShellLabels } from './labels/types';
import type { IframeNotice } from './Notice';
import { LoadingState } from './StateViews';
import { useLabels } from './useLabels';
import { ShellLabelsContext, ViewerContext, type ViewerSettings } from './viewer-settings';

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
  /** Entropy at or above which the summary flags the result as uncertain (default: none; Legit.Health publishes none). */
  entropyThreshold?: number;
  /** Conditions listed before the rest are grouped (default 10). */
  maxConclusions?: number;
  /** Time zone for dates (default: the user's). */
  timeZone?: string;
  /** `light` (default), `dark`, or `auto` to follow the user's system setting. */
  theme?: 'light' | 'dark' | 'auto';
  className?: string;
}

interface FrameProps extends ViewerDisplayProps {
  busy?: boolean;
  /** True when the children show a report: they then wait for the full labels. */
  showsReport?: boolean;
  /** Something the iframe said that is not a report (a rejected photo, a refused key). */
  notice?: IframeNotice | null;
  /** A part of the widget could not be loaded (CHUNK_LOAD_FAILED); the frame shows it with a Retry. */
  onError?: (error: LegitReportError) => void;
  children: ReactNode;
}

/** The widget's root: a named region, its theme, its live region, and the settings every section reads. */
export function ViewerFrame(props: FrameProps) {
  const {
    locale = 'en',
    labels: overrides,
    thresholds,
    diqaThreshold = DEFAULT_DIQA_THRESHOLD,
    entropyThreshold,
    maxConclusions = DEFAULT_MAX_CONCLUSIONS,
    timeZone,
    showsReport = false,
    notice = null,
  } = props;
  const english = labelLanguage(locale) === 'en';
  const labels = useLabels(locale, overrides, showsReport || notice !== null || !english, props.onError);
  const { full, failed: labelsFailed } = labels;
  // Before a report, English needs only the eager shell; other languages wait for their
  // labels, and if those cannot be loaded, the English shell says so.
  const englishShell = full === null && (english || labelsFailed);
  const shell = useMemo<ShellLabels | null>(
    () => full ?? (englishShell ? { ...enShell, ...overrides } : null),
    [full, englishShell, overrides],
  );
  const [announcement, setAnnouncement] = useState('');
  const idPrefix = `lrv${useId().replace(/[^\w-]/g, '')}`;
  const resolvedThresholds = useMemo(() => resolveThresholds(thresholds), [thresholds]);

  // Sections read full labels only: until they are loaded there are no settings to read.
  const settings = useMemo<ViewerSettings | null>(
    () =>
      full && {
        labels: full,
        locale,
        timeZone,
        thresholds: resolvedThresholds,
        diqaThreshold,
        entropyThreshold,
        maxConclusions: Math.max(1, maxConclusions),
        announce: setAnnouncement,
        idPrefix,
      },
    [full, locale, timeZone, resolvedThresholds, diqaThreshold, entropyThreshold, maxConclusions, idPrefix],
  );
  const waitingForLabels = !labelsFailed && (shell === null || (showsReport && full === null));
  return (
    <ShellLabelsContext.Provider value={shell}>
      <ViewerContext.Provider value={settings}>
        <section
          className={['lrv-root', props.className].filter(Boolean).join(' ')}
          data-theme={props.theme ?? 'light'}
          aria-label={(shell ?? enShell).region}
          aria-busy={props.busy || waitingForLabels || undefined}
          // Labels fall back to English for languages not shipped: say so to screen readers.
          lang={labelLanguage(locale) === languageOf(locale) && !(englishShell && !english) ? locale : 'en'}
        >
          <p className="lrv-visually-hidden" role="status" aria-live="polite">
            {announcement}
          </p>
          {shell && (
            <ChunkBoundary failed={labelsFailed} onRetry={labels.retry} onError={props.onError}>
              {settings && notice && (
                <Suspense fallback={null}>
                  <LazyNotice notice={notice} />
                </Suspense>
              )}
              {waitingForLabels ? <LoadingState /> : props.children}
            </ChunkBoundary>
          )}
        </section>
      </ViewerContext.Provider>
    </ShellLabelsContext.Provider>
  );
}
