// The summary's decisions as pure functions: which referral tier, which malignancy estimate,
// what each line says and which portal threshold it names.
import { describe, expect, test } from 'vitest';
import { en } from '../../../src/viewer/labels/en';
import { resolveThresholds, type FindingThresholds } from '../../../src/viewer/defaults';
import { summaryLines } from '../../../src/viewer/model/summary-lines';
import { malignancyTriage, referralTriage } from '../../../src/viewer/model/triage';
import type { PreliminaryFindings } from '../../../src/report/model';
import { emptyReport } from '../../support/report-builders';

const findings = (values: Partial<PreliminaryFindings>): PreliminaryFindings => ({
  ...emptyReport().findings,
  ...values,
});

describe('referral tier', () => {
  test.each([
    [
      'urgent over its threshold wins over high-priority',
      { urgentReferral: 60, highPriorityReferral: 90 },
      {},
      'urgentReferral',
    ],
    [
      'high-priority when urgent is below',
      { urgentReferral: 10, highPriorityReferral: 90 },
      {},
      'highPriorityReferral',
    ],
    [
      'high-priority when urgent is turned off',
      { urgentReferral: 99, highPriorityReferral: 90 },
      { urgentReferral: null },
      'highPriorityReferral',
    ],
    ['none below both', { urgentReferral: 10, highPriorityReferral: 20 }, {}, null],
    ['none when not computed', {}, {}, null],
  ] as const)('%s', (_name, values, portal: FindingThresholds, raised) => {
    expect(referralTriage(findings(values), resolveThresholds(portal)).raised).toBe(raised);
  });

  test('both null is "not computed"; one null is not', () => {
    expect(referralTriage(findings({}), resolveThresholds(undefined)).notComputed).toBe(true);
    expect(referralTriage(findings({ urgentReferral: 0 }), resolveThresholds(undefined)).notComputed).toBe(false);
  });
});

describe('malignancy estimate', () => {
  test.each([
    ['the higher, raised', { malignancy: 60, adjustedMalignancy: 80 }, {}, ['adjustedMalignancy', 80, true]],
    ['a tie goes to malignancy', { malignancy: 70, adjustedMalignancy: 70 }, {}, ['malignancy', 70, true]],
    [
      'the higher, below both thresholds',
      { malignancy: 49.99, adjustedMalignancy: 10 },
      {},
      ['malignancy', 49.99, false],
    ],
    [
      'a crossing estimate before a higher one that does not cross',
      { malignancy: 60, adjustedMalignancy: 70 },
      { adjustedMalignancy: 80 },
      ['malignancy', 60, true],
    ],
    [
      'adjusted under its own threshold',
      { malignancy: 5, adjustedMalignancy: 90 },
      { adjustedMalignancy: 30 },
      ['adjustedMalignancy', 90, true],
    ],
    ['only one computed', { adjustedMalignancy: 3 }, {}, ['adjustedMalignancy', 3, false]],
    ['neither computed', {}, {}, [null, null, false]],
  ] as const)('%s', (_name, values, portal: FindingThresholds, [finding, value, raised]) => {
    expect(malignancyTriage(findings(values), resolveThresholds(portal))).toEqual({ finding, value, raised });
  });
});

describe('summary lines', () => {
  const settings = (portal: FindingThresholds = {}, entropyThreshold?: number) => ({
    labels: en,
    locale: 'en',
    thresholds: resolveThresholds(portal),
    diqaThreshold: 60,
    entropyThreshold,
  });
  const lineOf = (report: ReturnType<typeof emptyReport>, name: string, s = settings()) =>
    summaryLines(report, s).find((l) => l.line === name);

  test('with both referral thresholds off, the values stand alone: nothing was compared', () => {
    const report = emptyReport({ findings: findings({ urgentReferral: 100, highPriorityReferral: 100 }) });
    expect(lineOf(report, 'referral', settings({ urgentReferral: null, highPriorityReferral: null }))).toMatchObject({
      text: 'Urgent referral (48 h) 100% · High-priority referral (15 days) 100%.',
      tone: null,
      policy: 'Portal threshold: off',
    });
  });

  test('an entropy threshold that is not a finite number is none', () => {
    const report = emptyReport({ metrics: { sensitivity: null, specificity: null, entropy: 90 } });
    expect(lineOf(report, 'certainty', settings({}, Number.NaN))).toMatchObject({ tone: null, policy: null });
    expect(lineOf(report, 'certainty', settings({}, 90))).toMatchObject({
      tone: 'warning',
      policy: 'Portal threshold: 90%',
    });
  });

  test('images: counted below the threshold, unscored said, none said', () => {
    const image = (diqaScore: number | null) => ({ type: 'Image', url: null, modality: 'Clinical', diqaScore });
    const text = (scores: Array<number | null>) =>
      lineOf(emptyReport({ observations: scores.map(image) }), 'image-quality')?.text;
    expect(text([])).toBe('no images.');
    expect(text([59.96, 60, null])).toBe('1 of 3 images below the quality threshold. 1 image has no quality score.');
    expect(text([60, 99])).toBe('both images meet the quality threshold.');
    expect(text([null])).toBe('1 image has no quality score.');
  });
});
