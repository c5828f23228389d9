/**
 * Test-side writers: render a `DiagnosticReport` model as Legit.Health would send
 * it, in each of the three published shapes (see the fixtures). The demo's mock
 * upstream serves its cases through them too.
 *
 * What a shape cannot carry is written as that shape would (documented in the
 * round-trip test): e.g. raw has no macroscopic media, FHIR always sends a null
 * adjustedMalignancy, raw v2 and FHIR carry `extraData` only as a string.
 *
 * A report that offers a PDF gets a credential-bearing PDF link, as the real API
 * sends; `PDF_CREDENTIAL` lets tests prove it never reaches the model.
 */
import type {
  Conclusion,
  DiagnosticReport,
  Facet,
  JsonValue,
  Media,
  Pathology,
  ScoringSystem,
  SeverityBand,
} from '../../src/report/model';

export type WireJson = { [key: string]: JsonValue };

export const PDF_CREDENTIAL = 'writer-credential-never-in-model';

const CONDITION_SYSTEM = 'https://legit.health/integration/json-only/codes/conditions';
const BODY_SITE_SYSTEM = 'https://legit.health/integration/json-only/codes/body-sites';

const pdfLink = (model: DiagnosticReport): string | null =>
  model.links.hasPdf
    ? `https://utils.legit.health/pdf/anonymous-diagnostic-report?diagnosticReportIdEncrypted=${encodeURIComponent(model.id)}` +
      `&apiKey=${PDF_CREDENTIAL}&authKey=${PDF_CREDENTIAL}&locale=en`
    : null;

/** Raw v2 and FHIR document `extraData` as a string: an object travels as its JSON text. */
const extraDataAsString = (extra: DiagnosticReport['extraData']): string | null =>
  extra === null || typeof extra === 'string' ? extra : JSON.stringify(extra);

const envelope = (data: WireJson, internalId: string): WireJson => ({
  success: true,
  message: `Diagnostic report <${internalId}>`,
  errorCode: null,
  data,
});

const icd11Text = (codes: string[]): string | null => (codes.length === 0 ? null : codes.join(', '));

// ---------- raw (v2 and v3 share most of it) ----------

type RawGeneration = 'v2' | 'v3';

const rawPathology = (p: Pathology | Conclusion): WireJson => ({
  name: p.name,
  code: p.code,
  icd11: icd11Text(p.icd11),
});

function rawBand(band: SeverityBand, generation: RawGeneration): WireJson {
  if (generation === 'v2') {
    return {
      code: band.code ?? band.label,
      category: band.label,
      min: band.min,
      max: band.max,
      severity: band.severity,
      severityAsString: band.severityLabel,
    };
  }
  return {
    min: band.min,
    max: band.max,
    text: band.label,
    coding: [{ code: band.severity, display: band.severityLabel }],
  };
}

const rawFacet = (facet: Facet, generation: RawGeneration): WireJson => ({
  facet: { name: facet.label, description: facet.description ?? '' },
  value: generation === 'v2' ? { text: facet.text, raw: facet.value } : { display: facet.text, raw: facet.value },
});

function rawScoringSystem(system: ScoringSystem, generation: RawGeneration): WireJson {
  const bands = system.bands.map((band) => rawBand(band, generation));
  const written: WireJson = {
    scoringSystem: { name: system.name, code: system.code },
    score: {
      value: system.score,
      severity:
        generation === 'v2'
          ? { value: system.severity, categories: bands }
          : { value: system.severity, interpretations: bands },
    },
  };
  if (generation === 'v3') written.reduction = system.reduction;
  written.facets = system.facets.map((facet) => rawFacet(facet, generation));
  return written;
}

function rawBody(model: DiagnosticReport, generation: RawGeneration): WireJson {
  return {
    id: model.id,
    url: model.links.viewerUrl,
    pdf: pdfLink(model),
    extraData: generation === 'v2' ? extraDataAsString(model.extraData) : model.extraData,
    visitIdentifier: model.visitIdentifier,
    anamnesisGeneral: model.anamnesis.map(({ question, answer }) => ({ question, answer })),
    pathology: model.pathology && rawPathology(model.pathology),
    bodySite: model.bodySite && { code: model.bodySite.code, name: model.bodySite.display },
    createdAt: model.issuedAt,
    result: {
      id: model.resultId,
      metrics: { ...model.metrics },
      preliminaryFindings: { ...model.findings },
      iaSeconds: model.analysisDurationSeconds,
      observations: model.observations.map((o) => ({
        media: { type: o.type, modality: o.modality, diqaScore: o.diqaScore, url: o.url },
      })),
      conclusions: model.conclusions.map((c) => ({ probability: c.probability, pathology: rawPathology(c) })),
      scoringSystems: model.scoringSystems.map((s) => rawScoringSystem(s, generation)),
    },
  };
}

