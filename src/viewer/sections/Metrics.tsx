import type { PerformanceMetrics } from '../../report/model';
import { formatNumber } from '../model/format';
import { useViewer } from '../viewer-settings';
import { Fact } from './Fact';
import { Section } from './Section';
import { Percent, TextValue } from './Values';

/** How the model performed on this analysis, and how long it took. */
export function Metrics({ metrics, durationSeconds }: { metrics: PerformanceMetrics; durationSeconds: number | null }) {
  const { labels, locale } = useViewer();
  return (
    <Section name="metrics" heading={labels.metricsHeading}>
      <dl className="lrv-facts">
        <Fact term={labels.sensitivity}>
          <Percent value={metrics.sensitivity} />
        </Fact>
        <Fact term={labels.specificity}>
          <Percent value={metrics.specificity} />
        </Fact>
        <Fact term={labels.entropy}>
          <Percent value={metrics.entropy} />
        </Fact>
        <Fact term={labels.analysisDuration}>
          {durationSeconds === null ? (
            <TextValue value={null} />
          ) : (
            labels.seconds(formatNumber(durationSeconds, locale, 2))
          )}
        </Fact>
      </dl>
    </Section>
  );
}
