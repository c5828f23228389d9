// The review screen's sections over edge-case models, as a clinician and a screen reader meet them.
import { describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { page, userEvent } from 'vitest/browser';
import { LegitReportView } from '../../../src/index';
import '../../../src/viewer/styles.css';
import { axeViolations } from '../../support/axe';
import { reportSettled } from '../../support/report-settled';
import { band, conclusion, emptyReport, scoringSystem } from '../../support/report-builders';

describe('values', () => {
  test('null reads "Not available", zero reads 0%, small values keep their precision', async () => {
    const report = emptyReport({
      findings: {
        hasCondition: 100,
        malignancy: 0,
        adjustedMalignancy: null,
        pigmentedLesion: 0.0004,
        urgentReferral: null,
        highPriorityReferral: 0.06,
      },
    });
    const screen = await render(<LegitReportView report={report} />);
    const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) });
    await expect.element(row('Malignancy')).toHaveTextContent('0%');
    await expect.element(row('Adjusted malignancy')).toHaveTextContent('Not available');
    await expect.element(row('Pigmented lesion')).toHaveTextContent('0.0004%');
    await expect.element(row('High-priority referral')).toHaveTextContent('0.06%');
    await expect.element(row('Urgent referral')).toHaveTextContent('Not available');
  });

  test('absent sections say "Not assessed" and the header says there is no conclusive condition', async () => {
    const screen = await render(<LegitReportView report={emptyReport()} />);
    await expect.element(screen.getByRole('heading', { level: 2 })).toHaveTextContent('No conclusive condition');
    await reportSettled(screen.container);
    const notAssessed = screen.getByText('Not assessed').elements();
    // conclusions, severity, images, anamnesis
    expect(notAssessed).toHaveLength(4);
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});

