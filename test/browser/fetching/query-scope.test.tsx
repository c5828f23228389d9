// Which QueryClient the widget uses: the host's (prop or context) or a private one.
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { Component, type ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { legitReportQueryKey, useLegitReport, type FetchReport } from '../../../src/index';
import { ViewerQueryScope } from '../../../src/fetching/ViewerQueryScope';
import { fakeBody, parseFakeReport } from './support';

function Probe({
  id,
  fetchReport,
  onClient,
}: {
  id: string;
  fetchReport: FetchReport;
  onClient: (c: QueryClient) => void;
}) {
  onClient(useQueryClient());
  const { status, report } = useLegitReport({ reportId: id, fetchReport, parseReport: parseFakeReport });
  return <p>{status === 'success' ? `loaded ${report?.id}` : status}</p>;
}

const key = (id: string) => legitReportQueryKey(undefined, id, 'raw', undefined);

function countingTransport(): { fetchReport: FetchReport; count: () => number } {
  let calls = 0;
  return { fetchReport: async ({ id }) => ((calls += 1), fakeBody(id)), count: () => calls };
}

describe('ViewerQueryScope', () => {
  test("uses the host's client when passed as a prop, even inside another provider", async () => {
    const host = new QueryClient();
    const outer = new QueryClient();
    const seen: QueryClient[] = [];
    const { fetchReport } = countingTransport();
    const screen = await render(
      <QueryClientProvider client={outer}>
        <ViewerQueryScope queryClient={host}>
          <Probe id="report-a" fetchReport={fetchReport} onClient={(c) => seen.push(c)} />
        </ViewerQueryScope>
      </QueryClientProvider>,
    );
    await expect.element(screen.getByText('loaded report-a')).toBeVisible();
    expect(seen.at(-1)).toBe(host);
    expect(host.getQueryData(key('report-a'))).toMatchObject({ id: 'report-a' });
    expect(outer.getQueryData(key('report-a'))).toBeUndefined();
  });

  test('uses the client found in context when no prop is given', async () => {
    const host = new QueryClient();
    const seen: QueryClient[] = [];
    const { fetchReport } = countingTransport();
    const screen = await render(
      <QueryClientProvider client={host}>
        <ViewerQueryScope>
          <Probe id="report-b" fetchReport={fetchReport} onClient={(c) => seen.push(c)} />
        </ViewerQueryScope>
      </QueryClientProvider>,
    );
    await expect.element(screen.getByText('loaded report-b')).toBeVisible();
    expect(seen.at(-1)).toBe(host);
    expect(host.getQueryData(key('report-b'))).toMatchObject({ id: 'report-b' });
  });

  test('without a host client, each widget gets its own private client, kept across re-renders', async () => {
    const seenA: QueryClient[] = [];
    const seenB: QueryClient[] = [];
    const { fetchReport, count } = countingTransport();
    const ui = (label: string) => (
      <>
        <ViewerQueryScope>
          <Probe id="report-c" fetchReport={fetchReport} onClient={(c) => seenA.push(c)} />
        </ViewerQueryScope>
        <ViewerQueryScope>
          <Probe id="report-c" fetchReport={fetchReport} onClient={(c) => seenB.push(c)} />
        </ViewerQueryScope>
        <span>{label}</span>
      </>
    );
    const screen = await render(ui('first'));
    await expect.poll(() => screen.getByText('loaded report-c').elements().length).toBe(2);
    await screen.rerender(ui('second'));
    await expect.element(screen.getByText('second')).toBeVisible();
    // Two widgets, two caches: the same id was fetched by each.
    expect(count()).toBe(2);
    expect(seenA[0]).toBeInstanceOf(QueryClient);
    expect(seenA[0]).not.toBe(seenB[0]);
    expect(new Set(seenA).size).toBe(1);
    expect(new Set(seenB).size).toBe(1);
  });

  test('the hook alone, without any client, says what is missing', async () => {
    const { fetchReport } = countingTransport();
    function Bare() {
      useLegitReport({ reportId: 'report-x', fetchReport });
      return null;
    }
    let caught: unknown;
    class Catch extends Component<{ children: ReactNode }, { failed: boolean }> {
      override state = { failed: false };
      static getDerivedStateFromError() {
        return { failed: true };
      }
      override componentDidCatch(error: unknown) {
        caught = error;
      }
      override render() {
        return this.state.failed ? <p>failed</p> : this.props.children;
      }
    }
    const screen = await render(
      <Catch>
        <Bare />
      </Catch>,
    );
    await expect.element(screen.getByText('failed')).toBeVisible();
    expect(String(caught)).toMatch(/needs a QueryClient/);
  });
});
