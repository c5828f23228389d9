import type { ReactNode } from 'react';

/** The frame of every icon the widget draws: decorative (aria-hidden), in the text colour, sized by the font. */
export function Icon({ className = '', children }: { className?: string; children: ReactNode }) {
  return (
    <svg className={`lrv-icon ${className}`.trim()} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}
