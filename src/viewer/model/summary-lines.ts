/**
 * The lines of the triage summary, in order, as text: the most urgent referral tier, the higher
 * malignancy estimate, the top AI suggestion, each score with the report's word, the certainty
 * of the result, and image quality. A line that a portal threshold decides carries that
 * threshold (`policy`): thresholds are the portal's policy, not Legit.Health's. Nothing missing
 * is silent. Pure, so the screen and its tests read the same lines.
 */
import type { Conclusion, DiagnosticReport, FindingName } from '../../report/model';
import type { ResolvedThresholds } from '../defaults';
import type { Labels } from '../labels/types';
import type { ViewerSettings } from '../viewer-settings';
import { callout, type Tone } from './callouts';
import { formatNumber, formatPercent } from './format';
import { readingText, scoreReading } from './score-reading';
import { scoringAbbreviation } from './scoring-code';
import { crosses, malignancyTriage, qualityTriage, referralTriage } from './triage';

export interface SummaryLine {
  line: 'referral' | 'malignancy' | 'top-conclusion' | 'score' | 'certainty' | 'image-quality';
  term: string;
  text: string;
  /** Set when the line is raised as a callout, or needs attention (nothing computed, low quality). */
  tone: Tone | null;
  /** The finding whose callout the line is. */
  finding: FindingName | null;
  /** The portal threshold that decides the line, worded as the portal's. */
  policy: string | null;
}

type Settings = Pick<ViewerSettings, 'labels' | 'locale' | 'thresholds' | 'diqaThreshold' | 'entropyThreshold'>;

export function summaryLines(report: DiagnosticReport, settings: Settings): SummaryLine[] {
  const { labels, locale } = settings;
  const line = (l: Pick<SummaryLine, 'line' | 'term' | 'text'> & Partial<SummaryLine>): SummaryLine => ({
    tone: null,
    finding: null,
    policy: null,
    ...l,
  });
  return [
    referralLine(report, settings),
    malignancyLine(report, settings),
    line({
      line: 'top-conclusion',
      term: labels.topSuggestion,
      text: suggestionText(report.conclusions, labels, locale, true),
    }),
    ...(report.scoringSystems.length === 0
      ? [line({ line: 'score', term: labels.severityHeading, text: labels.notAssessed })]
      : report.scoringSystems.map((system) =>
          line({
            line: 'score',
            term: scoringAbbreviation(system.code),
            text: readingText(system, scoreReading(system), labels, locale),
          }),
        )),
    certaintyLine(report, settings),
    qualityLine(report, settings),
  ];
}

/** "Portal threshold: 50%", or that the portal turned it off. */
const thresholdText = (labels: Labels, locale: string, value: number | null): string =>
  value === null ? labels.portalThresholdOff : labels.portalThreshold(formatPercent(value, locale));

const percentOrNotComputed = (labels: Labels, locale: string, value: number | null): string =>
  value === null ? labels.notComputed : formatPercent(value, locale);

function referralLine(report: DiagnosticReport, { labels, locale, thresholds }: Settings): SummaryLine {
  const { findings } = report;
  const { raised, notComputed } = referralTriage(findings, thresholds);
  const base = { line: 'referral', term: labels.referral } as const;
  if (raised) {
    const c = callout(raised, findings[raised] ?? 0, labels, locale);
    return {
      ...base,
      text: c.text,
      tone: c.tone,
      finding: raised,
      policy: thresholdText(labels, locale, thresholds[raised]),
    };
  }
  // Unknown urgency is said in words, and marked: it must never read as "no urgency".
  if (notComputed) return { ...base, text: labels.notComputed, tone: 'warning', finding: null, policy: null };
  const tiers = ['urgentReferral', 'highPriorityReferral'] as const;
  const values = tiers.map((t) => `${labels.findingNames[t]} ${percentOrNotComputed(labels, locale, findings[t])}`);
  // With both thresholds off, nothing was compared: the values stand alone.
  const compared = tiers.some((t) => thresholds[t] !== null);
  return {
    ...base,
    text: compared ? labels.referralBelow(values.join(' · ')) : `${values.join(' · ')}.`,
    tone: null,
    finding: null,
    policy: tiersPolicy(labels, locale, thresholds, tiers),
  };
}

