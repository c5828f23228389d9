/** The report's icons; they load with the report body (the waiting state's is in StateViews). */
import type { Tone } from './model/callouts';
import { Icon } from './Icon';

/** The AI notice's "i". */
export function InfoIcon() {
  return (
    <Icon>
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x="7.25" y="7" width="1.5" height="5" fill="currentColor" />
      <rect x="7.25" y="4" width="1.5" height="1.5" fill="currentColor" />
    </Icon>
  );
}

/** Shapes differ by tone (triangle, diamond, circle) so meaning never rests on colour. */
export function CalloutIcon({ tone }: { tone: Tone }) {
  const shape =
    tone === 'danger' ? (
      <path d="M8 1.5 15 14.5H1z" fill="currentColor" />
    ) : tone === 'warning' ? (
      <path d="M8 1 15 8 8 15 1 8z" fill="currentColor" />
    ) : (
      <circle cx="8" cy="8" r="7" fill="currentColor" />
    );
  return (
    <Icon className="lrv-callout-icon">
      {shape}
      <rect x="7.2" y={tone === 'danger' ? 5.5 : 4} width="1.6" height="5" fill="var(--lrv-callout-icon-mark)" />
      <rect x="7.2" y={tone === 'danger' ? 11.5 : 10.5} width="1.6" height="1.6" fill="var(--lrv-callout-icon-mark)" />
    </Icon>
  );
}
