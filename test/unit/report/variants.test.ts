/**
 * Variants derived from the three fixtures: each row edits a fixture and states
 * exactly what the model must then hold, including the warnings recorded.
 */
import { describe, expect, it } from 'vitest';
import { ReportEnvelopeError, ReportParseError, parseDiagnosticReport } from '../../../src/report';
import type { DiagnosticReport, ParseOptions } from '../../../src/report';
import fhirPsoriasis from '../../../fixtures/fhir-psoriasis.json';
import rawAcne from '../../../fixtures/raw-acne.json';
import rawV3Acne from '../../../fixtures/raw-v3-acne.json';
import { FHIR_PSORIASIS, RAW_V2_ACNE, RAW_V3_ACNE } from './expected-models';
import { DELETE, edit } from '../../support/wire-edit';

const parse = (wire: unknown, edits: Record<string, unknown> = {}, options?: ParseOptions): DiagnosticReport =>
  parseDiagnosticReport(edit(wire, edits), options);

/** The two raw generations, with where their body sits. */
const RAW = [
  { name: 'raw v2', wire: rawAcne, at: '', expected: RAW_V2_ACNE, bands: 'categories' },
  { name: 'raw v3', wire: rawV3Acne, at: 'data.', expected: RAW_V3_ACNE, bands: 'interpretations' },
] as const;
const ALL = [
  { name: 'raw v2', wire: rawAcne, at: '' },
  { name: 'raw v3', wire: rawV3Acne, at: 'data.' },
  { name: 'FHIR', wire: fhirPsoriasis, at: 'data.' },
] as const;

