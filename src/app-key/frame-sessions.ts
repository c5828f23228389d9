import type { AppKeySession } from './session';

// Which iframe element's key is managed by a <LegitIframe appKeyUrl>, so that any listener that
// hears the frame refuse its key (the viewer too) lets the renewal handle it instead of saying so.
const sessions = new WeakMap<HTMLIFrameElement, AppKeySession>();

export function bindFrameSession(frame: HTMLIFrameElement, session: AppKeySession): () => void {
  sessions.set(frame, session);
  return () => {
    if (sessions.get(frame) === session) sessions.delete(frame);
  };
}

/**
 * For a listener that heard `invalid_company_key` from `frame`: calls `show` unless the frame's
 * key is renewed (then only if the renewal fails). A refusal naming an older key shows nothing.
 */
export function reportRefusedCompanyKey(
  frame: HTMLIFrameElement | null | undefined,
  companyKey: string,
  show: () => void,
): void {
  const session = frame ? sessions.get(frame) : undefined;
  if (session) session.renew(companyKey, show);
  else show();
}
