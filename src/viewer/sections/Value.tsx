import { useViewer } from '../viewer-settings';
import { formatNumber, formatPercent } from '../model/format';

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

/**
 * A report section under its heading. Deliberately not a named landmark: the widget is the
 * one region, and screen-reader users move through its sections by heading.
 */
export function Section({ name, heading, children }: { name: string; heading: string; children: React.ReactNode }) {
  return (
    <section className="lrv-section" data-section={name}>
      <h3 className="lrv-section-heading">{heading}</h3>
      {children}
    </section>
  );
}

/** Codes such as ICD-11 never break inside a code ("ED92.0"), only between codes. */
export function Codes({ codes }: { codes: readonly string[] }) {
  return codes.map((code, index) => (
    <span key={index}>
      {index > 0 && ', '}
      <span className="lrv-nowrap">{code}</span>
    </span>
  ));
}

export function NotAssessed() {
  const { labels } = useViewer();
  return <p className="lrv-muted">{labels.notAssessed}</p>;
}
