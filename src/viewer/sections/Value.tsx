import { useViewer } from '../context';
import { formatNumber, formatPercent } from '../format';

/** A percentage, or "Not available" for null. Zero is a real value and reads 0%. */
export function Percent({ value }: { value: number | null }) {
  const { labels, locale } = useViewer();
  if (value === null) return <span className="lrv-na">{labels.notAvailable}</span>;
  return <>{formatPercent(value, locale)}</>;
}

export function NumberValue({ value }: { value: number | null }) {
  const { labels, locale } = useViewer();
  if (value === null) return <span className="lrv-na">{labels.notAvailable}</span>;
  return <>{formatNumber(value, locale)}</>;
}

export function TextValue({ value }: { value: string | null }) {
  const { labels } = useViewer();
  if (value === null || value === '') return <span className="lrv-na">{labels.notAvailable}</span>;
  return <>{value}</>;
}

/** A section heading with the shared look; `id` lets the section be labelled by it. */
export function SectionHeading({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <h3 className="lrv-section-heading" id={id}>
      {children}
    </h3>
  );
}

export function NotAssessed() {
  const { labels } = useViewer();
  return <p className="lrv-muted">{labels.notAssessed}</p>;
}