function tiersPolicy(labels: Labels, locale: string, thresholds: ResolvedThresholds, tiers: readonly FindingName[]) {
  const on = tiers.filter((t) => thresholds[t] !== null);
  if (on.length === 0) return labels.portalThresholdOff;
  return labels.portalThresholds(
    on.map((t) => `${labels.findingNames[t]} ${formatPercent(thresholds[t] ?? 0, locale)}`).join(' · '),
  );
}

function malignancyLine(report: DiagnosticReport, { labels, locale, thresholds }: Settings): SummaryLine {
  const { finding, value, raised } = malignancyTriage(report.findings, thresholds);
  const term = labels.findingNames[finding ?? 'malignancy'];
  if (finding === null || value === null)
    return { line: 'malignancy', term, text: labels.notComputed, tone: null, finding: null, policy: null };
  const policy = thresholdText(labels, locale, thresholds[finding]);
  if (!raised)
    return { line: 'malignancy', term, text: formatPercent(value, locale), tone: null, finding: null, policy };
  const c = callout(finding, value, labels, locale);
  return { line: 'malignancy', term, text: c.text, tone: c.tone, finding, policy };
}

function certaintyLine(report: DiagnosticReport, { labels, locale, ...settings }: Settings): SummaryLine {
  const entropy = report.metrics.entropy;
  // Only a finite number is the portal's threshold; anything else means none.
  const entropyThreshold = Number.isFinite(settings.entropyThreshold) ? (settings.entropyThreshold ?? null) : null;
  const uncertain = crosses(entropy, entropyThreshold);
  return {
    line: 'certainty',
    term: labels.certainty,
    text:
      entropy === null
        ? labels.notComputed
        : (uncertain ? labels.uncertainResult : labels.entropyReading)(formatPercent(entropy, locale)),
    tone: uncertain ? 'warning' : null,
    finding: null,
    // Legit.Health publishes no entropy threshold: a line says one only when the portal set it.
    policy: entropyThreshold === null ? null : thresholdText(labels, locale, entropyThreshold),
  };
}

function qualityLine(report: DiagnosticReport, { labels, locale, diqaThreshold }: Settings): SummaryLine {
  const { total, below, unscored } = qualityTriage(report.observations, diqaThreshold);
  const parts = [
    total === 0 && labels.noImages,
    below > 0 && labels.imagesBelowQuality(below, total),
    total > 0 && below === 0 && unscored < total && labels.imagesAboveQuality(total - unscored),
    unscored > 0 && labels.imagesUnscored(unscored),
  ];
  return {
    line: 'image-quality',
    term: labels.imageQuality,
    text: parts.filter((p): p is string => typeof p === 'string').join(' '),
    tone: below > 0 ? 'warning' : null,
    finding: null,
    policy: total > unscored ? labels.portalThreshold(`${formatNumber(diqaThreshold, locale)}/100`) : null,
  };
}

/** "Psoriasis, 80%" (and "· ICD-11: EA90" with codes): the top conclusion as the AI ranks it. */
export function suggestionText(conclusions: readonly Conclusion[], labels: Labels, locale: string, withCodes = false) {
  const top = conclusions[0];
  if (!top) return labels.notAssessed;
  const probability =
    top.probability === null ? `${labels.probability}: ${labels.notAvailable}` : formatPercent(top.probability, locale);
  const codes = withCodes
    ? ` · ${labels.icd11}: ${top.icd11.length > 0 ? top.icd11.join(', ') : labels.notAvailable}`
    : '';
  return `${top.name}, ${probability}${codes}`;
}
