import type { ScoringSystem } from '../../report/model';
import { bandForScore, bandScale, effectiveSeverity, placeBands, positionOnScale } from '../model/band-geometry';
import { useViewer } from '../viewer-settings';
import { formatNumber } from '../model/format';

/**
 * One scoring system's score on its bands: bands laid out on one scale, shaded by severity
 * (colour plus pattern), a marker at the score, and the reading as text. With no bands the
 * score is shown as text only, since there is no scale to place it on.
 */
export function SeverityBar({ system, headingId }: { system: ScoringSystem; headingId: string }) {
  const { labels, locale } = useViewer();
  const { score, bands } = system;
  const band = bandForScore(bands, score, system.severity);
  const severity = effectiveSeverity(system, band);
  const severityWord = severity ? labels.severityLevels[severity] : null;
  const scoreText = score === null ? labels.notAvailable : formatNumber(score, locale);
  const reading = labels.scoreText(scoreText, band?.label ?? system.severityText, severityWord);
  const scale = bandScale(bands, score);

  if (!scale || score === null) {
    return (
      <div className="lrv-severity">
        <p className="lrv-score-text">{reading}</p>
        {!scale && <p className="lrv-muted">{labels.noBands}</p>}
      </div>
    );
  }

  const placed = placeBands(bands, scale);
  const outside = band === null;
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
