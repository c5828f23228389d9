// <legit-report-viewer>.history: the ids of earlier reports, passed on to the viewer.
import { afterEach, expect, test, vi } from 'vitest';
import { page } from 'vitest/browser';
import { writeRawV3 } from '../../../fixtures/wire/writers';
import type { FetchReport } from '../../../src/fetching/request';
import { psoriasisCourse } from '../../support/history-builders';
import { mountViewer } from './support';

afterEach(() => {
  document.body.replaceChildren();
});

test('history set as a property: the Progress section shows in the shadow root, fetched through fetchReport', async () => {
  const { first, current } = psoriasisCourse();
  const answers: Record<string, unknown> = {
    'ZWxlbWVudC1maXJzdA==': writeRawV3(first),
    'ZWxlbWVudC1ub3c=': writeRawV3(current),
  };
  const fetchReport = vi.fn<FetchReport>(({ id }) => Promise.resolve(answers[id]));
  const element = mountViewer({ 'report-id': 'ZWxlbWVudC1ub3c=' }, { fetchReport });
  element.history = ['ZWxlbWVudC1maXJzdA=='];
  expect(element.history).toEqual(['ZWxlbWVudC1maXJzdA==']);
  await expect.element(page.getByRole('heading', { name: 'Progress' })).toBeVisible();
  await expect.element(page.getByRole('table', { name: /each report's score/ })).toHaveTextContent('12.4');
  expect(fetchReport.mock.calls.map(([args]) => args.id)).toEqual(['ZWxlbWVudC1ub3c=', 'ZWxlbWVudC1maXJzdA==']);
  await expect.element(page.getByRole('img', { name: 'Body site: Chest and belly' })).toBeVisible();
});
