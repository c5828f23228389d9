import { useViewer } from './viewer-settings';

/** What the Legit.Health iframe told us that is not a report. */
export type IframeNotice = { kind: 'image_rejected'; reasons: readonly unknown[] } | { kind: 'invalid_company_key' };

const MAX_REASONS = 5;
const MAX_REASON_LENGTH = 160;

/**
 * One rejection reason as text. Their shape is not published, so nothing is assumed about it:
 * strings as they are, objects as their text and number values in order, anything else as JSON.
 */
export function reasonText(reason: unknown): string {
  let text: string;
  if (typeof reason === 'string') text = reason;
  else if (typeof reason === 'number' || typeof reason === 'boolean') text = String(reason);
  else if (reason !== null && typeof reason === 'object' && !Array.isArray(reason)) {
    text = Object.values(reason)
      .filter((value) => typeof value === 'string' || typeof value === 'number')
      .join(': ');
  } else text = JSON.stringify(reason) ?? '';
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > MAX_REASON_LENGTH ? `${text.slice(0, MAX_REASON_LENGTH - 1)}…` : text;
}

/** A notice above the widget's content, e.g. "Legit.Health did not accept the last photo (blurry)". */
export function Notice({ notice }: { notice: IframeNotice }) {
  const { labels } = useViewer();
  const text =
    notice.kind === 'invalid_company_key'
      ? labels.invalidCompanyKey
      : labels.imageRejected(
          [
            ...notice.reasons.slice(0, MAX_REASONS).map(reasonText).filter(Boolean),
            ...(notice.reasons.length > MAX_REASONS ? ['…'] : []),
          ].join('; '),
        );
  return (
    <p
      className={`lrv-callout lrv-notice lrv-tone-${notice.kind === 'invalid_company_key' ? 'danger' : 'warning'}`}
      role="status"
    >
      {text}
    </p>
  );
}
