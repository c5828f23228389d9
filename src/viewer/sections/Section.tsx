import type { ReactNode } from 'react';
import { useViewer } from '../viewer-settings';

/**
 * A report section under its heading. Deliberately not a named landmark: the widget is the
 * one region, and screen-reader users move through its sections by heading. A section the
 * report has nothing for says "Not assessed" instead of its content.
 */
export function Section({
  name,
  heading,
  notAssessed = false,
  children,
}: {
  name: string;
  heading: string;
  notAssessed?: boolean;
  children?: ReactNode;
}) {
  const { labels } = useViewer();
  return (
    <section className="lrv-section" data-section={name}>
      <h3 className="lrv-section-heading">{heading}</h3>
      {notAssessed ? <p className="lrv-muted">{labels.notAssessed}</p> : children}
    </section>
  );
}
