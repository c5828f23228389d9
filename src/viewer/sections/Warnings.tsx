import type { ParseWarning } from '../../report/model';
import { useViewer } from '../viewer-settings';

/** The parts of the report that could not be read, each with its JSON path and why. */
export function Warnings({ warnings }: { warnings: readonly ParseWarning[] }) {
  const { labels } = useViewer();
  if (warnings.length === 0) return null;
  return (
    <details className="lrv-details lrv-warnings lrv-tone-warning">
      <summary>{labels.warningsSummary(warnings.length)}</summary>
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
