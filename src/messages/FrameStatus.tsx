import { useEffect, useState } from 'react';
import type { LegitAppKeyErrorCode } from '../app-key/errors';
import { FramePlaceholder, isSpanish, type FramePlaceholderProps } from './FramePlaceholder';

type ErrorTexts = Readonly<Record<LegitAppKeyErrorCode, string>>;

const RENEWING = { en: 'The key has expired: starting again…', es: 'La clave ha caducado: iniciando de nuevo…' };

// Spanish error texts load with the first Spanish placeholder, while the key is minted.
let errorsEs: ErrorTexts | undefined;
const loadErrorsEs = () => import('../app-key/errors-es').then((m) => (errorsEs = m.APP_KEY_ERROR_MESSAGES_ES));

export interface FrameStatusProps extends Omit<FramePlaceholderProps, 'message'> {
  /** A key was shown before: this is a renewal, not the first start. */
  renewing: boolean;
}

/** The placeholder as the key code shows it: a renewal says so, and errors speak Spanish too. */
export function FrameStatus({ renewing, ...props }: FrameStatusProps) {
  const es = isSpanish(props.locale);
  const [errors, setErrors] = useState(errorsEs);
  useEffect(() => {
    if (es && errors === undefined) loadErrorsEs().then(setErrors, () => undefined);
  }, [es, errors]);
  const message = props.error
    ? es
      ? errors?.[props.error.code]
      : undefined
    : renewing
      ? RENEWING[es ? 'es' : 'en']
      : undefined;
  return <FramePlaceholder {...props} message={message} />;
}
