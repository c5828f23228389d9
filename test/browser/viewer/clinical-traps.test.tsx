// The traps a dermatologist's review of the screen found (issue 10), one row each, every row on an
// edited copy of a published fixture: what a clinician sees and hears (roles, accessible names,
// aria-valuetext, the polite announcement) once the widget has read the report.
/* eslint-disable vitest/no-standalone-expect -- every row's check runs inside the one test.each at the end */
import { describe, expect, test } from 'vitest';
import { render, type RenderResult } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import { LegitReportView, type LegitReportViewProps } from '../../../src/index';
import { parseDiagnosticReport } from '../../../src/report/index';
import '../../../src/viewer/styles.css';
import { LOCAL_IMAGES, localFixtures } from '../../support/local-fixtures';
import { reportSettled } from '../../support/report-settled';
import { DELETE, edit } from '../../support/wire-edit';

type FixtureName = keyof ReturnType<typeof localFixtures>;

interface Trap {
  trap: string;
  fixture: FixtureName;
  edits?: Record<string, unknown>;
  props?: Partial<Omit<LegitReportViewProps, 'report'>>;
  check: (screen: RenderResult) => Promise<void>;
}

const FHIR_APASI = 'data.result.questionnaires[0]';
const FHIR_FINDINGS = 'data.result.clinicalIndicators.component';
const V3 = 'data.';

/** A line of the summary, by its term ("Referral", "Malignancy"…). */
const summaryLine = (screen: RenderResult, term: string) =>
  screen.getByRole('listitem').filter({ hasText: new RegExp(`^${escape(term)}:`) });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The line's tone: a raised line is a callout ("danger", "warning"), a plain one has none. */
const toneOf = async (screen: RenderResult, term: string) =>
  /lrv-tone-(\w+)/.exec((await summaryLine(screen, term).element()).className)?.[1] ?? 'none';
const announcement = (screen: RenderResult) => screen.getByRole('status');
const apasiMeter = (screen: RenderResult) =>
  screen.getByRole('meter', { name: 'Local automatic psoriasis area and severity index' });
const alegiMeter = (screen: RenderResult) =>
  screen.getByRole('meter', { name: 'Acne lesion estimation grading index' });
const warningsSummary = (screen: RenderResult) => screen.getByText(/could not be read|needs? checking/);
const row = (screen: RenderResult, name: string | RegExp) => screen.getByRole('row', { name });

