import { lazy, Suspense, useId, useMemo, useState } from 'react';
import type { FindingName } from '../report/model';
import {
  DEFAULT_DIQA_THRESHOLD,
  DEFAULT_THRESHOLDS,
  ViewerContext,
  type FindingThresholds,
  type ViewerSettings,
} from './context';
import { labelLanguage, languageOf } from './labels/load';
import { enShell } from './labels/shell-en';
import type { Labels, ShellLabels } from './labels/types';
import type { IframeNotice } from './Notice';
import { LoadingState } from './StateViews';
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
  /** True when the children show a report: they then wait for the full labels. */
  showsReport?: boolean;
  /** Something the iframe said that is not a report (a rejected photo, a refused key). */
  notice?: IframeNotice | null;
  children: React.ReactNode;
}

// Rare, so loaded when it happens.
const Notice = lazy(() => import('./Notice'));

/** The widget's root: a named region, its theme, its live region, and the settings every section reads. */
export function ViewerFrame(props: FrameProps) {
  const {
    locale = 'en',
    labels: overrides,
    thresholds,
    diqaThreshold,
    maxConclusions,
    timeZone,
    renewImageUrls,
    imageRenewalRequested,
    showsReport = false,
  } = props;
  const english = labelLanguage(locale) === 'en';
  const notice = props.notice ?? null;
  const full = useLabels(locale, overrides, showsReport || notice !== null || !english);
  // Before a report, English needs only the eager shell; other languages wait for their labels.
  const shell = useMemo<ShellLabels | null>(
    () => full ?? (english ? { ...enShell, ...overrides } : null),
    [full, english, overrides],
  );
  const [announcement, setAnnouncement] = useState('');
  const idPrefix = `lrv${useId().replace(/[^\w-]/g, '')}`;

  const settings = useMemo<ViewerSettings>(
    () => ({
      // Sections that need more than the shell render only once `full` is there (see below).
      labels: full ?? ((shell ?? enShell) as Labels),
      shell: shell ?? enShell,
      locale,
      timeZone,
      thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds } as Record<FindingName, number | null>,
      diqaThreshold: diqaThreshold ?? DEFAULT_DIQA_THRESHOLD,
      maxConclusions: Math.max(1, maxConclusions ?? 10),
      renewImageUrls: renewImageUrls ?? noop,
      imageRenewalRequested: imageRenewalRequested ?? true,
      announce: setAnnouncement,
      idPrefix,
    }),
    [
      idPrefix,
      full,
      shell,
      locale,
      thresholds,
      diqaThreshold,
      maxConclusions,
      timeZone,
      renewImageUrls,
      imageRenewalRequested,
    ],
  );
  const waitingForLabels = shell === null || (showsReport && full === null);
  return (
    <ViewerContext.Provider value={settings}>
      <section
        className={['lrv-root', props.className].filter(Boolean).join(' ')}
        data-theme={props.theme ?? 'light'}
        aria-label={settings.shell.region}
        aria-busy={props.busy || waitingForLabels || undefined}
        // Labels fall back to English for languages not shipped: say so to screen readers.
        lang={labelLanguage(locale) === languageOf(locale) ? locale : 'en'}
      >
        <p className="lrv-visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
        {full && notice && (
          <Suspense fallback={null}>
            <Notice notice={notice} />
          </Suspense>
        )}
        {shell === null ? null : waitingForLabels ? <LoadingState /> : props.children}
      </section>
    </ViewerContext.Provider>
  );
}

const noop = () => {};
