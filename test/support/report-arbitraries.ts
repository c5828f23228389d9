/**
 * fast-check arbitraries for valid `DiagnosticReport` models (no warnings,
 * conclusions ranked), and a deterministic large report for benchmarks and
 * render tests.
 *
 * "Valid" follows the parser's rules: required labels and codes are non-blank,
 * percentages lie in 0–100, bands have min ≤ max, URLs pass the URL policy,
 * ICD-11 codes hold no commas, descriptions are null or non-blank.
 */
import fc from 'fast-check';
import { codeKey } from '../../src/report/codes';
import type {
  AnnotatedMedia,
  AnamnesisAnswer,
  BodySite,
  Conclusion,
  DiagnosticReport,
  Facet,
  JsonValue,
  Media,
  Observation,
  Pathology,
  PerformanceMetrics,
  PreliminaryFindings,
  ScoringSystem,
  Severity,
  SeverityBand,
} from '../../src/report/model';

const nonBlank = fc.string({ minLength: 1, maxLength: 24 }).filter((s) => s.trim() !== '');
const anyText = fc.string({ maxLength: 24 });

/** Codes as each generation spells them: `HEAD_FRONT`, `headFront`, `Acne`, `7PC`. */
export const codeArb = fc.oneof(
  fc.stringMatching(/^[A-Z][A-Z0-9]{0,7}(_[A-Z0-9]{1,6}){0,2}$/),
  fc.stringMatching(/^[a-z][a-z0-9]{0,7}([A-Z][a-z0-9]{1,6}){0,2}$/),
  nonBlank,
);
export const icd11Arb = fc.stringMatching(/^[0-9A-Z]{2}[0-9A-Z]{2}(\.[0-9A-Z]{1,2})?$/);
export const percentageArb: fc.Arbitrary<number | null> = fc.option(
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
);
export const severityArb: fc.Arbitrary<Severity | null> = fc.option(fc.constantFrom<Severity>(1, 2, 3));
export const urlArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      'https://images.example.org',
      'https://iframe.legit.health',
      'http://localhost:5173',
      'http://127.0.0.1:8080',
      'http://[::1]:3000',
    ),
    fc.stringMatching(/^[a-z0-9-]{1,12}$/),
  )
  .map(([origin, path]) => `${origin}/${path}.png`);
export const timestampArb: fc.Arbitrary<string> = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const finiteArb = fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100);

const extraDataArb: fc.Arbitrary<DiagnosticReport['extraData']> = fc.oneof(
  fc.constant(null),
  anyText,
  // Through JSON so the object is exactly what the wire can carry.
  fc
    .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }))
    .map((o) => JSON.parse(JSON.stringify(o)) as { [key: string]: JsonValue }),
);

export const bodySiteArb: fc.Arbitrary<BodySite> = fc
  .record({ code: codeArb, display: fc.option(anyText) })
  .map(({ code, display }) => ({ code, key: codeKey(code), display }));

export const pathologyArb: fc.Arbitrary<Pathology> = fc
  .record({ code: codeArb, name: nonBlank, icd11: fc.array(icd11Arb, { maxLength: 3 }) })
  .map((p) => ({ ...p, key: codeKey(p.code) }));

export const conclusionArb: fc.Arbitrary<Conclusion> = fc
  .tuple(pathologyArb, percentageArb)
  .map(([p, probability]) => ({ code: p.code, key: p.key, name: p.name, icd11: p.icd11, probability }));

export const mediaArb: fc.Arbitrary<Media> = fc.record({ type: fc.option(anyText), url: fc.option(urlArb) });

/** Annotations are kept as plain JSON; null entries are not kept, so none are generated. */
export const annotatedMediaArb: fc.Arbitrary<AnnotatedMedia> = fc.record({
  type: fc.option(anyText),
  url: fc.option(urlArb),
  annotations: fc.array(fc.oneof(nonBlank, fc.dictionary(nonBlank, anyText, { maxKeys: 3 })), { maxLength: 2 }),
});

export const observationArb: fc.Arbitrary<Observation> = fc.record({
  type: fc.option(anyText),
  url: fc.option(urlArb),
  modality: fc.option(anyText),
  diqaScore: percentageArb,
});

