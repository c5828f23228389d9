/** How one value of the report reads: null is "Not available", never silence and never zero. */
import { formatNumber, formatPercent } from '../model/format';
import { useViewer } from '../viewer-settings';

function NotAvailable() {
  const { labels } = useViewer();
  return <span className="lrv-na">{labels.notAvailable}</span>;
}

/**
 * A percentage, or "Not available" for null. Zero is a real value and reads 0%. A value the
 * report sent outside 0–100 reads as sent, marked (the warnings name its field).
 */
export function Percent({ value }: { value: number | null }) {
  const { labels, locale } = useViewer();
  if (value === null) return <NotAvailable />;
  if (value >= 0 && value <= 100) return <>{formatPercent(value, locale)}</>;
  return (
    <span className="lrv-out-of-range">
      {formatPercent(value, locale)} ({labels.outOfRange})
    </span>
  );
}

export function NumberValue({ value }: { value: number | null }) {
  const { locale } = useViewer();
  return value === null ? <NotAvailable /> : <>{formatNumber(value, locale)}</>;
}

export function TextValue({ value }: { value: string | null }) {
  return value === null || value === '' ? <NotAvailable /> : <>{value}</>;
}

/** Codes such as ICD-11 never break inside a code ("ED92.0"), only between codes; none reads "Not available". */
export function Codes({ codes }: { codes: readonly string[] }) {
  if (codes.length === 0) return <NotAvailable />;
  return codes.map((code, index) => (
    <span key={index}>
      {index > 0 && ', '}
      <span className="lrv-nowrap">{code}</span>
    </span>
  ));
}