describe.each(RAW)('$name variants', ({ wire, at, expected, bands }) => {
  const ss = `${at}result.scoringSystems[0]`;
  const band = (i: number) => `${ss}.score.severity.${bands}[${i}]`;

  it('keeps 0 as 0 and null as null, everywhere', () => {
    const model = parse(wire, {
      [`${at}result.preliminaryFindings.malignancy`]: null,
      [`${at}result.preliminaryFindings.hasCondition`]: 0,
      [`${at}result.metrics.entropy`]: 0,
      [`${at}result.metrics.sensitivity`]: null,
      [`${at}result.observations[0].media.diqaScore`]: 0,
      [`${at}result.iaSeconds`]: 0,
      [`${ss}.score.value`]: 0,
      [`${at}result.conclusions[1].probability`]: 0,
    });
    expect(model.findings).toEqual({ ...expected.findings, malignancy: null, hasCondition: 0 });
    expect(model.metrics).toEqual({ sensitivity: null, specificity: 99.53, entropy: 0 });
    expect(model.observations[0]?.diqaScore).toBe(0);
    expect(model.analysisDurationSeconds).toBe(0);
    expect(model.scoringSystems[0]?.score).toBe(0);
    expect(model.conclusions.map((c) => c.probability)).toEqual([99.65, 0]);
    expect(model.warnings).toEqual([]);
  });

  it('treats a missing value like null (absent), not as 0', () => {
    const model = parse(wire, {
      [`${at}result.preliminaryFindings.pigmentedLesion`]: DELETE,
      [`${at}result.observations[0].media.diqaScore`]: DELETE,
      [`${ss}.score.value`]: DELETE,
    });
    expect(model.findings.pigmentedLesion).toBeNull();
    expect(model.observations[0]?.diqaScore).toBeNull();
    expect(model.scoringSystems[0]?.score).toBeNull();
    expect(model.warnings).toEqual([]);
  });

  it('keeps overlapping and zero-width bands as sent, in report order', () => {
    const model = parse(wire, {
      [`${band(1)}.max`]: 12, // overlaps band 2 (10–20)
      [`${band(2)}.min`]: 12,
      [`${band(2)}.max`]: 12, // zero-width
    });
    expect(model.scoringSystems[0]?.bands.map((b) => [b.label, b.min, b.max])).toEqual([
      ['None', 0, 0],
      ['Grade 1', 0, 12],
      ['Grade 2', 12, 12],
    ]);
    expect(model.warnings).toEqual([]);
  });

  it.each([
    ['min > max', { min: 15, max: 5 }, '', 'band minimum 15 is greater than its maximum 5'],
    ['a string bound', { max: '20' }, '.max', 'expected a finite number, got a string'],
    ['a null bound', { min: null }, '.min', 'expected a finite number, got null'],
  ])('leaves out a band with %s and records why', (_, change, suffix, reason) => {
    const edits = Object.fromEntries(Object.entries(change).map(([k, v]) => [`${band(2)}.${k}`, v]));
    const model = parse(wire, edits);
    expect(model.scoringSystems[0]?.bands.map((b) => b.label)).toEqual(['None', 'Grade 1']);
    expect(model.warnings).toEqual([{ path: `${band(2)}${suffix}`, reason }]);
  });

  it('keeps a band whose severity is unreadable, with the severity left out', () => {
    const path = bands === 'categories' ? `${band(0)}.severity` : `${band(0)}.coding[0].code`;
    const model = parse(wire, { [path]: 4 });
    expect(model.scoringSystems[0]?.bands[0]).toMatchObject({ label: 'None', severity: null });
    expect(model.warnings).toEqual([{ path, reason: 'expected a severity of 1, 2 or 3, got 4' }]);
  });

  // An odd probability never removes its condition: the differential keeps every condition it had.
  it.each([
    ['"abc"', 'abc', 'expected a percentage from 0 to 100, got a string'],
    ['NaN', Number.NaN, 'expected a percentage from 0 to 100, got NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'expected a percentage from 0 to 100, got Infinity'],
  ])(
    'keeps a conclusion with probability %s, its probability not available, with a warning',
    (_, probability, reason) => {
      const model = parse(wire, { [`${at}result.conclusions[0].probability`]: probability });
      expect(model.conclusions).toEqual([expected.conclusions[1], { ...expected.conclusions[0], probability: null }]);
      expect(model.warnings).toEqual([{ path: `${at}result.conclusions[0].probability`, reason }]);
    },
  );

  it.each([
    ['100.0000001', 100.0000001, 0],
    ['140', 140, 0],
    ['-0.5', -0.5, 1],
    ['-3', -3, 1],
    ['250', 250, 0],
  ])('keeps a conclusion with probability %s as sent, ranked by it, with a warning naming the field', (_, p, rank) => {
    const path = `${at}result.conclusions[0].probability`;
    const model = parse(wire, { [path]: p });
    expect(model.conclusions[rank]).toEqual({ ...expected.conclusions[0], probability: p });
    expect(model.conclusions).toHaveLength(2);
    expect(model.warnings).toEqual([
      { path, reason: `expected a percentage from 0 to 100, got ${p}; shown as the report gives it`, kept: true },
    ]);
  });

  it('keeps out-of-range findings, metrics and image quality as sent, each with a warning', () => {
    const edits = {
      [`${at}result.preliminaryFindings.urgentReferral`]: 250,
      [`${at}result.preliminaryFindings.malignancy`]: -3,
      [`${at}result.metrics.entropy`]: 100.5,
      [`${at}result.observations[0].media.diqaScore`]: 101,
    };
    const model = parse(wire, edits);
    expect(model.findings).toEqual({ ...expected.findings, urgentReferral: 250, malignancy: -3 });
    expect(model.metrics.entropy).toBe(100.5);
    expect(model.observations[0]?.diqaScore).toBe(101);
    expect(model.warnings.map((w) => [w.path, w.kept])).toEqual(
      expect.arrayContaining(Object.keys(edits).map((path) => [path, true])),
    );
    expect(model.warnings).toHaveLength(4);
  });

  it('reads `icde11` (the spelling of the published example) as ICD-11, with a warning', () => {
    const path = `${at}pathology`;
    const model = parse(wire, { [`${path}.icd11`]: DELETE, [`${path}.icde11`]: 'ED80' });
    expect(model.pathology?.icd11).toEqual(['ED80']);
    expect(model.warnings).toEqual([{ path: `${path}.icde11`, reason: 'read as icd11 (ICD-11)', kept: true }]);
    // Where both are sent, `icd11` is the field: nothing to say.
    const both = parse(wire, { [`${path}.icde11`]: 'XX00' });
    expect(both.pathology?.icd11).toEqual(['ED80']);
    expect(both.warnings).toEqual([]);
  });

  it('warns when the report rates the score with a severity no band holding the score has', () => {
    // ALEGI 8 lies in "Grade 1" (0–10, low); the report says high.
    const model = parse(wire, { [`${ss}.score.severity.value`]: 3 });
    expect(model.scoringSystems[0]).toMatchObject({ score: 8, severity: 3 });
    expect(model.warnings).toEqual([
      {
        path: `${ss}.score.severity.value`,
        reason:
          'the report interprets the score 8 as severity 3, but the band holding it is "Grade 1" (0–10, severity 1); the report\'s interpretation is shown',
        kept: true,
      },
    ]);
    // On a shared edge, one agreeing band is enough.
    expect(parse(wire, { [`${ss}.score.value`]: 10 }).warnings).toEqual([]);
  });

  it('leaves out a conclusion without a condition code', () => {
    const model = parse(wire, { [`${at}result.conclusions[1].pathology.code`]: '  ' });
    expect(model.conclusions).toEqual([expected.conclusions[0]]);
    expect(model.warnings).toEqual([
      { path: `${at}result.conclusions[1].pathology.code`, reason: 'expected a non-empty string, got an empty string' },
    ]);
  });

  it('nulls single unreadable numbers with a warning each, keeping their neighbours', () => {
    const model = parse(wire, {
      [`${at}result.metrics.sensitivity`]: Number.POSITIVE_INFINITY,
      [`${at}result.preliminaryFindings.urgentReferral`]: '100',
      [`${at}result.iaSeconds`]: -1,
      [`${ss}.score.value`]: '8',
      [`${at}result.observations[0].media.diqaScore`]: '86',
    });
    expect(model.metrics).toEqual({ sensitivity: null, specificity: 99.53, entropy: null });
    expect(model.findings).toEqual({ ...expected.findings, urgentReferral: null });
    expect(model.analysisDurationSeconds).toBeNull();
    expect(model.scoringSystems[0]?.score).toBeNull();
    expect(model.observations[0]).toEqual({ ...expected.observations[0], diqaScore: null });
    expect(new Set(model.warnings.map((w) => w.path))).toEqual(
      new Set([
        `${at}result.metrics.sensitivity`,
        `${at}result.preliminaryFindings.urgentReferral`,
        `${at}result.iaSeconds`,
        `${at}result.observations[0].media.diqaScore`,
        `${ss}.score.value`,
      ]),
    );
    expect(model.warnings).toContainEqual({
      path: `${at}result.iaSeconds`,
      reason: 'expected a finite number ≥ 0, got -1',
    });
  });

  it('keeps unknown codes with their key, and ignores unknown extra fields', () => {
    const model = parse(wire, {
      [`${at}bodySite.code`]: 'LEFT_PINKY_TOE',
      [`${ss}.scoringSystem.code`]: 'brandNewIndexLocal',
      [`${at}futureField`]: { anything: [1, 2, 3] },
      [`${at}result.conclusions[0].confidenceInterval`]: [90, 99],
    });
    expect(model.bodySite).toEqual({ code: 'LEFT_PINKY_TOE', key: 'leftpinkytoe', display: 'Face and neck' });
    expect(model.scoringSystems[0]).toMatchObject({ code: 'brandNewIndexLocal', key: 'brandnewindexlocal' });
    expect(model.conclusions).toEqual(expected.conclusions);
    expect(model.warnings).toEqual([]);
  });

  it('reads a report with every optional section missing', () => {
    const model = parse(wire, {
      [`${at}url`]: DELETE,
      [`${at}pdf`]: DELETE,
      [`${at}extraData`]: DELETE,
      [`${at}visitIdentifier`]: DELETE,
      [`${at}anamnesisGeneral`]: DELETE,
      [`${at}pathology`]: null,
      [`${at}bodySite`]: DELETE,
      [`${at}createdAt`]: DELETE,
      [`${at}result.id`]: DELETE,
      [`${at}result.metrics`]: DELETE,
      [`${at}result.preliminaryFindings`]: DELETE,
      [`${at}result.iaSeconds`]: DELETE,
      [`${at}result.observations`]: DELETE,
      [`${at}result.conclusions`]: [],
      [`${at}result.scoringSystems`]: DELETE,
    });
    expect(model).toStrictEqual({
      source: expected.source,
      id: expected.id,
      resultId: null,
      issuedAt: null,
      links: { viewerUrl: null, patientViewerUrl: null, hasPdf: false },
      extraData: null,
      visitIdentifier: null,
      bodySite: null,
      pathology: null,
      anamnesis: [],
      metrics: { sensitivity: null, specificity: null, entropy: null },
      findings: {
        hasCondition: null,
        malignancy: null,
        adjustedMalignancy: null,
        pigmentedLesion: null,
        urgentReferral: null,
        highPriorityReferral: null,
      },
      analysisDurationSeconds: null,
      macroscopicMedia: null,
      observations: [],
      conclusions: [],
      scoringSystems: [],
      warnings: [],
    });
  });

  it('warns when a section has the wrong type instead of silently emptying it', () => {
    const model = parse(wire, {
      [`${at}result.conclusions`]: { probability: 99 },
      [`${at}result.metrics`]: [83.31],
      [`${at}extraData`]: 42,
      [`${at}createdAt`]: 'yesterday',
    });
    expect(model.conclusions).toEqual([]);
    expect(model.metrics).toEqual({ sensitivity: null, specificity: null, entropy: null });
    expect(model.extraData).toBeNull();
    expect(model.issuedAt).toBeNull();
    expect(new Set(model.warnings.map((w) => w.path))).toEqual(
      new Set([`${at}result.conclusions`, `${at}result.metrics`, `${at}extraData`, `${at}createdAt`]),
    );
  });

  it('splits a raw icd11 holding several codes and reads a null one as none', () => {
    const model = parse(wire, {
      [`${at}pathology.icd11`]: 'ED80, ED80.1 ,, ',
      [`${at}result.conclusions[1].pathology.icd11`]: null,
    });
    expect(model.pathology?.icd11).toEqual(['ED80', 'ED80.1']);
    expect(model.conclusions[1]?.icd11).toEqual([]);
    expect(model.warnings).toEqual([]);
  });

  it('falls back to the code when a name is empty or not text, saying so, and loses nothing else', () => {
    const model = parse(wire, {
      [`${at}pathology.name`]: '',
      [`${at}result.conclusions[0].pathology.name`]: DELETE,
      [`${ss}.scoringSystem.name`]: 42,
      [`${at}bodySite.name`]: ['Face'],
    });
    expect(model.pathology).toEqual({ ...expected.pathology, name: 'Acne' });
    expect(model.conclusions[0]).toEqual({ ...expected.conclusions[0], name: 'Acne' });
    expect(model.scoringSystems[0]).toEqual({ ...expected.scoringSystems[0], name: expected.scoringSystems[0]?.code });
    expect(model.bodySite).toEqual({ ...expected.bodySite, display: null });
    expect(model.warnings).toEqual([
      { path: `${at}bodySite.name`, reason: 'expected a string, got an array' },
      { path: `${at}pathology.name`, reason: 'expected a non-empty string, got an empty string' },
      { path: `${ss}.scoringSystem.name`, reason: 'expected a non-empty string, got 42' },
    ]);
  });

  it('leaves out a scoring system without a code, a facet without a name', () => {
    const model = parse(wire, { [`${ss}.facets[0].facet.name`]: null });
    expect(model.scoringSystems[0]?.facets.map((f) => f.label)).toEqual(['Number of lesions']);
    const without = parse(wire, { [`${ss}.scoringSystem.code`]: DELETE });
    expect(without.scoringSystems).toEqual([]);
    expect(without.warnings).toEqual([
      { path: `${ss}.scoringSystem.code`, reason: 'expected a non-empty string, got nothing' },
    ]);
  });
});

describe('ranking conclusions', () => {
  it('puts the highest probability first, nulls last, ties in report order', () => {
    const conclusion = (code: string, probability: number | null) => ({
      probability,
      pathology: { name: code, code, icd11: null },
    });
    const model = parse(rawAcne, {
      'result.conclusions': [
        conclusion('n1', null),
        conclusion('a10', 10),
        conclusion('b90', 90),
        conclusion('c10', 10),
        conclusion('n2', null),
        conclusion('z0', 0),
      ],
    });
    expect(model.conclusions.map((c) => c.code)).toEqual(['b90', 'a10', 'c10', 'z0', 'n1', 'n2']);
  });
});

describe('FHIR variants', () => {
  const q = 'data.result.questionnaires[0]';

  it("keeps the report's interpretation when it disagrees with the band holding the score, and says so", () => {
    // APASI 3.0 lies in "Moderate" (2.1–4.5, severity 2); the report interprets it as "Severe" (3).
    const model = parse(fhirPsoriasis, { [`${q}.score.valueQuantity.value`]: 3 });
    expect(model.scoringSystems[0]).toMatchObject({ score: 3, severity: 3, severityText: 'Severe' });
    expect(model.warnings).toEqual([
      {
        path: `${q}.score.interpretation`,
        reason:
          'the report interprets the score 3 as "Severe", severity 3, but the band holding it is "Moderate" (2.1–4.5, severity 2); the report\'s interpretation is shown',
        kept: true,
      },
    ]);
  });

  it("agrees when one band holding the score has the report's word, whatever its case", () => {
    const model = parse(fhirPsoriasis, {
      [`${q}.score.valueQuantity.value`]: 4.5, // the edge of Moderate and Severe
      [`${q}.score.interpretation.text`]: 'severe',
    });
    expect(model.warnings).toEqual([]);
  });

  it('keeps media annotations as plain JSON, null entries and null lists as none', () => {
    const model = parse(fhirPsoriasis, {
      [`${q}.explainabilityMedia.annotations`]: ['Plaque, upper left', { label: 'Scaling', x: 12 }, null],
      'data.macroscopicMedia.annotations': null,
    });
    expect(model.scoringSystems[0]?.explainabilityMedia?.annotations).toEqual([
      'Plaque, upper left',
      { label: 'Scaling', x: 12 },
    ]);
    expect(model.macroscopicMedia?.annotations).toEqual([]);
    expect(model.warnings).toEqual([]);
  });

  it('reads a null ICD-11 code as no codes, and several ICD-11 codings as one list', () => {
    const model = parse(fhirPsoriasis, {
      'data.result.conclusions[0].pathology.coding[1].code': null,
      'data.result.conclusions[1].pathology.coding[2]': { code: 'EA91', system: 'ICD11' },
    });
    expect(model.conclusions[0]?.icd11).toEqual([]);
    expect(model.conclusions[1]?.icd11).toEqual(['EA90.42', 'EA90.5Y', 'EA91']);
    expect(model.warnings).toEqual([]);
  });

  it('reads condition.pathology when the threshold was passed', () => {
    const pathology = fhirPsoriasis.data.result.conclusions[1]?.pathology;
    const model = parse(fhirPsoriasis, { 'data.condition.pathology': pathology });
    expect(model.pathology).toEqual({
      code: 'Palmoplantar psoriasis',
      key: 'palmoplantarpsoriasis',
      name: 'Palmoplantar psoriasis',
      icd11: ['EA90.42', 'EA90.5Y'],
    });
  });

  it('keeps 0 and null apart in indicator components, and ignores unknown components', () => {
    const model = parse(fhirPsoriasis, {
      'data.result.clinicalIndicators.component[3].valueQuantity.value': 0,
      'data.result.clinicalIndicators.component[6]': {
        code: { coding: [{ code: 'sunburnRisk', display: 'Sunburn risk' }] },
        valueQuantity: { value: 12, unit: '%' },
      },
    });
    expect(model.findings).toEqual({ ...FHIR_PSORIASIS.findings, pigmentedLesion: 0 });
    expect(model.warnings).toEqual([]);
  });

  it('keeps the first of two components with the same code, and says so', () => {
    const model = parse(fhirPsoriasis, {
      'data.result.performanceIndicators.component[3]': {
        code: { coding: [{ code: 'SENSITIVITY' }] },
        valueQuantity: { value: 1 },
      },
    });
    expect(model.metrics.sensitivity).toBe(91.16);
    expect(model.warnings).toEqual([
      {
        path: 'data.result.performanceIndicators.component[3]',
        reason: 'repeats an earlier component; the first is kept',
      },
    ]);
  });

  it('leaves out an interpretation category with min > max', () => {
    const model = parse(fhirPsoriasis, { [`${q}.score.interpretationCategories[1].min`]: 3 });
    expect(model.scoringSystems[0]?.bands.map((b) => b.label)).toEqual(['None', 'Moderate', 'Severe']);
    expect(model.warnings).toEqual([
      { path: `${q}.score.interpretationCategories[1]`, reason: 'band minimum 3 is greater than its maximum 2.1' },
    ]);
  });

  it('reads a scoring system code from `questionnaire` when the coding is missing', () => {
    const model = parse(fhirPsoriasis, { [`${q}.scoringSystem.coding`]: DELETE });
    expect(model.scoringSystems[0]).toMatchObject({ code: 'APASI_LOCAL', key: 'apasilocal' });
  });

  it('gives apasiLocal (v3 spelling) the same key as APASI_LOCAL', () => {
    const model = parse(fhirPsoriasis, { [`${q}.scoringSystem.coding[0].code`]: 'apasiLocal' });
    expect(model.scoringSystems[0]?.key).toBe(FHIR_PSORIASIS.scoringSystems[0]?.key);
    expect(model.scoringSystems[0]?.code).toBe('apasiLocal');
  });

  it('reads FHIR anamnesis answers of every kind, joining several and leaving out unreadable ones', () => {
    const model = parse(fhirPsoriasis, {
      'data.anamnesisGeneral.item': [
        { linkId: 1, text: 'Coded?', answer: [{ valueCoding: { code: 'y', display: 'Yes' } }] },
        { linkId: 2, text: 'How many?', answer: [{ valueInteger: 0 }, { valueDecimal: 2.5 }] },
        { linkId: 3, text: 'Smoker?', answer: [{ valueBoolean: false }, { valueAttachment: {} }] },
        { linkId: 4, text: 'Unanswered?', answer: [] },
        { linkId: 5, answer: [{ valueString: 'no question' }] },
      ],
    });
    expect(model.anamnesis).toEqual([
      { question: 'Coded?', answer: 'Yes' },
      { question: 'How many?', answer: '0, 2.5' },
      { question: 'Smoker?', answer: 'false' },
      { question: 'Unanswered?', answer: null },
    ]);
    expect(model.warnings).toEqual([
      {
        path: 'data.anamnesisGeneral.item[2].answer[1]',
        reason: 'expected a string, coding, number or boolean answer',
      },
      { path: 'data.anamnesisGeneral.item[4].text', reason: 'expected a non-empty string, got nothing' },
    ]);
  });

  it('reads a bare FHIR DiagnosticReport without the envelope', () => {
    const model = parseDiagnosticReport(fhirPsoriasis.data);
    expect(model.source).toBe('fhir');
    expect(model.id).toBe(FHIR_PSORIASIS.id);
  });

  it('reads a missing macroscopic media, encounter and presentedForm as absent', () => {
    const model = parse(fhirPsoriasis, {
      'data.macroscopicMedia': null,
      'data.encounter': DELETE,
      'data.presentedForm': DELETE,
    });
    expect(model.macroscopicMedia).toBeNull();
    expect(model.visitIdentifier).toBeNull();
    expect(model.links).toEqual({ viewerUrl: null, patientViewerUrl: null, hasPdf: false });
    expect(model.warnings).toEqual([]);
  });
});

describe('URL policy inside reports', () => {
  const REFUSED = [
    ['javascript:', 'javascript:alert(1)', 'URL dropped: scheme javascript: is not allowed'],
    ['data:', 'data:image/png;base64,iVBORw0KGgo=', 'URL dropped: scheme data: is not allowed'],
    ['http to a remote host', 'http://evil.example/x.png', 'URL dropped: http: is allowed only to localhost'],
    ['a relative URL', '/images/x.png', 'URL dropped: not an absolute URL'],
    ['user credentials', 'https://user:secret@images.example.org/x.png', 'URL dropped: URL carries user credentials'],
    ['an apiKey', 'https://utils.legit.health/pdf?apiKey=k&authKey=a', 'URL dropped: URL carries an API credential'],
  ] as const;

  describe.each(ALL)('$name', ({ wire, at }) => {
    const viewerPath = wire === fhirPsoriasis ? `${at}presentedForm.practitioner.url` : `${at}url`;
    const imagePath =
      wire === fhirPsoriasis
        ? `${at}result.observations[0].media.content.url`
        : `${at}result.observations[0].media.url`;

    it.each(REFUSED)('drops %s with a warning, keeping the rest of the part', (_, url, reason) => {
      const model = parse(wire, { [viewerPath]: url, [imagePath]: url });
      expect(model.links.viewerUrl).toBeNull();
      expect(model.observations[0]?.url).toBeNull();
      expect(model.observations[0]?.modality).toBe('Clinical');
      expect(model.warnings).toEqual([
        { path: viewerPath, reason },
        { path: imagePath, reason },
      ]);
      // The refused text appears nowhere, not even in the warnings.
      expect(JSON.stringify(model)).not.toContain(url);
    });

    it('keeps an https URL', () => {
      const url = 'https://cdn.example.org/a.png';
      const model = parse(wire, { [imagePath]: url });
      expect(model.observations[0]?.url).toBe(url);
      expect(model.warnings).toEqual([]);
    });

    const LOOPBACK = ['http://localhost:5173/a.png', 'http://127.0.0.1/a.png', 'http://[::1]:8080/a.png'];

    it.each(LOOPBACK)('drops %s in production, with a warning that names the option', (url) => {
      const model = parse(wire, { [imagePath]: url });
      expect(model.observations[0]?.url).toBeNull();
      expect(model.warnings).toEqual([
        {
          path: imagePath,
          reason: 'URL dropped: http: to localhost is allowed only in development (allowHttpLoopbackUrls)',
        },
      ]);
    });

    it.each(LOOPBACK)('keeps %s with allowHttpLoopbackUrls (development)', (url) => {
      const model = parse(wire, { [imagePath]: url }, { allowHttpLoopbackUrls: true });
      expect(model.observations[0]?.url).toBe(url);
      expect(model.warnings).toEqual([]);
    });
  });
});

describe('pdf links never reach the model', () => {
  const SECRET =
    'https://utils.legit.health/pdf/anonymous-diagnostic-report?diagnosticReportIdEncrypted=e&apiKey=SECRET-API&authKey=SECRET-AUTH&locale=en';

  it.each([
    ['raw v2', rawAcne, { pdf: SECRET }],
    ['raw v3', rawV3Acne, { 'data.pdf': SECRET }],
    ['FHIR practitioner', fhirPsoriasis, { 'data.presentedForm.practitioner.pdf': SECRET }],
    [
      'FHIR patient only',
      fhirPsoriasis,
      { 'data.presentedForm.practitioner.pdf': null, 'data.presentedForm.patient.pdf': SECRET },
    ],
    ['FHIR pdf link posing as the viewer url', fhirPsoriasis, { 'data.presentedForm.patient.url': SECRET }],
  ])('%s', (_, wire, edits) => {
    const model = parse(wire, edits);
    expect(model.links.hasPdf).toBe(true);
    const text = JSON.stringify(model);
    for (const secret of ['SECRET-API', 'SECRET-AUTH', 'apiKey', 'authKey', 'utils.legit.health']) {
      expect(text).not.toContain(secret);
    }
  });

  it('says no PDF when there is no link', () => {
    expect(parse(rawAcne, { pdf: null }).links.hasPdf).toBe(false);
    expect(parse(rawV3Acne, { 'data.pdf': '' }).links.hasPdf).toBe(false);
    expect(parse(fhirPsoriasis, { 'data.presentedForm.practitioner.pdf': null }).links.hasPdf).toBe(false);
  });
});

describe('extraData', () => {
  it('copies an object, never aliasing the input, and keeps a __proto__ key as data', () => {
    const wire = edit(rawV3Acne, {});
    const extra = JSON.parse(
      '{"__proto__": {"polluted": true}, "nested": {"list": [1, "two", null, false]}}',
    ) as unknown;
    const model = parseDiagnosticReport(edit(wire, { 'data.extraData': extra }));
    expect(model.extraData).toEqual(extra);
    expect(Object.getPrototypeOf(model.extraData)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(model.extraData).not.toBe(extra);
  });

  it('drops an object nested deeper than 64 levels, with a warning', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100; i++) deep = { next: deep };
    const model = parse(rawV3Acne, { 'data.extraData': deep });
    expect(model.extraData).toBeNull();
    expect(model.warnings).toEqual([{ path: 'data.extraData', reason: 'expected plain JSON nested at most 64 deep' }]);
  });

  it('refuses an array', () => {
    const model = parse(rawAcne, { extraData: ['a'] });
    expect(model.extraData).toBeNull();
    expect(model.warnings).toEqual([{ path: 'extraData', reason: 'expected a string or an object, got an array' }]);
  });
});

