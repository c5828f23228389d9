import type { CSSProperties } from 'react';
import type { LegitAppKeyError } from '../app-key/errors';

const TEXTS = {
  en: { starting: 'Starting Legit.Health…', retry: 'Try again' },
  es: { starting: 'Iniciando Legit.Health…', retry: 'Reintentar' },
};

export interface FramePlaceholderProps {
  error: LegitAppKeyError | null;
  locale: string | undefined;
  /** The frame's accessible name, given to the placeholder too. */
  title: string;
  className: string | undefined;
  style: CSSProperties | undefined;
  onRetry(): void;
  /** Better words than the defaults (the error's English message), when the caller has them (a renewal; Spanish). */
  message?: string | undefined;
}

export const isSpanish = (locale: string | undefined): boolean => locale?.toLowerCase().startsWith('es') === true;

/**
 * In the frame's place while its key is minted (a named, busy status), or why there is no frame,
 * with a retry. It loads with the page: it is what shows while the key code loads, or if it cannot.
 */
export function FramePlaceholder(props: FramePlaceholderProps) {
  const t = TEXTS[isSpanish(props.locale) ? 'es' : 'en'];
  const className = ['lrv-root lrv-state', props.error && 'lrv-error', props.className].filter(Boolean).join(' ');
  if (props.error === null) {
    return (
      <div role="status" aria-label={props.title} aria-busy="true" className={className} style={props.style}>
        <p>{props.message ?? t.starting}</p>
      </div>
    );
  }
  return (
    <div role="alert" aria-label={props.title} className={className} style={props.style}>
      <p>{props.message ?? props.error.message}</p>
      <button type="button" className="lrv-button" onClick={props.onRetry}>
        {t.retry}
      </button>
    </div>
  );
}
