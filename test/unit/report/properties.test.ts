/**
 * Properties over generated input: the parser's only outcomes are a model or one
 * of its two typed errors; what it returns obeys the model's rules; and every
 * model written in any of the three shapes reads back as itself (modulo what the
 * shape cannot carry, listed in PROJECTIONS).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportEnvelopeError, ReportParseError, codeKey, parseDiagnosticReport } from '../../../src/report';
import type { DiagnosticReport, ParseWarning, ReportSource } from '../../../src/report';
import { checkInterpretation } from '../../../src/report/score-agreement';
import { checkReportUrl } from '../../../src/report/url-policy';
import { largeSyntheticReport, rankForModel, reportArb } from '../../support/report-arbitraries';
import { PDF_CREDENTIAL, writeFhir, writeRawV2, writeRawV3, type WireJson } from '../../../fixtures/wire/writers';
import fhirPsoriasis from '../../../fixtures/fhir-psoriasis.json';
import rawAcne from '../../../fixtures/raw-acne.json';
import rawV3Acne from '../../../fixtures/raw-v3-acne.json';
import { parseOutcome as outcome } from '../../support/typed-errors';
import { edit } from '../../support/wire-edit';

/** The model's own rules, checked on whatever the parser returned. */
function assertModelRules(model: DiagnosticReport): void {
  const percentages = [
    ...Object.values(model.metrics),
    ...Object.values(model.findings),
    ...model.conclusions.map((c) => c.probability),
    ...model.observations.map((o) => o.diqaScore),
  ];
  for (const p of percentages) expect(p === null || Number.isFinite(p)).toBe(true);
  // A percentage outside 0–100 is kept as sent, never silently: a warning marks it.
  const outOfRange = percentages.filter((p) => p !== null && (p < 0 || p > 100)).length;
  expect(model.warnings.filter((w) => w.kept).length).toBeGreaterThanOrEqual(outOfRange);
  const urls = [
    model.links.viewerUrl,
    model.links.patientViewerUrl,
    model.macroscopicMedia?.url ?? null,
    ...model.observations.map((o) => o.url),
    ...model.scoringSystems.map((s) => s.explainabilityMedia?.url ?? null),
  ];
  for (const url of urls) if (url !== null) expect(checkReportUrl(url).ok).toBe(true);
  for (const s of model.scoringSystems) {
    expect(s.key).toBe(codeKey(s.code));
    for (const band of s.bands)
      expect(Number.isFinite(band.min) && Number.isFinite(band.max) && band.min <= band.max).toBe(true);
  }
  expect(model.conclusions).toEqual(rankForModel([...model.conclusions]));
  // Everything in the model is plain JSON.
  expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
}

/** Every path in a JSON tree, so fuzzing can hit the parser's real reading paths. */
function pathsOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [`${prefix}[${i}]`, v] as const)
    : Object.entries(value).map(([k, v]) => [prefix ? `${prefix}.${k}` : k, v] as const);
  return entries.flatMap(([path, child]) => [path, ...pathsOf(child, path)]);
}

const FIXTURES = [rawAcne, rawV3Acne, fhirPsoriasis];
const FIXTURE_PATHS = FIXTURES.map((f) => pathsOf(f));

/** A fixture with a few of its values replaced by arbitrary ones (JSON or not). */
const fuzzedFixture = fc.integer({ min: 0, max: FIXTURES.length - 1 }).chain((i) =>
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...(FIXTURE_PATHS[i] ?? [])),
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.anything({ maxDepth: 2 })),
      ),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .map((edits) => {
      // Later edits under a path an earlier edit replaced may no longer exist: apply what still does.
      let wire: unknown = FIXTURES[i];
      for (const [path, value] of edits) {
        try {
          wire = edit(wire, { [path]: value });
        } catch {
          /* path replaced by an earlier edit */
        }
      }
      return wire;
    }),
);

type Outcome = 'model' | 'typed error';

/** Parses `input`: a model must obey the model's rules; anything thrown but a typed error fails. */
function checkedOutcome(input: unknown): Outcome {
  const result = outcome(input);
  if (result instanceof Error) return 'typed error';
  assertModelRules(result);
  return 'model';
}

/** Runs the property and counts its outcomes, so a test can say how often the model rules were checked. */
function countOutcomes<T>(arbitrary: fc.Arbitrary<T>, numRuns: number): Record<Outcome, number> {
  const seen: Record<Outcome, number> = { model: 0, 'typed error': 0 };
  fc.assert(
    fc.property(arbitrary, (input) => {
      seen[checkedOutcome(input)] += 1;
    }),
    { numRuns },
  );
  return seen;
}

