import { useEffect, useState, type CSSProperties } from 'react';
import { APP_KEY_ERROR_MESSAGES_EN, type LegitAppKeyError, type LegitAppKeyErrorCode } from '../app-key/errors';

type ErrorTexts = Readonly<Record<LegitAppKeyErrorCode, string>>;

const TEXTS = {
  en: { starting: 'Starting Legit.Health…', renewing: 'The key has expired: starting again…', retry: 'Try again' },
  es: {
    starting: 'Iniciando Legit.Health…',
    renewing: 'La clave ha caducado: iniciando de nuevo…',
    retry: 'Reintentar',
  },
};

// Spanish error texts load with the first Spanish placeholder, while the key is minted.
let errorsEs: ErrorTexts | undefined;
const loadErrorsEs = () => import('../app-key/errors-es').then((m) => (errorsEs = m.APP_KEY_ERROR_MESSAGES_ES));

export interface FrameStatusProps {
  error: LegitAppKeyError | null;
  /** A key was shown before: this is a renewal, not the first start. */
  renewing: boolean;
  locale: string | undefined;
  /** The frame's accessible name, given to the placeholder too. */
  title: string;
  className: string | undefined;
  style: CSSProperties | undefined;
  onRetry(): void;
}

/** In the frame's place while its key is minted (a named, busy status), or why there is no frame, with a retry. */
export function FrameStatus(props: FrameStatusProps) {
  const es = props.locale?.toLowerCase().startsWith('es') === true;
  const t = TEXTS[es ? 'es' : 'en'];
  const [errors, setErrors] = useState(errorsEs);
  useEffect(() => {
    if (es && errors === undefined) loadErrorsEs().then(setErrors, () => undefined);
  }, [es, errors]);
  const className = ['lrv-root lrv-state', props.error && 'lrv-error', props.className].filter(Boolean).join(' ');
  if (props.error === null) {
    return (
      <div role="status" aria-label={props.title} aria-busy="true" className={className} style={props.style}>
        <p>{props.renewing ? t.renewing : t.starting}</p>
      </div>
    );
  }
  return (
    <div role="alert" aria-label={props.title} className={className} style={props.style}>
      <p>{((es && errors) || APP_KEY_ERROR_MESSAGES_EN)[props.error.code]}</p>
      <button type="button" className="lrv-button" onClick={props.onRetry}>
        {t.retry}
      </button>
    </div>
  );
}
