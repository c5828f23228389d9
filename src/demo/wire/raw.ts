/**
 * Writes a case as Legit.Health's raw JSON: v2 (the bare legacy object, SCREAMING_SNAKE
 * codes, `severity.categories`, facet `{ text, raw }`) or v3 (inside the
 * `{ success, message, errorCode, data }` envelope, camelCase codes,
 * `severity.interpretations`, facet `{ display, raw }`, `reduction`).
 */
import type { JsonValue } from '../../report/model.ts';
import { imageUrl, severityWord, viewerLink, type ConditionSpec, type ReportSpec, type WriteContext } from './spec.ts';

type Json = { [key: string]: JsonValue };

/** Fake keys for the v3 `pdf` link: the real link carries live ones, which is why the proxy must strip it. */
export const UTILS_API_KEY = 'demo-api-key';
export const UTILS_AUTH_KEY = 'demo-auth-key';

const rawPathology = (c: ConditionSpec): Json => ({ name: c.name, code: c.code, icd11: c.icd11 });

function resultCommon(spec: ReportSpec, ctx: WriteContext): Json {
  return {
    id: spec.resultId,
    metrics: { ...spec.metrics },
    preliminaryFindings: { ...spec.findings },
    iaSeconds: spec.iaSeconds,
    observations: spec.observations.map((o) => ({
      media: { type: 'Image', modality: o.modality, diqaScore: o.diqaScore, url: imageUrl(ctx, o.image) },
    })),
    conclusions: spec.conclusions.map((c) => ({ probability: c.probability, pathology: rawPathology(c.condition) })),
  };
}

export function writeRawV2(spec: ReportSpec, ctx: WriteContext): Json {
  return {
    id: spec.reportId,
    url: viewerLink,
    pdf: `${ctx.upstreamUrl}/s2s-api/v2/anonymous-diagnostic-reports/${encodeURIComponent(ctx.encryptedId)}?format=pdf`,
    // v2 carries extraData as a string.
    extraData:
      typeof spec.extraData === 'string' || spec.extraData === null ? spec.extraData : JSON.stringify(spec.extraData),
    visitIdentifier: spec.visitIdentifier,
    anamnesisGeneral: spec.anamnesis.map((a) => ({ ...a })),
    pathology: spec.pathology ? rawPathology(spec.pathology) : null,
    bodySite: { code: spec.bodySite.legacyCode, name: spec.bodySite.name },
    createdAt: spec.createdAt,
    result: {
      ...resultCommon(spec, ctx),
      scoringSystems: spec.scoringSystems.map((s) => ({
        scoringSystem: { name: s.name, code: s.legacyCode },
        score: {
          value: s.score,
          severity: {
            value: s.severity,
            categories: s.bands.map((b) => ({
              code: b.text,
              category: b.text,
              min: b.min,
              max: b.max,
              severity: b.severity,
              severityAsString: severityWord(b.severity),
            })),
          },
        },
        facets: s.facets.map((f) => ({
          facet: { name: f.name, description: f.description },
          value: { text: f.display, raw: f.raw },
        })),
      })),
    },
  };
}

export function writeRawV3Data(spec: ReportSpec, ctx: WriteContext): Json {
  const pdfQuery = new URLSearchParams({
    diagnosticReportIdEncrypted: ctx.encryptedId,
    apiKey: UTILS_API_KEY,
    authKey: UTILS_AUTH_KEY,
    locale: ctx.locale,
  });
  return {
    id: spec.reportId,
    url: viewerLink,
    pdf: `${ctx.upstreamUrl}/pdf/anonymous-diagnostic-report?${pdfQuery.toString()}`,
    visitIdentifier: spec.visitIdentifier,
    extraData: spec.extraData,
    anamnesisGeneral: spec.anamnesis.map((a) => ({ ...a })),
    pathology: spec.pathology ? rawPathology(spec.pathology) : null,
    bodySite: { code: spec.bodySite.code, name: spec.bodySite.name },
    createdAt: spec.createdAt,
    result: {
      ...resultCommon(spec, ctx),
      scoringSystems: spec.scoringSystems.map((s) => ({
        scoringSystem: { name: s.name, code: s.code },
        score: {
          value: s.score,
          severity: {
            value: s.severity,
            interpretations: s.bands.map((b) => ({
              min: b.min,
              max: b.max,
              text: b.text,
              coding: [{ code: b.severity, display: severityWord(b.severity) }],
            })),
          },
        },
        reduction: s.reduction,
        facets: s.facets.map((f) => ({
          facet: { name: f.name, description: f.description },
          value: { display: f.display, raw: f.raw },
        })),
      })),
    },
  };
}

export function writeRawV3(spec: ReportSpec, ctx: WriteContext): Json {
  return {
    success: true,
    message: `Diagnostic report <${spec.reportId}>`,
    errorCode: null,
    data: writeRawV3Data(spec, ctx),
  };
}