const TRAPS: Trap[] = [
  {
    trap: "severity word and severity from one source: the report's (APASI 3.0 interpreted Severe)",
    fixture: 'fhir-psoriasis',
    edits: { [`${FHIR_APASI}.score.valueQuantity.value`]: 3 },
    async check(screen) {
      await expect.element(apasiMeter(screen)).toHaveAttribute('aria-valuetext', '3 — Severe (high severity)');
      await expect.element(screen.getByText('3 — Severe (high severity)', { exact: true })).toBeVisible();
      // The disagreement is named, never resolved silently: on screen and in the warnings.
      await expect
        .element(screen.getByText(/differs from the band that holds this score: Moderate 2\.1–4\.5/))
        .toBeVisible();
      await expect
        .element(warningsSummary(screen))
        .toHaveTextContent('One part of this report is shown, but needs checking.');
      await expect.element(summaryLine(screen, 'APASI')).toHaveTextContent('APASI: 3 — Severe (high severity)');
      // The legend highlights the band the report names.
      expect(screen.container.querySelector('.lrv-legend-current')?.textContent).toMatch(/^Severe 4\.5–21\.6/);
    },
  },
  {
    trap: 'raw severity.value disagreeing with the band holding the score reads as the report says, and is named',
    fixture: 'raw-v3-acne',
    edits: { [`${V3}result.scoringSystems[0].score.severity.value`]: 3 },
    async check(screen) {
      await expect.element(alegiMeter(screen)).toHaveAttribute('aria-valuetext', '8 (high severity)');
      await expect.element(screen.getByText(/differs from the band that holds this score: Grade 1 0–10/)).toBeVisible();
    },
  },
  {
    trap: 'severity is a noun phrase, never a bare "(high)" or "(low)"',
    fixture: 'raw-acne',
    async check(screen) {
      await expect.element(alegiMeter(screen)).toHaveAttribute('aria-valuetext', '8 — Grade 1 (low severity)');
      expect(screen.container.textContent).not.toMatch(/\((low|moderate|high)\)/);
      await expect.element(summaryLine(screen, 'ALEGI')).toHaveTextContent('ALEGI: 8 — Grade 1 (low severity)');
    },
  },
  {
    trap: 'malignancy 49.99 under the 50% default is always shown, with the portal threshold that decides it',
    fixture: 'raw-v3-acne',
    edits: { [`${V3}result.preliminaryFindings.malignancy`]: 49.99 },
    async check(screen) {
      await expect
        .element(summaryLine(screen, 'Malignancy'))
        .toHaveTextContent('Malignancy: 49.99%Portal threshold: 50%');
      expect(await toneOf(screen, 'Malignancy')).toBe('none');
    },
  },
  {
    trap: 'malignancy at the threshold is raised as an AI estimate',
    fixture: 'raw-v3-acne',
    edits: { [`${V3}result.preliminaryFindings.malignancy`]: 50 },
    async check(screen) {
      await expect
        .element(summaryLine(screen, 'Malignancy'))
        .toHaveTextContent('Malignancy: AI estimate: possible malignancy, 50%.Portal threshold: 50%');
      expect(await toneOf(screen, 'Malignancy')).toBe('danger');
    },
  },
  {
    trap: 'adjustedMalignancy raises the malignancy line under its own portal threshold, named as itself',
    fixture: 'raw-v3-acne',
    edits: {
      [`${V3}result.preliminaryFindings.malignancy`]: 5,
      [`${V3}result.preliminaryFindings.adjustedMalignancy`]: 90,
    },
    props: { thresholds: { adjustedMalignancy: 30 } },
    async check(screen) {
      await expect
        .element(summaryLine(screen, 'Adjusted malignancy'))
        .toHaveTextContent(
          'Adjusted malignancy: AI estimate: possible malignancy (adjusted malignancy), 90%.Portal threshold: 30%',
        );
      expect(await toneOf(screen, 'Adjusted malignancy')).toBe('danger');
      await expect.element(announcement(screen)).toHaveTextContent(/possible malignancy \(adjusted malignancy\), 90%/);
    },
  },
  {
    trap: 'null urgency is said in words, marked, never reassuring (FHIR: both referrals null)',
    fixture: 'fhir-psoriasis',
    async check(screen) {
      await expect.element(summaryLine(screen, 'Referral')).toHaveTextContent(/^Referral: not computed$/);
      expect(await toneOf(screen, 'Referral')).toBe('warning');
      const first = screen.getByRole('listitem').first();
      await expect.element(first).toHaveTextContent('Referral: not computed');
    },
  },
  {
    trap: 'pathology null: the title says no condition passed the threshold and names the top AI suggestion',
    fixture: 'fhir-psoriasis',
    async check(screen) {
      await expect
        .element(screen.getByRole('heading', { level: 2 }))
        .toHaveTextContent("No condition passed Legit.Health's confidence threshold");
      await expect.element(screen.getByText('Top AI suggestion: Psoriasis, 80%', { exact: true })).toBeVisible();
      await expect
        .element(screen.getByRole('article'))
        .toHaveAccessibleName("No condition passed Legit.Health's confidence threshold");
      await expect
        .element(announcement(screen))
        .toHaveTextContent(
          "Report loaded. Preliminary report generated by AI. It supports, and does not replace, a clinical diagnosis. No condition passed Legit.Health's confidence threshold. Top AI suggestion: Psoriasis, 80%.",
        );
    },
  },
  ...[100.0000001, -3, 250].map((probability): Trap => ({
    trap: `a probability of ${probability} keeps its conclusion, shown as sent, with a warning naming the field`,
    fixture: 'raw-acne',
    edits: { 'result.conclusions[0].probability': probability },
    async check(screen) {
      const acne = row(screen, /^Acne ED80/);
      await expect.element(acne).toHaveTextContent(`${probability}% (outside 0–100)`);
      const names = screen.getByRole('table').filter({ hasText: 'Probability' }).getByRole('rowheader');
      // In its place: ranked by the value as sent; Varicella is never promoted by Acne's loss.
      expect(names.elements().map((el) => el.textContent)).toEqual(
        probability < 0 ? ['Varicella', 'Acne'] : ['Acne', 'Varicella'],
      );
      await expect.element(warningsSummary(screen)).toHaveTextContent('needs checking');
      expect(screen.container.querySelector('.lrv-warnings code')?.textContent).toBe(
        'result.conclusions[0].probability',
      );
    },
  })),
  {
    trap: 'an unreadable probability keeps its conclusion as "Not available", last',
    fixture: 'raw-acne',
    edits: { 'result.conclusions[0].probability': 'high' },
    async check(screen) {
      await expect.element(row(screen, /^Acne ED80/)).toHaveTextContent('Not available');
      await expect.element(warningsSummary(screen)).toHaveTextContent('One part of this report could not be read');
    },
  },
  {
    trap: 'DIQA 59.96: the caption shows the exact value the flag compared, and the summary counts it',
    fixture: 'fhir-psoriasis',
    edits: { 'data.result.observations[0].media.diqaScore': 59.96 },
    async check(screen) {
      await expect
        .element(screen.getByText(/Quality 59\.96\/100/))
        .toHaveTextContent('Quality 59.96/100 · Low quality (Portal threshold: 60)');
      await expect
        .element(summaryLine(screen, 'Image quality'))
        .toHaveTextContent('Image quality: 1 of 2 images below the quality threshold.Portal threshold: 60/100');
      expect(await toneOf(screen, 'Image quality')).toBe('warning');
    },
  },
  {
    trap: 'a null DIQA reads "Quality: not available"',
    fixture: 'raw-acne',
    edits: { 'result.observations[0].media.diqaScore': null },
    async check(screen) {
      await expect.element(screen.getByText('Quality: not available', { exact: true })).toBeVisible();
      await expect
        .element(summaryLine(screen, 'Image quality'))
        .toHaveTextContent('Image quality: 1 image has no quality score.');
    },
  },
  {
    trap: 'thresholds left undefined keep the default: no "(0%)" callout, no "NaN%"',
    fixture: 'raw-acne',
    props: { thresholds: { pigmentedLesion: undefined, malignancy: undefined } },
    async check(screen) {
      await expect
        .element(screen.getByText(/^Portal thresholds for callouts/))
        .toHaveTextContent('Pigmented lesion 50%');
      expect(screen.container.textContent).not.toContain('NaN');
      expect(screen.container.textContent).not.toContain('pigmented lesion likely');
    },
  },
  {
    trap: 'only the most urgent referral tier is raised; the 15-day value stays in the findings table',
    fixture: 'raw-acne',
    async check(screen) {
      await expect
        .element(summaryLine(screen, 'Referral'))
        .toHaveTextContent(
          'Referral: AI estimate: urgent referral likely, 100%. The patient should be seen by a doctor within 48 hours.Portal threshold: 50%',
        );
      expect(screen.container.textContent).not.toContain('high-priority referral likely');
      await expect.element(row(screen, /^High-priority referral \(15 days\)/)).toHaveTextContent('100%');
    },
  },
  {
    trap: 'a conclusion without ICD-11 reads "Not available"; a null probability draws no bar',
    fixture: 'raw-acne',
    edits: { 'result.conclusions[1].pathology.icd11': null, 'result.conclusions[1].probability': null },
    async check(screen) {
      await expect.element(row(screen, /^Varicella/)).toHaveTextContent('VaricellaNot availableNot available');
      await expect
        .poll(() => screen.container.querySelectorAll('.recharts-bar-rectangle').length, { timeout: 15_000 })
        .toBe(1);
    },
  },
  {
    trap: 'raw createdAt is "Created", with its time zone',
    fixture: 'raw-acne',
    props: { timeZone: 'Europe/Madrid' },
    async check(screen) {
      const created = screen.getByRole('term').filter({ hasText: /^Created$/ });
      await expect.element(created).toBeVisible();
      await expect.element(screen.getByText('Aug 3, 2023, 12:38 PM GMT+2', { exact: true })).toBeVisible();
      expect(screen.container.textContent).not.toContain('Issued');
    },
  },
  {
    trap: 'FHIR issued is "Issued", with its time zone',
    fixture: 'fhir-psoriasis',
    props: { timeZone: 'UTC' },
    async check(screen) {
      await expect.element(screen.getByRole('term').filter({ hasText: /^Issued$/ })).toBeVisible();
      await expect.element(screen.getByRole('time')).toHaveTextContent(/UTC$/);
    },
  },
  {
    trap: '`icde11` (the spec example) is read as ICD-11, with a warning',
    fixture: 'raw-acne',
    edits: { 'pathology.icd11': DELETE, 'pathology.icde11': 'ED80' },
    async check(screen) {
      await expect.element(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Acne ICD-11 ED80');
      await expect.element(warningsSummary(screen)).toHaveTextContent('needs checking');
      expect(screen.container.querySelector('.lrv-warnings li')?.textContent).toBe(
        'pathology.icde11: read as icd11 (ICD-11)',
      );
    },
  },
  {
    trap: 'one spelling of a scoring-system code in v2 and v3 (ALEGI, never alegi)',
    fixture: 'raw-v3-acne',
    async check(screen) {
      await expect.element(screen.getByText('ALEGI', { exact: true })).toBeVisible();
      await expect.element(summaryLine(screen, 'ALEGI')).toBeVisible();
      expect(screen.container.textContent).not.toContain('alegi');
    },
  },
  {
    trap: 'the explainability map opens in the keyboard dialog beside the clinical image, with its annotations',
    fixture: 'fhir-psoriasis',
    edits: { [`${FHIR_APASI}.explainabilityMedia.annotations`]: ['Plaque, upper left', { region: 'trunk', x: 12 }] },
    async check(screen) {
      const name = 'Local automatic psoriasis area and severity index';
      const opener = screen.getByRole('button', { name: `Enlarge the areas that drove the ${name} score` });
      (opener.element() as HTMLElement).focus();
      await userEvent.keyboard('{Enter}');
      const dialog = screen.getByRole('dialog', { name: `Areas that drove the ${name} score` });
      await expect.element(dialog).toBeVisible();
      await expect.element(dialog.getByRole('img', { name: `Areas that drove the ${name} score` })).toBeVisible();
      await expect.element(dialog.getByRole('img', { name: 'Image 1, Clinical' })).toBeVisible();
      await expect.element(dialog.getByRole('listitem').nth(0)).toHaveTextContent('Plaque, upper left');
      await expect.element(dialog.getByRole('listitem').nth(1)).toHaveTextContent('region: trunk, x: 12');
      await userEvent.keyboard('{Escape}');
      await expect.element(dialog).not.toBeInTheDocument();
      await expect.poll(() => document.activeElement).toBe(opener.element());
    },
  },
  {
    trap: 'the AI notice is prominent and heard first in the announcement',
    fixture: 'raw-acne',
    async check(screen) {
      const notice = screen.getByText(/^Preliminary report generated by AI/);
      await expect.element(notice).toBeVisible();
      expect(getComputedStyle(notice.element()).fontWeight).toBe('600');
      await expect
        .element(announcement(screen))
        .toHaveTextContent(
          /^Report loaded\. Preliminary report generated by AI\. .* Acne\. AI estimate: urgent referral likely, 100%/,
        );
    },
  },
  {
    trap: 'the summary is the first section after the header, headed "Summary"',
    fixture: 'raw-acne',
    async check(screen) {
      const article = screen.getByRole('article').element();
      const header = article.querySelector('header');
      expect(header?.nextElementSibling?.getAttribute('data-section')).toBe('summary');
      await expect.element(screen.getByRole('heading', { level: 3 }).first()).toHaveTextContent('Summary');
      expect([...article.querySelectorAll('[data-line]')].map((li) => li.getAttribute('data-line'))).toEqual([
        'referral',
        'malignancy',
        'top-conclusion',
        'score',
        'certainty',
        'image-quality',
      ]);
      await expect
        .element(summaryLine(screen, 'Top AI suggestion'))
        .toHaveTextContent('Top AI suggestion: Acne, 99.65% · ICD-11: ED80');
    },
  },
  {
    trap: 'an out-of-range finding (urgent referral 250) is kept, raised and marked',
    fixture: 'raw-v3-acne',
    edits: { [`${V3}result.preliminaryFindings.urgentReferral`]: 250 },
    async check(screen) {
      await expect.element(summaryLine(screen, 'Referral')).toHaveTextContent(/urgent referral likely, 250%/);
      await expect.element(row(screen, /^Urgent referral \(48 h\)/)).toHaveTextContent('250% (outside 0–100)');
    },
  },
  {
    trap: 'entropy is the certainty of this result; a portal threshold flags it, none by default',
    fixture: 'raw-v3-acne',
    edits: { [`${V3}result.metrics.entropy`]: 78.9 },
    props: { entropyThreshold: 40 },
    async check(screen) {
      await expect
        .element(summaryLine(screen, 'Result certainty'))
        .toHaveTextContent(
          'Result certainty: uncertain result: entropy 78.9% (lower means more certain).Portal threshold: 40%',
        );
      expect(await toneOf(screen, 'Result certainty')).toBe('warning');
    },
  },
  {
    trap: 'without a portal entropy threshold, the certainty line states entropy and no threshold',
    fixture: 'raw-v3-acne',
    edits: { [`${V3}result.metrics.entropy`]: 78.9 },
    async check(screen) {
      await expect
        .element(summaryLine(screen, 'Result certainty'))
        .toHaveTextContent(/^Result certainty: entropy 78\.9% \(lower means more certain\)\.$/);
    },
  },
  {
    trap: 'FHIR referral values below their thresholds: both named, with the portal thresholds',
    fixture: 'fhir-psoriasis',
    edits: {
      [`${FHIR_FINDINGS}[4].valueQuantity.value`]: 20,
      [`${FHIR_FINDINGS}[5].valueQuantity.value`]: 45,
    },
    async check(screen) {
      await expect
        .element(summaryLine(screen, 'Referral'))
        .toHaveTextContent(
          "Referral: below the portal's thresholds — Urgent referral (48 h) 20% · High-priority referral (15 days) 45%.Portal thresholds: Urgent referral (48 h) 50% · High-priority referral (15 days) 50%",
        );
    },
  },
];

const SPANISH: Trap[] = [
  {
    trap: 'es: preferente, the referral sentence with its referent, anatomical site, differential diagnosis',
    fixture: 'raw-acne',
    props: { locale: 'es' },
    async check(screen) {
      await expect
        .element(summaryLine(screen, 'Derivación'))
        .toHaveTextContent(
          'Derivación: Estimación de la IA: derivación urgente probable, 100 %. El paciente debería ser valorado por un médico en un plazo máximo de 48 horas.',
        );
      await expect.element(row(screen, /^Derivación preferente \(15 días\)/)).toHaveTextContent('100 %');
      await expect.element(screen.getByRole('term').filter({ hasText: 'Localización anatómica' })).toBeVisible();
      await expect.element(screen.getByRole('heading', { name: 'Diagnóstico diferencial' })).toBeVisible();
      await expect.element(screen.getByRole('heading', { name: 'Resumen' })).toBeVisible();
      await expect.element(alegiMeter(screen)).toHaveAttribute('aria-valuetext', '8 — Grade 1 (gravedad baja)');
      await expect.element(screen.getByRole('img', { name: 'Imagen 1, Clínica' })).toBeInTheDocument();
      expect(screen.container.textContent).not.toMatch(
        /prioritaria|debe verle|Zona del cuerpo|Posibles afecciones|\(leve\)|\(alta\)/,
      );
    },
  },
  {
    trap: 'es: pathology null names the threshold and the top AI suggestion',
    fixture: 'fhir-psoriasis',
    props: { locale: 'es' },
    async check(screen) {
      await expect
        .element(screen.getByRole('heading', { level: 2 }))
        .toHaveTextContent('Ningún diagnóstico superó el umbral de confianza de Legit.Health');
      await expect
        .element(screen.getByText('Principal sugerencia de la IA: Psoriasis, 80 %', { exact: true }))
        .toBeVisible();
      await expect.element(summaryLine(screen, 'Derivación')).toHaveTextContent('Derivación: no calculada');
      await expect.element(apasiMeter(screen)).toHaveAttribute('aria-valuetext', '6,3 — Severe (gravedad alta)');
    },
  },
  {
    trap: 'es: no conclusion at all reads "Sin diagnóstico concluyente"; an unknown modality is shown as given',
    fixture: 'raw-acne',
    edits: { pathology: null, 'result.conclusions': [], 'result.observations[0].media.modality': 'Wood lamp' },
    props: { locale: 'es' },
    async check(screen) {
      await expect.element(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Sin diagnóstico concluyente');
      await expect.element(screen.getByRole('img', { name: 'Imagen 1, Wood lamp' })).toBeInTheDocument();
    },
  },
];

describe('clinical traps: the screen never contradicts the report', () => {
  // Titles in full (`$trap` would shorten them): each row names its trap.
  test.each([...TRAPS, ...SPANISH].map((t) => [t.trap, t] as const))(
    '%s',
    async (_, { fixture, edits = {}, props = {}, check }) => {
      const report = parseDiagnosticReport(edit(localFixtures()[fixture], edits), LOCAL_IMAGES);
      const screen = await render(<LegitReportView report={report} {...props} />);
      // The report body loads on demand: wait for the summary.
      await expect.element(screen.getByRole('heading', { level: 3 }).first()).toBeVisible();
      // The sections below the first screen render once it is painted: wait for the whole report.
      await reportSettled(screen.container);
      await check(screen);
    },
  );
});