export const bandArb: fc.Arbitrary<SeverityBand> = fc
  .record({
    code: fc.option(anyText),
    label: nonBlank,
    bounds: fc.tuple(finiteArb, finiteArb),
    severity: severityArb,
    severityLabel: fc.option(anyText),
  })
  .map(({ bounds: [a, b], ...band }) => ({ ...band, min: Math.min(a, b), max: Math.max(a, b) }));

export const facetArb: fc.Arbitrary<Facet> = fc.record({
  code: fc.option(nonBlank),
  label: nonBlank,
  description: fc.option(nonBlank),
  text: fc.option(anyText),
  value: fc.option(finiteArb),
});

export const scoringSystemArb: fc.Arbitrary<ScoringSystem> = fc
  .record({
    code: codeArb,
    name: nonBlank,
    score: fc.option(finiteArb),
    unit: fc.option(anyText),
    severity: severityArb,
    severityText: fc.option(anyText),
    bands: fc.array(bandArb, { maxLength: 5 }),
    facets: fc.array(facetArb, { maxLength: 4 }),
    reduction: fc.option(fc.oneof(finiteArb, anyText)),
    explainabilityMedia: fc.option(annotatedMediaArb),
  })
  .map((s) => ({ ...s, key: codeKey(s.code) }));

const metricsArb: fc.Arbitrary<PerformanceMetrics> = fc.record({
  sensitivity: percentageArb,
  specificity: percentageArb,
  entropy: percentageArb,
});
const findingsArb: fc.Arbitrary<PreliminaryFindings> = fc.record({
  hasCondition: percentageArb,
  malignancy: percentageArb,
  adjustedMalignancy: percentageArb,
  pigmentedLesion: percentageArb,
  urgentReferral: percentageArb,
  highPriorityReferral: percentageArb,
});
const anamnesisArb: fc.Arbitrary<AnamnesisAnswer> = fc.record({ question: nonBlank, answer: fc.option(anyText) });

/** The model's order: highest probability first, nulls last, ties in report order. */
export function rankForModel(conclusions: Conclusion[]): Conclusion[] {
  return conclusions
    .map((c, i) => ({ c, i }))
    .sort((a, b) => {
      const pa = a.c.probability ?? -1;
      const pb = b.c.probability ?? -1;
      return pb - pa || a.i - b.i;
    })
    .map(({ c }) => c);
}

/** Any valid report model (source `raw-v3`, which carries the most; no warnings). */
export const reportArb: fc.Arbitrary<DiagnosticReport> = fc
  .record({
    id: nonBlank,
    resultId: fc.option(nonBlank),
    issuedAt: fc.option(timestampArb),
    links: fc.record({ viewerUrl: fc.option(urlArb), patientViewerUrl: fc.option(urlArb), hasPdf: fc.boolean() }),
    extraData: extraDataArb,
    visitIdentifier: fc.option(anyText),
    bodySite: fc.option(bodySiteArb),
    pathology: fc.option(pathologyArb),
    anamnesis: fc.array(anamnesisArb, { maxLength: 4 }),
    metrics: metricsArb,
    findings: findingsArb,
    analysisDurationSeconds: fc.option(fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1000)),
    macroscopicMedia: fc.option(annotatedMediaArb),
    observations: fc.array(observationArb, { maxLength: 4 }),
    conclusions: fc.array(conclusionArb, { maxLength: 6 }),
    scoringSystems: fc.array(scoringSystemArb, { maxLength: 3 }),
  })
  .map((r): DiagnosticReport => ({ ...r, source: 'raw-v3', conclusions: rankForModel(r.conclusions), warnings: [] }))
  // Plain objects only (fast-check may build null-prototype records), exactly as JSON would.
  .map((r) => JSON.parse(JSON.stringify(r)) as DiagnosticReport);

// ---------- a large deterministic report ----------