describe('envelope and essentials', () => {
  it.each([
    [
      'with code and message',
      { success: false, errorCode: 'REPORT_NOT_FOUND', message: 'Not found', data: null },
      'REPORT_NOT_FOUND',
      'Not found',
    ],
    ['without code', { success: false, errorCode: null, message: 'Something failed' }, null, 'Something failed'],
    ['with a numeric code', { success: false, errorCode: 404, message: null }, '404', null],
  ])('success:false %s becomes ReportEnvelopeError', (_, wire, errorCode, upstreamMessage) => {
    const parse = () => parseDiagnosticReport(wire);
    expect(parse).toThrow(ReportEnvelopeError);
    expect(parse).toThrow(expect.objectContaining({ errorCode, upstreamMessage }));
  });

  it.each([
    ['null', null, '', 'an object'],
    ['a number', 42, '', 'an object'],
    ['a string', '{"id":1}', '', 'an object'],
    ['an array', [rawAcne], '', 'an object'],
    ['raw without id', edit(rawAcne, { id: DELETE }), 'id', 'a non-empty string'],
    ['raw with a numeric id', edit(rawAcne, { id: 7 }), 'id', 'a non-empty string'],
    ['raw without result', edit(rawAcne, { result: DELETE }), 'result', 'an object'],
    ['raw with result null', edit(rawAcne, { result: null }), 'result', 'an object'],
    ['v3 without id', edit(rawV3Acne, { 'data.id': '' }), 'data.id', 'a non-empty string'],
    ['v3 with result an array', edit(rawV3Acne, { 'data.result': [] }), 'data.result', 'an object'],
    ['envelope without data', edit(rawV3Acne, { data: DELETE }), 'data', 'an object'],
    ['envelope with a non-boolean success', edit(rawV3Acne, { success: 'yes' }), 'success', 'a boolean'],
    ['FHIR without result', edit(fhirPsoriasis, { 'data.result': DELETE }), 'data.result', 'an object'],
    [
      'another FHIR resource',
      edit(fhirPsoriasis, { 'data.resourceType': 'Patient' }),
      'data.resourceType',
      '"DiagnosticReport"',
    ],
  ])('%s is a ReportParseError naming path and expectation', (_, wire, path, expected) => {
    const parse = () => parseDiagnosticReport(wire);
    expect(parse).toThrow(ReportParseError);
    expect(parse).toThrow(
      expect.objectContaining({ path, expected, message: `${path || '(root)'}: expected ${expected}` }),
    );
  });
});

describe('numbers', () => {
  it('reads a JSON -0 as 0 (the model is plain JSON; the property tests found -0 as a band bound)', () => {
    const model = parse(rawV3Acne, { 'data.result.scoringSystems[0].score.severity.interpretations[0].max': -0 });
    expect(Object.is(model.scoringSystems[0]?.bands[0]?.max, 0)).toBe(true);
  });
});