describe('referral callouts', () => {
  test('crossing a threshold raises a callout with text and icon; below it none', async () => {
    const report = emptyReport({
      findings: {
        hasCondition: 10,
        malignancy: 87.2,
        adjustedMalignancy: 80,
        pigmentedLesion: 49.9,
        urgentReferral: 92,
        highPriorityReferral: 97,
      },
    });
    const screen = await render(<LegitReportView report={report} />);
    const callouts = screen.container.querySelectorAll('.lrv-callout');
    expect([...callouts].map((c) => c.getAttribute('data-finding'))).toEqual([
      'urgentReferral',
      'malignancy',
      'highPriorityReferral',
    ]);
    expect(callouts[0]!.textContent).toContain('within 48 hours (92%)');
    expect(callouts[0]!.querySelector('svg')).not.toBeNull();
    // The polite announcement names the condition and the urgent findings.
    await expect.element(screen.getByRole('status')).toHaveTextContent(/No conclusive condition\. Urgent referral/);
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  test('portal thresholds move the line and can switch a callout off', async () => {
    const report = emptyReport({ findings: { ...emptyReport().findings, urgentReferral: 30, malignancy: 90 } });
    const screen = await render(
      <LegitReportView report={report} thresholds={{ urgentReferral: 25, malignancy: null }} />,
    );
    const findings = [...screen.container.querySelectorAll('.lrv-callout')].map((c) => c.getAttribute('data-finding'));
    expect(findings).toEqual(['urgentReferral']);
  });
});

describe('conclusions', () => {
  test('ranked table with names, ICD-11 codes and exact probabilities; the rest grouped', async () => {
    const conclusions = Array.from({ length: 14 }, (_, i) => conclusion(`Condition ${i + 1}`, 50 / 2 ** i, [`X${i}`]));
    const screen = await render(<LegitReportView report={emptyReport({ conclusions })} maxConclusions={5} />);
    const table = screen.getByRole('table').filter({ hasText: 'Probability' });
    // The report body loads on demand: wait for it, so the test holds when run alone.
    await expect.poll(() => table.getByRole('row').elements().length).toBe(7);
    const rows = table.getByRole('row').elements().slice(1);
    expect(rows).toHaveLength(6);
    expect(rows[0]!.textContent).toBe('Condition 1X050%');
    expect(rows[4]!.textContent).toContain('3.125%');
    expect(rows[5]!.textContent).toMatch(/^Other conditions \(9\)/);
    // 50/2^5 + … + 50/2^13 = 3.118896484375: summed, not dropped, shown to the formatter's six decimals
    expect(rows[5]!.textContent).toBe('Other conditions (9)3.118896% combined');
  });

  test('the chart loads as its own chunk, with a heading and a text alternative', async () => {
    const screen = await render(
      <LegitReportView
        report={emptyReport({
          conclusions: [conclusion('Acne', 99.65, ['ED80']), conclusion('Varicella', 0.06, ['1E90'])],
        })}
      />,
    );
    const figure = screen.getByRole('figure', { name: 'Probability of each condition' });
    await expect.element(figure).toHaveAccessibleDescription(/most likely is Acne \(99.65%\)/);
    // The first import of the recharts chunk can take a while on a cold dev server.
    await expect
      .poll(() => screen.container.querySelectorAll('.recharts-bar-rectangle').length, { timeout: 15_000 })
      .toBe(2);
    await reportSettled(screen.container);
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});

describe('severity bars', () => {
  const alegiBands = [band('None', 0, 0, 1), band('Grade 1', 0, 10, 1), band('Grade 2', 10, 20, 1)];

  test('meter: value, scale, name and text "8 — Grade 1 (low)"', async () => {
    const system = scoringSystem({
      name: 'Acne lesion estimation grading index',
      score: 8,
      severity: 1,
      bands: alegiBands,
    });
    const screen = await render(<LegitReportView report={emptyReport({ scoringSystems: [system] })} />);
    const meter = screen.getByRole('meter', { name: 'Acne lesion estimation grading index' });
    await expect.element(meter).toHaveAttribute('aria-valuenow', '8');
    await expect.element(meter).toHaveAttribute('aria-valuemin', '0');
    await expect.element(meter).toHaveAttribute('aria-valuemax', '20');
    await expect.element(meter).toHaveAttribute('aria-valuetext', '8 — Grade 1 (low)');
    await expect.element(screen.getByText('8 — Grade 1 (low)')).toBeVisible();
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  test.each([
    ['zero-width band matches its exact value', 0, alegiBands, '0 — None (low)'],
    ['a shared edge belongs to the higher band', 10, alegiBands, '10 — Grade 2 (low)'],
    ['the top edge belongs to the top band', 20, alegiBands, '20 — Grade 2 (low)'],
    ['a single band', 3, [band('Mild', 0, 5, 1)], '3 — Mild (low)'],
  ])('%s', async (_name, score, bands, text) => {
    const system = scoringSystem({ name: 'Score', score, bands });
    const screen = await render(<LegitReportView report={emptyReport({ scoringSystems: [system] })} />);
    await expect.element(screen.getByRole('meter', { name: 'Score' })).toHaveAttribute('aria-valuetext', text);
  });

  test('a score outside every band stretches the scale and says so', async () => {
    const system = scoringSystem({ name: 'Score', score: 25.5, bands: alegiBands });
    const screen = await render(<LegitReportView report={emptyReport({ scoringSystems: [system] })} />);
    const meter = screen.getByRole('meter', { name: 'Score' });
    await expect.element(meter).toHaveAttribute('aria-valuemax', '25.5');
    await expect.element(meter).toHaveAttribute('aria-valuetext', '25.5');
    await expect.element(screen.getByText('The score lies outside the published bands.')).toBeVisible();
  });

  test('no bands: the score is text, there is no meter', async () => {
    const system = scoringSystem({ name: 'DLQI', score: 12, severity: 2 });
    const screen = await render(<LegitReportView report={emptyReport({ scoringSystems: [system] })} />);
    await reportSettled(screen.container);
    expect(screen.container.querySelector('[role="meter"]')).toBeNull();
    await expect.element(screen.getByText('12 (moderate)')).toBeVisible();
  });

  test('facets list label, text and raw value; a description opens on demand', async () => {
    const system = scoringSystem({
      name: 'APASI',
      score: 6.3,
      bands: [band('Severe', 4.5, 21.6, 3)],
      facets: [
        { code: 'Erythema', label: 'Erythema', description: 'Redness of the lesion', text: 'Severe (3)', value: 3 },
      ],
    });
    const screen = await render(<LegitReportView report={emptyReport({ scoringSystems: [system] })} />);
    const row = screen.getByRole('row').filter({ hasText: 'Erythema' });
    await expect.element(row).toHaveTextContent('Severe (3)');
    await expect.element(screen.getByText('Redness of the lesion')).not.toBeVisible();
    await screen.getByText('Erythema', { exact: true }).click();
    await expect.element(screen.getByText('Redness of the lesion')).toBeVisible();
  });
});

describe('images', () => {
  const observation = (url: string | null, diqaScore: number | null) => ({
    type: 'Image',
    modality: 'Clinical',
    diqaScore,
    url,
  });

  test('alt text, quality as text, low quality flagged', async () => {
    const url = `${location.origin}/samples/acne-closeup.png`;
    const screen = await render(
      <LegitReportView report={emptyReport({ observations: [observation(url, 86), observation(url, 41)] })} />,
    );
    await expect.element(screen.getByRole('img', { name: 'Image 1, Clinical' })).toBeInTheDocument();
    await expect.element(screen.getByText('Quality 86/100')).toBeVisible();
    await expect.element(screen.getByText(/Quality 41\/100/)).toHaveTextContent('Quality 41/100 · Low quality');
  });

  test('a dead link asks for fresh URLs once, then reads "Image unavailable" instead of a broken icon', async () => {
    const onRenew = vi.fn();
    const dead = `${location.origin}/no-such-image-${Date.now()}.png`;
    const screen = await render(
      <LegitReportView
        report={emptyReport({ observations: [observation(dead, 80), observation(dead, 80)] })}
        onRenewImageUrls={onRenew}
      />,
    );
    await expect.poll(() => onRenew.mock.calls.length).toBe(1);
    await expect.poll(() => screen.getByText('Image unavailable').elements().length).toBe(2);
    // Both images have failed and neither is an <img> any more: nothing is left that could ask again.
    expect(screen.container.querySelectorAll('img')).toHaveLength(0);
    expect(onRenew).toHaveBeenCalledTimes(1);
  });

  test('the enlarged view opens and closes from the keyboard, and focus returns', async () => {
    const url = `${location.origin}/samples/acne-closeup.png`;
    const screen = await render(<LegitReportView report={emptyReport({ observations: [observation(url, 90)] })} />);
    await reportSettled(screen.container);
    const opener = screen.getByRole('button', { name: 'Enlarge image 1' });
    (opener.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Image 1, Clinical' });
    await expect.element(dialog).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.poll(() => document.activeElement).toBe(opener.element());
  });
});

describe('untrusted text', () => {
  test('markup in report text is shown as text and never executes', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const report = emptyReport({
      conclusions: [conclusion(hostile, 60)],
      anamnesis: [{ question: hostile, answer: '<script>window.__pwned=1</script>' }],
    });
    const screen = await render(<LegitReportView report={report} />);
    await expect.element(screen.getByRole('rowheader', { name: hostile })).toBeInTheDocument();
    await reportSettled(screen.container);
    expect(screen.container.querySelector('img[src="x"]')).toBeNull();
    expect(screen.container.querySelector('script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('locales and labels', () => {
  test('Spanish labels and number formats; any label can be overridden', async () => {
    const report = emptyReport({ conclusions: [conclusion('Acné', 99.65)] });
    const screen = await render(
      <LegitReportView report={report} locale="es" labels={{ conclusionsHeading: 'Diagnóstico diferencial' }} />,
    );
    await expect.element(screen.getByRole('region', { name: 'Informe diagnóstico' })).toBeInTheDocument();
    await expect.element(screen.getByRole('heading', { name: 'Diagnóstico diferencial' })).toBeVisible();
    await expect.element(screen.getByRole('row', { name: /Acné/ })).toHaveTextContent('99,65 %');
    await expect.element(screen.getByRole('row', { name: /Malignidad ajustada/ })).toHaveTextContent('No disponible');
  });
});

describe('two widgets on one page', () => {
  test('share no element id, and each meter keeps its own name (each region named by the portal)', async () => {
    const report = (name: string) =>
      emptyReport({
        conclusions: [conclusion(name, 90)],
        scoringSystems: [scoringSystem({ name: `${name} score`, score: 3, bands: [band('Mild', 0, 5, 1)] })],
      });
    const screen = await render(
      <>
        <LegitReportView report={report('Acne')} labels={{ region: 'Diagnostic report, left lesion' }} />
        <LegitReportView report={report('Psoriasis')} labels={{ region: 'Diagnostic report, right lesion' }} />
      </>,
    );
    await expect.element(screen.getByRole('meter', { name: 'Psoriasis score' })).toBeInTheDocument();
    await expect.element(screen.getByRole('meter', { name: 'Acne score' })).toBeInTheDocument();
    await reportSettled(screen.container);
    const ids = [...screen.container.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});

describe('very long text', () => {
  test('long names wrap inside the widget at 320 px instead of spilling sideways', async () => {
    await page.viewport(320, 900);
    const long =
      'Pneumonoultramicroscopicsilicovolcanoconiosis-like-dermatosis-with-an-extraordinarily-long-unbroken-name';
    const report = emptyReport({
      pathology: { code: long, key: long, name: long, icd11: ['EA90.42', 'EA90.5Y', 'ED80', '1E90'] },
      conclusions: [conclusion(long, 99.99, ['EA90.42', 'EA90.5Y'])],
      scoringSystems: [scoringSystem({ name: `${long} severity index`, score: 3, bands: [band(long, 0, 5, 1)] })],
      anamnesis: [{ question: long, answer: long }],
    });
    const screen = await render(<LegitReportView report={report} />);
    const root = screen.container.querySelector('.lrv-root') as HTMLElement;
    await expect.element(screen.getByRole('meter', { name: `${long} severity index` })).toBeInTheDocument();
    await reportSettled(root);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
    for (const el of root.querySelectorAll<HTMLElement>('h2, h4, th, td, dt, dd, li')) {
      expect(el.getBoundingClientRect().right).toBeLessThanOrEqual(root.getBoundingClientRect().right + 1);
    }
  });
});

test('a locale without shipped labels formats numbers in that locale but marks the English text as English', async () => {
  const screen = await render(
    <LegitReportView report={emptyReport({ conclusions: [conclusion('Acne', 99.65)] })} locale="fr-FR" />,
  );
  const region = screen.getByRole('region', { name: 'Diagnostic report' });
  await expect.element(region).toHaveAttribute('lang', 'en');
  await expect.element(screen.getByRole('row', { name: /^Acne/ })).toHaveTextContent('99,65 %');
});
