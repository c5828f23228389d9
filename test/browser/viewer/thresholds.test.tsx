// The portal's thresholds merged over the widget's defaults, as the clinician reads them.
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { LegitReportView } from '../../../src/index';
import '../../../src/viewer/styles.css';
import { emptyReport } from '../../support/report-builders';

const findings = {
  hasCondition: 10,
  malignancy: 12,
  adjustedMalignancy: 30,
  pigmentedLesion: 0,
  urgentReferral: 20,
  highPriorityReferral: 45,
};

const calloutsOf = (container: HTMLElement) =>
  [...container.querySelectorAll('.lrv-callout')].map((c) => c.textContent);

describe('thresholds', () => {
  test('an entry left undefined keeps the default: no "(0%)" callout, no "NaN%" in the note', async () => {
    const screen = await render(
      <LegitReportView report={emptyReport({ findings })} thresholds={{ pigmentedLesion: undefined }} />,
    );
    const note = screen.getByText(/^Portal thresholds for callouts/);
    await expect
      .element(note)
      .toHaveTextContent(
        "Portal thresholds for callouts (this portal's policy, not Legit.Health's): Urgent referral (48 h) 50% · High-priority referral (15 days) 50% · Malignancy 50% · Adjusted malignancy 50% · Pigmented lesion 50% · Has condition 50%.",
      );
    expect(screen.container.textContent).not.toContain('NaN');
    expect(calloutsOf(screen.container)).toEqual([]);
  });

  test('a number moves the line and null turns a callout off; the others keep their defaults', async () => {
    const screen = await render(
      <LegitReportView
        report={emptyReport({ findings: { ...findings, pigmentedLesion: 60, malignancy: 70 } })}
        thresholds={{ urgentReferral: 20, malignancy: null, hasCondition: undefined }}
      />,
    );
    expect(calloutsOf(screen.container)).toEqual([
      'Referral: AI estimate: urgent referral likely, 20%. The patient should be seen by a doctor within 48 hours.Portal threshold: 20%',
      'AI estimate: pigmented lesion likely, 60%.',
    ]);
    await expect
      .element(screen.getByText(/^Portal thresholds for callouts/))
      .toHaveTextContent(
        "Portal thresholds for callouts (this portal's policy, not Legit.Health's): Urgent referral (48 h) 20% · High-priority referral (15 days) 50% · Adjusted malignancy 50% · Pigmented lesion 50% · Has condition 50%.",
      );
  });
});
