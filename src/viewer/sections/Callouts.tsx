import type { RaisedCallout } from '../model/callouts';
import { CalloutIcon } from '../icons';

/** Raised callouts: tone colour, a shape per tone (never colour alone) and the sentence. */
export function Callouts({ callouts }: { callouts: readonly RaisedCallout[] }) {
  if (callouts.length === 0) return null;
  return (
    <ul className="lrv-callouts">
      {callouts.map((c) => (
        <li key={c.finding} className={`lrv-callout lrv-tone-${c.tone}`} data-finding={c.finding}>
          <CalloutIcon tone={c.tone} />
          <span>{c.text}</span>
        </li>
      ))}
    </ul>
  );
}
