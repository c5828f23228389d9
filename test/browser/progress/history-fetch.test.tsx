// <LegitReportViewer history>: earlier reports fetched through the same transport, in parallel,
// cached by TanStack Query, only once the report on screen is there; failures named, with a retry.
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { writeRawV2, writeRawV3 } from '../../../fixtures/wire/writers';
import { LegitReportError, LegitReportViewer, type FetchReport } from '../../../src/index';
import type { DiagnosticReport } from '../../../src/report/model';
import '../../../src/viewer/styles.css';
import { axeViolations } from '../../support/axe';
import { apasi, psoriasisCourse, visit } from '../../support/history-builders';

const { first, second, current } = psoriasisCourse();
// The encrypted ids the portal kept; the reports' own ids are their UUIDs.
const IDS = { first: 'aGlzdG9yeS1maXJzdA==', second: 'aGlzdG9yeS1zZWNvbmQ=', current: 'aGlzdG9yeS1jdXJyZW50' };
const UNKNOWN = 'dW5rbm93bi1lYXJsaWVyLWlk';

/** A transport that answers each id with a function of the call, recording the order of the calls. */
function transport(answers: Record<string, () => Promise<unknown>>) {
  return vi.fn<FetchReport>(({ id }) => {
    const answer = answers[id];
    return answer ? answer() : Promise.reject(new LegitReportError({ code: 'NOT_FOUND', message: 'no such report' }));
  });
}

const json = (report: DiagnosticReport) => () => Promise.resolve(writeRawV3(report));

function held() {
  let release: () => void = () => {};
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

const progressRows = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-section="progress"] tbody tr')].map(
    (row) => row.querySelector('td')?.textContent,
  );

describe('<LegitReportViewer history>', () => {
  test('fetched through the same transport, duplicates and the current id ignored, ordered by date', async () => {
    const fetchReport = transport({
      [IDS.first]: json(first),
      [IDS.second]: json(second),
      [IDS.current]: json(current),
    });
    const screen = await render(
      <LegitReportViewer
        fetchReport={fetchReport}
        reportId={IDS.current}
        locale="en"
        history={[IDS.second, IDS.current, IDS.first, IDS.second]}
      />,
    );
    await expect.element(screen.getByRole('heading', { name: 'Progress' })).toBeVisible();
    await expect.poll(() => progressRows(screen.container)).toEqual(['12.4', '7.8', '3.1']);
    expect(fetchReport.mock.calls.map(([args]) => args.id).sort()).toEqual([IDS.current, IDS.first, IDS.second].sort());
    // Same format and locale as the report on screen.
    for (const [args] of fetchReport.mock.calls) expect(args).toMatchObject({ format: 'raw', locale: 'en' });
    const section = screen.container.querySelector<HTMLElement>('[data-section="progress"]')!;
    expect(await axeViolations(section)).toEqual([]);
  });

  test('an unknown earlier id is named, with a retry that fetches it again', async () => {
    let unknownAnswer: () => Promise<unknown> = () =>
      Promise.reject(new LegitReportError({ code: 'NOT_FOUND', status: 404, message: 'gone' }));
    const fetchReport = transport({
      [IDS.first]: json(first),
      [IDS.current]: json(current),
      [UNKNOWN]: () => unknownAnswer(),
    });
    const screen = await render(
      <LegitReportViewer fetchReport={fetchReport} reportId={IDS.current} history={[IDS.first, UNKNOWN]} />,
    );
    const failure = screen.getByRole('status').filter({ hasText: 'could not be loaded' });
    await expect.element(failure).toHaveTextContent('1 earlier report could not be loaded.');
    await expect.element(failure).toHaveTextContent(`Report …${UNKNOWN.slice(-8)}: This report was not found.`);
    // What did load is shown beside the failure, never held back by it.
    await expect.poll(() => progressRows(screen.container)).toEqual(['12.4', '3.1']);
    const section = screen.container.querySelector<HTMLElement>('[data-section="progress"]')!;
    expect(await axeViolations(section)).toEqual([]);

    unknownAnswer = json(second);
    await screen.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => progressRows(screen.container)).toEqual(['12.4', '7.8', '3.1']);
    expect(screen.container.textContent).not.toContain('could not be loaded');
    expect(fetchReport.mock.calls.filter(([args]) => args.id === UNKNOWN)).toHaveLength(2);
  });

  test('a slow earlier report: the current report shows first; its history is asked for only then', async () => {
    const currentGate = held();
    const earlierGate = held();
    const fetchReport = transport({
      [IDS.current]: () => currentGate.promise.then(() => writeRawV3(current)),
      [IDS.first]: () => earlierGate.promise.then(() => writeRawV3(first)),
    });
    const screen = await render(
      <LegitReportViewer fetchReport={fetchReport} reportId={IDS.current} history={[IDS.first]} />,
    );
    await expect.poll(() => fetchReport.mock.calls.length).toBe(1);
    expect(fetchReport.mock.calls[0]![0].id).toBe(IDS.current);

    currentGate.release();
    await expect.element(screen.getByRole('rowheader', { name: 'Psoriasis', exact: true })).toBeVisible();
    await expect.element(screen.getByText('Loading 1 earlier report…')).toBeVisible();
    // The history's request starts with its query, a moment after its section says it is loading.
    await expect.poll(() => fetchReport.mock.calls.map(([args]) => args.id)).toEqual([IDS.current, IDS.first]);

    earlierGate.release();
    await expect.poll(() => progressRows(screen.container)).toEqual(['12.4', '3.1']);
    expect(screen.container.textContent).not.toContain('Loading 1 earlier report');
  });

  test('cached: a report the portal showed before is not fetched again for the history', async () => {
    const queryClient = new QueryClient();
    const fetchReport = transport({ [IDS.first]: json(first), [IDS.current]: json(current) });
    const screen = await render(
      <LegitReportViewer fetchReport={fetchReport} queryClient={queryClient} reportId={IDS.first} />,
    );
    await expect.element(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '12.4');
    screen.rerender(
      <LegitReportViewer
        fetchReport={fetchReport}
        queryClient={queryClient}
        reportId={IDS.current}
        history={[IDS.first]}
      />,
    );
    await expect.poll(() => progressRows(screen.container)).toEqual(['12.4', '3.1']);
    expect(fetchReport.mock.calls.map(([args]) => args.id)).toEqual([IDS.first, IDS.current]);
  });

  test('a raw v2 earlier report (APASI_LOCAL, HEAD_FRONT) joins a v3 one (apasiLocal, headFront)', async () => {
    const site = { code: 'HEAD_FRONT', display: 'Face and neck' };
    const older = visit({
      id: 'legacy-visit-1',
      issuedAt: '2024-10-01T09:00:00Z',
      systems: [apasi(9, 'APASI_LOCAL')],
      bodySite: site,
    });
    const now = visit({
      id: 'modern-visit-2',
      issuedAt: '2025-01-01T09:00:00Z',
      systems: [apasi(6.3)],
      bodySite: { code: 'headFront', display: 'Face and neck' },
    });
    const fetchReport = transport({
      [IDS.first]: () => Promise.resolve(writeRawV2(older)),
      [IDS.current]: json(now),
    });
    const screen = await render(
      <LegitReportViewer fetchReport={fetchReport} reportId={IDS.current} history={[IDS.first]} />,
    );
    await expect.poll(() => progressRows(screen.container)).toEqual(['9', '6.3']);
    expect(screen.container.querySelector('[data-section="progress"] dl')!.textContent).toContain(
      'Improving −2.7 (−30%)',
    );
  });
});