describe('arbitrary input', () => {
  // Arbitrary values almost never look like a report, so these two prove "never an untyped
  // throw"; the model rules are exercised by the fuzzed fixtures below.
  it('JSON values: a model or a typed error, never anything else', () => {
    const seen = countOutcomes(fc.jsonValue(), 500);
    expect(seen.model + seen['typed error']).toBe(500);
  });

  it('any JS values (undefined, NaN, -0, null prototypes…): a model or a typed error', () => {
    const seen = countOutcomes(fc.anything({ withNullPrototype: true, withObjectString: true }), 500);
    expect(seen.model + seen['typed error']).toBe(500);
  });

  it('fixtures with arbitrary values at their real paths: a model obeying its rules, or a typed error', () => {
    const seen = countOutcomes(fuzzedFixture, 600);
    expect(seen.model + seen['typed error']).toBe(600);
    // Most edits leave a readable report (about nine in ten): the model rules must have been checked on many.
    expect(seen.model).toBeGreaterThanOrEqual(300);
    // 600 full parses: seconds on a loaded CI machine; the timeout is a hang guard, not a speed check.
  }, 30_000);

  it('an envelope claiming success around arbitrary data: a model or ReportParseError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        const result = outcome({ success: true, message: null, errorCode: null, data });
        expect(result instanceof ReportEnvelopeError).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('deep and huge input', () => {
  const nest = (depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown => {
    let value = leaf;
    for (let i = 0; i < depth; i++) value = wrap(value);
    return value;
  };

  it.each([
    ['a 100 000-deep array as the report', () => nest(100_000, 1, (v) => [v]), ReportParseError],
    ['a 100 000-deep envelope', () => nest(100_000, null, (v) => ({ success: true, data: v })), ReportParseError],
  ])('%s throws a typed error, not a stack overflow', (_, build, type) => {
    expect(() => parseDiagnosticReport(build())).toThrow(type);
  });

  it.each([
    ['extraData', { 'data.extraData': nest(100_000, 'x', (v) => ({ v })) }],
    ['a conclusion pathology', { 'data.result.conclusions[0].pathology': nest(100_000, 'x', (v) => ({ code: v })) }],
    ['a facet value', { 'data.result.scoringSystems[0].facets[0].value': nest(100_000, 1, (v) => ({ raw: v })) }],
    ['anamnesis', { 'data.anamnesisGeneral': nest(100_000, [], (v) => [v]) }],
  ])('100 000-deep %s is left out with a warning', (_, edits) => {
    const model = parseDiagnosticReport(edit(rawV3Acne, edits));
    expect(model.id).toBe('0189bafa-0610-7349-a0ab-eb53695b27fd');
    expect(model.warnings.length).toBeGreaterThan(0);
  });

  it('reads 200 000 junk conclusions, keeping the valid ones and recording the rest', () => {
    const junk = Array.from({ length: 200_000 }, (_, i) =>
      i % 1000 === 0
        ? { probability: (i / 1000) % 100, pathology: { code: `c${i}`, name: `C${i}` } }
        : { probability: 'abc' },
    );
    const model = parseDiagnosticReport(edit(rawAcne, { 'result.conclusions': junk }));
    expect(model.conclusions).toHaveLength(200);
    expect(model.warnings).toHaveLength(199_800);
    expect(model.conclusions[0]?.probability).toBe(99);
  });
});

/**
 * What each shape cannot carry, and so what a round trip through it gives back.
 * - raw v2: no patient viewer URL, no macroscopic or explainability media, no facet codes,
 *   no score unit, no severity wording, no reduction; `extraData` only as a string
 *   (an object comes back as its JSON text); every band has a code (the label when the model has none).
 * - raw v3: as raw v2, except that `extraData` may be an object, `reduction` is carried,
 *   and bands (`interpretations`) have no code.
 * - FHIR: `adjustedMalignancy` is always null, no reduction, bands have no code, a facet
 *   always has a code (its label when the model has none), `extraData` only as a string.
 */
const asString = (extra: DiagnosticReport['extraData']) =>
  extra === null || typeof extra === 'string' ? extra : JSON.stringify(extra);

/** What the parser adds to any shape: a warning per scoring system whose interpretation disagrees with its bands. */
function withInterpretationWarnings(m: DiagnosticReport, pathOf: (index: number) => string): DiagnosticReport {
  const warnings: ParseWarning[] = [];
  m.scoringSystems.forEach((system, index) => checkInterpretation(warnings, system, pathOf(index)));
  return { ...m, warnings };
}

const PROJECTIONS: Record<ReportSource, (model: DiagnosticReport) => DiagnosticReport> = {
  'raw-v2': (m) =>
    withInterpretationWarnings(
      { ...projectRaw(m, 'v2'), source: 'raw-v2', extraData: asString(m.extraData) },
      (i) => `result.scoringSystems[${i}].score.severity.value`,
    ),
  'raw-v3': (m) =>
    withInterpretationWarnings(
      { ...projectRaw(m, 'v3'), source: 'raw-v3' },
      (i) => `data.result.scoringSystems[${i}].score.severity.value`,
    ),
  fhir: (m) =>
    withInterpretationWarnings(projectFhir(m), (i) => `data.result.questionnaires[${i}].score.interpretation`),
};

function projectFhir(m: DiagnosticReport): DiagnosticReport {
  return {
    ...m,
    source: 'fhir',
    extraData: asString(m.extraData),
    findings: { ...m.findings, adjustedMalignancy: null },
    scoringSystems: m.scoringSystems.map((s) => ({
      ...s,
      reduction: null,
      bands: s.bands.map((b) => ({ ...b, code: null })),
      facets: s.facets.map((f) => ({ ...f, code: f.code ?? f.label })),
    })),
  };
}

function projectRaw(m: DiagnosticReport, generation: 'v2' | 'v3'): DiagnosticReport {
  return {
    ...m,
    links: { ...m.links, patientViewerUrl: null },
    macroscopicMedia: null,
    scoringSystems: m.scoringSystems.map((s) => ({
      ...s,
      unit: null,
      severityText: null,
      reduction: generation === 'v3' ? s.reduction : null,
      explainabilityMedia: null,
      bands: s.bands.map((b) => ({ ...b, code: generation === 'v2' ? (b.code ?? b.label) : null })),
      facets: s.facets.map((f) => ({ ...f, code: null })),
    })),
  };
}

const WRITERS: Array<{ source: ReportSource; write: (model: DiagnosticReport) => WireJson }> = [
  { source: 'raw-v2', write: writeRawV2 },
  { source: 'raw-v3', write: writeRawV3 },
  { source: 'fhir', write: writeFhir },
];

describe.each(WRITERS)('round trip through $source', ({ source, write }) => {
  // The arbitrary models hold http: URLs to this machine too, which only the development option keeps.
  const throughTheWire = (model: DiagnosticReport) =>
    parseDiagnosticReport(JSON.parse(JSON.stringify(write(model))), { allowHttpLoopbackUrls: true });

  it('parse(write(model)) is the model, modulo what the shape cannot carry', () => {
    fc.assert(
      fc.property(reportArb, (model) => {
        expect(throughTheWire(model)).toStrictEqual(PROJECTIONS[source](model));
      }),
      { numRuns: 300 },
    );
  });

  it('never lets the written pdf credential into the model', () => {
    fc.assert(
      fc.property(reportArb, (model) => {
        const wire = JSON.stringify(write({ ...model, links: { ...model.links, hasPdf: true } }));
        expect(wire).toContain(PDF_CREDENTIAL);
        const parsed = parseDiagnosticReport(JSON.parse(wire));
        expect(parsed.links.hasPdf).toBe(true);
        expect(JSON.stringify(parsed)).not.toContain(PDF_CREDENTIAL);
      }),
      { numRuns: 100 },
    );
  });

  it('reads the large synthetic report back', () => {
    const model = largeSyntheticReport();
    const parsed = throughTheWire(model);
    expect(parsed).toStrictEqual(PROJECTIONS[source](model));
    expect([parsed.conclusions.length, parsed.scoringSystems.length, parsed.observations.length]).toEqual([
      300, 25, 40,
    ]);
  });

  it('ranks conclusions the wire sends in any order', () => {
    fc.assert(
      fc.property(reportArb, fc.infiniteStream(fc.nat()), (model, shuffle) => {
        const shuffled = [...model.conclusions]
          .map((c) => ({ c, k: shuffle.next().value }))
          .sort((a, b) => a.k - b.k)
          .map(({ c }) => c);
        const parsed = throughTheWire({ ...model, conclusions: shuffled });
        expect(parsed.conclusions).toStrictEqual(rankForModel(shuffled));
      }),
      { numRuns: 100 },
    );
  });
});
