import type { ParseWarning } from '../../report/model';
import { useViewer } from '../viewer-settings';

/**
 * What the parser had to say, each with its JSON path and why: parts left out, and parts shown
 * that need checking (a value outside its range, a field read under another spelling, the
 * report's interpretation disagreeing with its bands).
 */
export function Warnings({ warnings }: { warnings: readonly ParseWarning[] }) {
  const { labels } = useViewer();
  if (warnings.length === 0) return null;
  const kept = warnings.filter((w) => w.kept).length;
  const leftOut = warnings.length - kept;
  const summary = [leftOut > 0 && labels.warningsSummary(leftOut), kept > 0 && labels.warningsKept(kept)];
  return (
    <details className="lrv-details lrv-warnings lrv-tone-warning">
      <summary>{summary.filter(Boolean).join(' ')}</summary>
      <ul>
        {warnings.map((w, index) => (
          <li key={index}>
            <code>{w.path}</code>: {w.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
