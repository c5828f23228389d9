import type { ScoringSystem, SeverityBand } from '../../report/model';
import { bandsHolding } from '../../report/score-agreement';
import { bandScale, placeBands, positionOnScale } from '../model/band-geometry';
import { readingText, scoreReading } from '../model/score-reading';
import type { Labels } from '../labels/types';
import { useViewer } from '../viewer-settings';
import { formatNumber } from '../model/format';

/**
 * One scoring system's score on its bands: bands laid out on one scale, shaded by severity
 * (colour plus pattern), a marker at the score, and the reading as text. With no bands the
 * score is shown as text only, since there is no scale to place it on. The words come from one
 * source (see score-reading): the meter's `aria-valuetext` is the text on screen.
 */
export function SeverityBar({ system, headingId }: { system: ScoringSystem; headingId: string }) {
  const { labels, locale } = useViewer();
  const { score, bands } = system;
  const read = scoreReading(system);
  const band = read.band;
  const reading = readingText(system, read, labels, locale);
  const scale = bandScale(bands, score);
  const disagreement = read.disagreeing.length > 0 && (
    <p className="lrv-disagreement lrv-tone-warning">
      {labels.severityDisagrees(read.disagreeing.map((b) => bandText(b, labels, locale)).join(' / '))}
    </p>
  );

  if (!scale || score === null) {
    return (
      <div className="lrv-severity">
        <p className="lrv-score-text">{reading}</p>
        {!scale && <p className="lrv-muted">{labels.noBands}</p>}
      </div>
    );
  }

  const placed = placeBands(bands, scale);
  const outside = bandsHolding(bands, score).length === 0;
  return (
    <div className="lrv-severity">
      <div
        className="lrv-meter"
        role="meter"
        aria-labelledby={headingId}
        aria-valuemin={scale.min}
        aria-valuemax={scale.max}
        aria-valuenow={score}
        aria-valuetext={reading}
      >
        {placed.map((p, index) => (
          <span
            key={index}
            className={`lrv-band lrv-sev-${p.band.severity ?? 0}${p.zeroWidth ? ' lrv-band-point' : ''}`}
            style={{ left: `${p.start}%`, width: p.zeroWidth ? undefined : `${p.width}%` }}
          />
        ))}
        <span className="lrv-marker" style={{ left: `${positionOnScale(score, scale)}%` }} />
      </div>
      <div className="lrv-scale" aria-hidden="true">
        <span>{formatNumber(scale.min, locale)}</span>
        <span>{formatNumber(scale.max, locale)}</span>
      </div>
      <p className="lrv-score-text" aria-hidden="true">
        {reading}
      </p>
      {disagreement}
      {outside && <p className="lrv-muted">{labels.scoreOutsideBands}</p>}
      <ul className="lrv-legend">
        {bands.map((b, index) => (
          <li key={index} className={b === band ? 'lrv-legend-current' : undefined}>
            <span className={`lrv-swatch lrv-sev-${b.severity ?? 0}`} aria-hidden="true" />
            {b.label} {formatNumber(b.min, locale)}–{formatNumber(b.max, locale)}
            {b.severity && <span className="lrv-muted"> ({labels.severityLevels[b.severity]})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A band as the legend reads it: "Moderate 2.1–4.5 (moderate severity)". */
function bandText(b: SeverityBand, labels: Labels, locale: string): string {
  const range = `${formatNumber(b.min, locale)}–${formatNumber(b.max, locale)}`;
  return `${b.label} ${range}${b.severity ? ` (${labels.severityLevels[b.severity]})` : ''}`;
}