/** Raw v2: the bare object of the original specification page. */
export const writeRawV2 = (model: DiagnosticReport): WireJson => rawBody(model, 'v2');

/** Raw v3: the same data, renamed leaves, inside the S2S envelope. */
export const writeRawV3 = (model: DiagnosticReport): WireJson =>
  envelope(rawBody(model, 'v3'), model.resultId ?? model.id);

// ---------- FHIR ----------

const fhirMedia = (media: Media): WireJson => ({
  resourceType: 'Media',
  content: { url: media.url },
  type: media.type,
});

const fhirCondition = (p: Pathology | Conclusion): WireJson => ({
  coding: [
    { code: p.code, display: p.name, system: CONDITION_SYSTEM },
    { code: icd11Text(p.icd11), display: p.name, system: 'ICD11' },
  ],
});

const fhirComponents = (values: Record<string, number | null>, displays: Record<string, string>): WireJson[] =>
  Object.entries(values).map(([code, value]) => ({
    code: { coding: [{ code, display: displays[code] ?? code }] },
    valueQuantity: { value, unit: '%' },
  }));

const fhirBand = (band: SeverityBand): WireJson => ({
  min: band.min,
  max: band.max,
  text: band.label,
  coding: [{ code: band.severity, display: band.severityLabel }],
});

const fhirFacet = (facet: Facet, index: number): WireJson => ({
  linkId: index + 1,
  text: facet.description,
  code: [{ code: facet.code ?? facet.label, display: facet.label }],
  answer: [{ valueCoding: { code: facet.value, display: facet.text } }],
});

const fhirQuestionnaire = (system: ScoringSystem): WireJson => ({
  resourceType: 'QuestionnaireResponse',
  questionnaire: system.code,
  scoringSystem: { text: system.name, coding: [{ code: system.code, display: system.name }] },
  score: {
    valueQuantity: { value: system.score },
    system: 'http://unitsofmeasure.org',
    unit: system.unit,
    interpretation: { coding: [{ code: system.severity, display: system.severityText }], text: system.severityText },
    interpretationCategories: system.bands.map(fhirBand),
  },
  explainabilityMedia: system.explainabilityMedia && { ...fhirMedia(system.explainabilityMedia), annotations: [] },
  item: system.facets.map(fhirFacet),
});

/** FHIR: a DiagnosticReport resource inside the S2S envelope. */
export function writeFhir(model: DiagnosticReport): WireJson {
  const { metrics, findings } = model;
  const data: WireJson = {
    resourceType: 'DiagnosticReport',
    id: model.id,
    presentedForm: {
      practitioner: { url: model.links.viewerUrl, pdf: pdfLink(model) },
      patient: { url: model.links.patientViewerUrl, pdf: null },
    },
    encounter: model.visitIdentifier === null ? null : { identifier: { value: model.visitIdentifier } },
    issued: model.issuedAt,
    condition: {
      pathology: model.pathology && fhirCondition(model.pathology),
      bodySite: model.bodySite && {
        coding: [{ system: BODY_SITE_SYSTEM, code: model.bodySite.code, display: model.bodySite.display }],
      },
    },
    extraData: extraDataAsString(model.extraData),
    anamnesisGeneral: {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: model.anamnesis.map(({ question, answer }, i) => ({
        linkId: i + 1,
        text: question,
        answer: answer === null ? [] : [{ valueString: answer }],
      })),
    },
    macroscopicMedia: model.macroscopicMedia && { ...fhirMedia(model.macroscopicMedia), annotations: null },
    result: {
      id: model.resultId,
      performanceIndicators: {
        resourceType: 'Observation',
        component: fhirComponents(
          { ...metrics },
          { sensitivity: 'Sensitivity', specificity: 'Specificity', entropy: 'Entropy' },
        ),
      },
      clinicalIndicators: {
        resourceType: 'Observation',
        // The FHIR view never carries adjustedMalignancy.
        component: fhirComponents(
          { ...findings, adjustedMalignancy: null },
          {
            hasCondition: 'Has condition',
            malignancy: 'Malignancy',
            adjustedMalignancy: 'Adjusted malignancy',
            pigmentedLesion: 'Pigmented lesion',
            urgentReferral: 'Urgent referral',
            highPriorityReferral: 'High priority referral',
          },
        ),
      },
      analysisDuration: model.analysisDurationSeconds,
      observations: model.observations.map((o) => ({
        media: { ...fhirMedia(o), modality: o.modality, diqaScore: o.diqaScore },
      })),
      conclusions: model.conclusions.map((c) => ({ pathology: fhirCondition(c), probability: c.probability })),
      questionnaires: model.scoringSystems.map(fhirQuestionnaire),
    },
  };
  return envelope(data, model.resultId ?? model.id);
}