/** A small deterministic PRNG (mulberry32) so the large report is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 300 conclusions, 25 scoring systems, 40 observations: a worst-case report for benchmarks and render tests. */
export function largeSyntheticReport(): DiagnosticReport {
  const random = seeded(20240601);
  const pct = () => Math.round(random() * 10_000) / 100;
  const url = (i: number) => `https://images.example.org/diagnostic-report-medias/${i}.png`;

  const conclusions: Conclusion[] = Array.from({ length: 300 }, (_, i) => {
    const code = `Condition ${i + 1}`;
    return {
      code,
      key: codeKey(code),
      name: `Synthetic condition number ${i + 1}`,
      icd11: i % 7 === 0 ? [] : i % 5 === 0 ? [`EA${i % 90}.4`, `EA${i % 90}.5Y`] : [`ED${i % 90}`],
      probability: i % 50 === 49 ? null : pct(),
    };
  });
  const scoringSystems: ScoringSystem[] = Array.from({ length: 25 }, (_, i) => {
    const code = i % 2 === 0 ? `SCORE_${i}_LOCAL` : `score${i}Local`;
    const bands: SeverityBand[] = [
      { code: 'None', label: 'None', min: 0, max: 0, severity: 1, severityLabel: 'low' },
      { code: 'Mild', label: 'Mild', min: 0, max: 10, severity: 1, severityLabel: 'low' },
      { code: 'Moderate', label: 'Moderate', min: 10, max: 20, severity: 2, severityLabel: 'moderate' },
      { code: 'Severe', label: 'Severe', min: 20, max: 72, severity: 3, severityLabel: 'high' },
    ];
    // A score off the bands' edges, interpreted as the band holding it says: a clean report, no warnings.
    const drawn = Math.round(random() * 720) / 10;
    const score = drawn === 0 || drawn === 10 || drawn === 20 ? drawn + 0.1 : drawn;
    const held = bands.find((band) => band.min < score && score <= band.max) ?? bands[3]!;
    return {
      code,
      key: codeKey(code),
      name: `Synthetic scoring system ${i + 1}`,
      score,
      unit: 'points',
      severity: held.severity,
      severityText: held.label,
      bands,
      facets: Array.from({ length: 6 }, (_, f) => ({
        code: `Facet${f}`,
        label: `Facet ${f + 1}`,
        description: `How facet ${f + 1} contributes to the score`,
        text: `Grade (${f % 4})`,
        value: f % 4,
      })),
      reduction: i % 4 === 0 ? null : Math.round(random() * 1000) / 10,
      explainabilityMedia: { type: 'Image', url: url(1000 + i), annotations: [] },
    };
  });
  const observations: Observation[] = Array.from({ length: 40 }, (_, i) => ({
    type: 'Image',
    url: url(i),
    modality: i % 4 === 0 ? 'Dermoscopic' : 'Clinical',
    diqaScore: i % 10 === 9 ? null : pct(),
  }));

  return {
    source: 'raw-v3',
    id: '0189bafa-0610-7349-a0ab-000000000300',
    resultId: '0189bafa-0610-7349-a0ab-000000000301',
    issuedAt: '2024-06-01T10:00:00+02:00',
    links: {
      viewerUrl: 'https://iframe.legit.health/?diagnosticReportId=synthetic',
      patientViewerUrl: null,
      hasPdf: true,
    },
    extraData: { internalCaseId: 'SYN-300', department: 'dermatology' },
    visitIdentifier: 'synthetic visit',
    bodySite: { code: 'headFront', key: 'headfront', display: 'Face and neck' },
    pathology: {
      code: 'Condition 1',
      key: codeKey('Condition 1'),
      name: 'Synthetic condition number 1',
      icd11: ['ED0'],
    },
    anamnesis: Array.from({ length: 10 }, (_, i) => ({
      question: `Question ${i + 1}?`,
      answer: i % 3 === 0 ? null : `Answer ${i + 1}`,
    })),
    metrics: { sensitivity: 83.31, specificity: 99.53, entropy: null },
    findings: {
      hasCondition: 100,
      malignancy: 0.02,
      adjustedMalignancy: null,
      pigmentedLesion: 0,
      urgentReferral: 12.5,
      highPriorityReferral: 40,
    },
    analysisDurationSeconds: 4.2,
    macroscopicMedia: null,
    observations,
    conclusions: rankForModel(conclusions),
    scoringSystems,
    warnings: [],
  };
}
