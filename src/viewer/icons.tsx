/** Every icon the widget draws: decorative (aria-hidden), in the text colour, sized by the font. */
import type { ReactNode } from 'react';
import type { Tone } from './model/callouts';

function Icon({ className = '', children }: { className?: string; children: ReactNode }) {
  return (
    <svg className={`lrv-icon ${className}`.trim()} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** Points at the Legit.Health window, where the clinician completes the analysis. */
export function WaitingIcon() {
  return (
    <Icon className="lrv-state-icon">
      <path d="M2 8h9M8 4.5 11.5 8 8 11.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x="12.5" y="2" width="1.5" height="12" fill="currentColor" />
    </Icon>
  );
}

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
