/**
 * The one normalised diagnostic report the widget renders, whatever shape
 * (raw v2, raw v3 or FHIR) Legit.Health sent. Nothing outside `src/report/`
 * ever looks at wire JSON.
 *
 * Conventions:
 * - `null` means "absent / not computed". It is never replaced by 0, and 0 stays 0.
 * - Percentages are on the wire's 0–100 scale.
 * - Every URL here has passed the URL policy (https:, or http: to localhost).
 * - Codes keep their original spelling for display; `key` is the
 *   generation-independent form (`HEAD_FRONT` and `headFront` → `headfront`).
 */

/**
 * A percentage, documented as 0–100, or `null` when the report did not compute it. A value the
 * report sends outside 0–100 is kept as sent, with a warning (`kept: true`) naming its field.
 */
export type Percentage = number | null;

/** Severity of a scoring system or band: 1 = low, 2 = moderate, 3 = high. */
export type Severity = 1 | 2 | 3;

export type ReportSource = 'raw-v2' | 'raw-v3' | 'fhir';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface BodySite {
  /** As sent, e.g. `HEAD_FRONT` or `headFront`. */
  code: string;
  /** Case- and separator-insensitive form of `code`, e.g. `headfront`. */
  key: string;
  /** Human name, e.g. "Face and neck"; null when the report gave none. */
  display: string | null;
}

export interface Pathology {
  code: string;
  key: string;
  name: string;
  /** ICD-11 codes; a FHIR coding may carry several (`"EA90.42, EA90.5Y"`) or none. */
  icd11: string[];
}

export interface AnamnesisAnswer {
  question: string;
  answer: string | null;
}

export interface PerformanceMetrics {
  sensitivity: Percentage;
  specificity: Percentage;
  entropy: Percentage;
}

/** The findings that drive referral, each a percentage or null. */
export interface PreliminaryFindings {
  hasCondition: Percentage;
  malignancy: Percentage;
  /** Always null in the FHIR shape. */
  adjustedMalignancy: Percentage;
  pigmentedLesion: Percentage;
  /** Should be seen by a doctor within 48 hours. */
  urgentReferral: Percentage;
  /** Should be seen by a doctor within 15 days. */
  highPriorityReferral: Percentage;
}

export type FindingName = keyof PreliminaryFindings;

export interface Media {
  /** e.g. "Image"; null when not given. */
  type: string | null;
  /** Signed, time-limited URL (about 30 minutes); null when absent or refused by the URL policy. */
  url: string | null;
}

/** A FHIR image that may carry annotations (`macroscopicMedia`, `explainabilityMedia`). */
export interface AnnotatedMedia extends Media {
  /** As sent, each as plain JSON (the form is not published); empty when null or absent. */
  annotations: JsonValue[];
}

export interface Observation extends Media {
  /** e.g. "Clinical", "Dermoscopic". */
  modality: string | null;
  /** Image-quality score 0–100; thresholds are not published. */
  diqaScore: number | null;
}

export interface Conclusion {
  code: string;
  key: string;
  name: string;
  icd11: string[];
  /** 0–100 with the report's precision; null when not computed. */
  probability: Percentage;
}

export interface SeverityBand {
  /** The band's code when the shape has one (raw v2 `code`), else null. */
  code: string | null;
  /** e.g. "Grade 1", "Moderate", "None". */
  label: string;
  min: number;
  max: number;
  severity: Severity | null;
  /** The report's word for the severity, e.g. "low", "moderate", "high". */
  severityLabel: string | null;
}

export interface Facet {
  /** FHIR item code, e.g. "Scaling"; null in the raw shapes. */
  code: string | null;
  /** e.g. "Erythema", "Number of lesions". */
  label: string;
  /** Longer explanation; null when absent or empty. */
  description: string | null;
  /** The value as the report words it, e.g. "Moderate (2)". */
  text: string | null;
  /** The raw value, e.g. 2. */
  value: number | null;
}

export interface ScoringSystem {
  /** As sent, e.g. `APASI_LOCAL` or `apasiLocal`. */
  code: string;
  key: string;
  name: string;
  score: number | null;
  /** Unit when the report gives one (FHIR: "points"). */
  unit: string | null;
  /** Overall severity the report assigns to the score. */
  severity: Severity | null;
  /** The report's words for that severity when given (FHIR interpretation text, e.g. "Severe"). */
  severityText: string | null;
  /** Bands in report order; may overlap at edges, may be zero-width, may be empty. */
  bands: SeverityBand[];
  facets: Facet[];
  /** v3 `reduction`; its meaning is not published, so it is kept as given (number or text). */
  reduction: number | string | null;
  explainabilityMedia: AnnotatedMedia | null;
}

export interface ReportLinks {
  /** Legit.Health's own viewing page for the practitioner. */
  viewerUrl: string | null;
  /** FHIR `presentedForm.patient.url`. */
  patientViewerUrl: string | null;
  /**
   * Whether the report offers a PDF. The PDF link itself carries credentials and is
   * never kept: the PDF is fetched through the proxy (`format=pdf`).
   */
  hasPdf: boolean;
}

export interface ParseWarning {
  /** JSON path of the part concerned, e.g. `data.result.conclusions[2].probability`. */
  path: string;
  reason: string;
  /**
   * Set when the part is shown, but needs checking: a value outside its documented range, a
   * field read under another spelling, the report's interpretation disagreeing with its own
   * bands. Absent when the part was left out.
   */
  kept?: true;
}

export interface DiagnosticReport {
  source: ReportSource;
  /** The report's id (a UUID in raw shapes, the encrypted id in FHIR). */
  id: string;
  /** The analysis result's id when given. */
  resultId: string | null;
  /** ISO-8601 as sent (`createdAt` or `issued`); null when absent or unreadable. */
  issuedAt: string | null;
  links: ReportLinks;
  /** Portal-supplied data passed through the iframe; a string or an object. */
  extraData: string | { [key: string]: JsonValue } | null;
  /** Visit (raw) or encounter (FHIR) identifier. */
  visitIdentifier: string | null;
  bodySite: BodySite | null;
  /** Null until the top conclusion passes Legit.Health's confidence threshold. */
  pathology: Pathology | null;
  anamnesis: AnamnesisAnswer[];
  metrics: PerformanceMetrics;
  findings: PreliminaryFindings;
  analysisDurationSeconds: number | null;
  /** FHIR `macroscopicMedia` (a wide-shot image), null elsewhere. */
  macroscopicMedia: AnnotatedMedia | null;
  observations: Observation[];
  /** Highest probability first; null probabilities last. */
  conclusions: Conclusion[];
  scoringSystems: ScoringSystem[];
  /** Parts that could not be read and were left out, and parts shown that need checking (`kept`). */
  warnings: ParseWarning[];
}
