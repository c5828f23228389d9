/**
 * A demo case as the report model, for one wire shape, so that the one writer of the three
 * shapes (fixtures/wire) can serve it. What differs between shapes is only what the
 * report itself would spell differently: raw v2's SCREAMING_SNAKE codes, and FHIR's id
 * (the encrypted id, where the raw shapes carry the report's UUID).
 */
import { codeKey } from '../../src/report/index.ts';
import type { Conclusion, DiagnosticReport, Pathology, ReportSource, ScoringSystem } from '../../src/report/index.ts';
import { imageUrl, severityWord, viewerLink, type ConditionSpec, type ReportSpec, type WriteContext } from './spec.ts';

/** Fake keys for the report's own PDF link: the real link carries live ones, which is why the proxy must strip it. */
export const UTILS_API_KEY = 'demo-api-key';
export const UTILS_AUTH_KEY = 'demo-auth-key';

const pathology = (c: ConditionSpec): Pathology => ({
  code: c.code,
  key: codeKey(c.code),
  name: c.name,
  icd11: c.icd11 === null ? [] : c.icd11.split(', '),
});

const image = (ctx: WriteContext, path: string) => ({ type: 'Image', url: imageUrl(ctx, path) });

function scoringSystem(
  s: ReportSpec['scoringSystems'][number],
  source: ReportSource,
  ctx: WriteContext,
): ScoringSystem {
  const code = source === 'raw-v2' ? s.legacyCode : s.code;
  return {
    code,
    key: codeKey(code),
    name: s.name,
    score: s.score,
    unit: 'points',
    severity: s.severity,
    severityText: s.severityText,
    bands: s.bands.map((b) => ({
      code: source === 'raw-v2' ? b.text : null,
      label: b.text,
      min: b.min,
      max: b.max,
      severity: b.severity,
      severityLabel: severityWord(b.severity),
    })),
    facets: s.facets.map((f) => ({
      code: f.code,
      label: f.name,
      description: f.description,
      text: f.display,
      value: f.raw,
    })),
    reduction: s.reduction,
    explainabilityMedia:
      s.explainabilityImage === null ? null : { ...image(ctx, s.explainabilityImage), annotations: [] },
  };
}

/** The case as the model the writer renders in `source`'s shape. */
export function caseModel(spec: ReportSpec, source: ReportSource, ctx: WriteContext): DiagnosticReport {
  const bodySiteCode = source === 'raw-v2' ? spec.bodySite.legacyCode : spec.bodySite.code;
  return {
    source,
    id: source === 'fhir' ? ctx.encryptedId : spec.reportId,
    resultId: spec.resultId,
    issuedAt: spec.createdAt,
    links: { viewerUrl: viewerLink, patientViewerUrl: null, hasPdf: true },
    extraData: spec.extraData,
    visitIdentifier: spec.visitIdentifier,
    bodySite: { code: bodySiteCode, key: codeKey(bodySiteCode), display: spec.bodySite.name },
    pathology: spec.pathology && pathology(spec.pathology),
    anamnesis: spec.anamnesis.map((a) => ({ ...a })),
    metrics: { ...spec.metrics },
    findings: { ...spec.findings },
    analysisDurationSeconds: spec.iaSeconds,
    macroscopicMedia: spec.macroscopicImage === null ? null : { ...image(ctx, spec.macroscopicImage), annotations: [] },
    observations: spec.observations.map((o) => ({
      ...image(ctx, o.image),
      modality: o.modality,
      diqaScore: o.diqaScore,
    })),
    conclusions: spec.conclusions.map((c): Conclusion => ({ ...pathology(c.condition), probability: c.probability })),
    scoringSystems: spec.scoringSystems.map((s) => scoringSystem(s, source, ctx)),
    warnings: [],
  };
}

/**
 * The PDF link the report carries, pointing at the mock upstream: raw v3's `utils` link with
 * (fake) keys in its query, and the S2S v2 PDF route for raw v2 and FHIR, as the published
 * examples have them.
 */
export function casePdfLink(source: ReportSource, ctx: WriteContext): string {
  if (source !== 'raw-v3')
    return `${ctx.upstreamUrl}/s2s-api/v2/anonymous-diagnostic-reports/${encodeURIComponent(ctx.encryptedId)}?format=pdf`;
  const query = new URLSearchParams({
    diagnosticReportIdEncrypted: ctx.encryptedId,
    apiKey: UTILS_API_KEY,
    authKey: UTILS_AUTH_KEY,
    locale: ctx.locale,
  });
  return `${ctx.upstreamUrl}/pdf/anonymous-diagnostic-report?${query.toString()}`;
}
