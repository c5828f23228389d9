/**
 * Writes a case in Legit.Health's FHIR shape (inside the same envelope), following
 * the published example: codings for pathology and body site, Observation components
 * keyed by code, `questionnaires[]` for scoring systems.
 */
import type { JsonValue } from '../../report/model.ts';
import { imageUrl, severityWord, viewerLink, type ConditionSpec, type ReportSpec, type WriteContext } from './spec.ts';

type Json = { [key: string]: JsonValue };

const CONDITIONS_SYSTEM = 'https://legit.health/integration/json-only/codes/conditions';
const BODY_SITES_SYSTEM = 'https://legit.health/integration/json-only/codes/body-sites';
// The docs name the ICD coding's system with the literal string "ICD-11" (the older
// published example spells it "ICD11"; the psoriasis fixture keeps that spelling).
const ICD11_SYSTEM = 'ICD-11';

const pathologyCoding = (c: ConditionSpec): Json => ({
  coding: [
    { code: c.code, display: c.name, system: CONDITIONS_SYSTEM },
    { code: c.icd11, display: c.name, system: ICD11_SYSTEM },
  ],
});

const media = (url: string, extra: Json = {}): Json => ({
  resourceType: 'Media',
  content: { url },
  type: 'Image',
  ...extra,
});

const component = (code: string, display: string, value: number | null): Json => ({
  code: { coding: [{ code, display }] },
  valueQuantity: { value, unit: '%' },
});

export function writeFhirData(spec: ReportSpec, ctx: WriteContext): Json {
  const f = spec.findings;
  return {
    resourceType: 'DiagnosticReport',
    id: ctx.encryptedId,
    presentedForm: {
      practitioner: {
        url: viewerLink,
        pdf: `${ctx.upstreamUrl}/s2s-api/v2/anonymous-diagnostic-reports/${encodeURIComponent(ctx.encryptedId)}?format=pdf`,
      },
      patient: { url: null, pdf: null },
    },
    encounter: { identifier: { value: spec.visitIdentifier } },
    issued: spec.createdAt,
    condition: {
      pathology: spec.pathology ? pathologyCoding(spec.pathology) : null,
      bodySite: { coding: [{ system: BODY_SITES_SYSTEM, code: spec.bodySite.code, display: spec.bodySite.name }] },
    },
    extraData: spec.extraData,
    anamnesisGeneral: {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: spec.anamnesis.map((a, i) => ({ linkId: i + 1, text: a.question, answer: [{ valueString: a.answer }] })),
    },
    macroscopicMedia: spec.macroscopicImage ? media(imageUrl(ctx, spec.macroscopicImage), { annotations: null }) : null,
    result: {
      id: spec.resultId,
      performanceIndicators: {
        resourceType: 'Observation',
        component: [
          component('sensitivity', 'Sensitivity', spec.metrics.sensitivity),
          component('specificity', 'Specificity', spec.metrics.specificity),
          component('entropy', 'Entropy', spec.metrics.entropy),
        ],
      },
      clinicalIndicators: {
        resourceType: 'Observation',
        component: [
          component('hasCondition', 'Has condition', f.hasCondition),
          component('malignancy', 'Malignancy', f.malignancy),
          // Hard-coded null in the FHIR view, as Legit.Health documents.
          component('adjustedMalignancy', 'Adjusted malignancy', null),
          component('pigmentedLesion', 'Pigmented lesion', f.pigmentedLesion),
          component('urgentReferral', 'Urgent referral', f.urgentReferral),
          component('highPriorityReferral', 'High priority referral', f.highPriorityReferral),
        ],
      },
      analysisDuration: spec.iaSeconds,
      observations: spec.observations.map((o) => ({
        media: media(imageUrl(ctx, o.image), { modality: o.modality, diqaScore: o.diqaScore }),
      })),
      conclusions: spec.conclusions.map((c) => ({
        pathology: pathologyCoding(c.condition),
        probability: c.probability,
      })),
      questionnaires: spec.scoringSystems.map((s) => ({
        resourceType: 'QuestionnaireResponse',
        questionnaire: s.code,
        scoringSystem: { text: s.name, coding: [{ code: s.code, display: s.name }] },
        score: {
          valueQuantity: { value: s.score },
          system: 'http://unitsofmeasure.org',
          unit: 'points',
          interpretation: { coding: [{ code: s.severity, display: s.severityText }], text: s.severityText },
          interpretationCategories: s.bands.map((b) => ({
            min: b.min,
            max: b.max,
            text: b.text,
            coding: [{ code: b.severity, display: severityWord(b.severity) }],
          })),
        },
        ...(s.explainabilityImage
          ? { explainabilityMedia: media(imageUrl(ctx, s.explainabilityImage), { annotations: [] }) }
          : {}),
        item: s.facets.map((facet, i) => ({
          linkId: i + 1,
          text: facet.description,
          code: [{ code: facet.code, display: facet.name }],
          answer: [{ valueCoding: { code: facet.raw, display: facet.display } }],
        })),
      })),
    },
  };
}

export function writeFhir(spec: ReportSpec, ctx: WriteContext): Json {
  return {
    success: true,
    message: `Diagnostic report <${spec.reportId}>`,
    data: writeFhirData(spec, ctx),
    errorCode: null,
  };
}
