/**
 * A demo case described once, independent of the wire shape. `case-model.ts` turns it into
 * the report model, and the one writer (fixtures/wire) into raw v2, raw v3 or FHIR.
 * Everything here is sample data for the demo, not clinical data.
 */
import type { JsonValue } from '../../src/report/index.ts';

export type Severity = 1 | 2 | 3;

export interface ConditionSpec {
  /** Legit.Health's condition code (a human-readable identifier, e.g. "Acne"). */
  code: string;
  name: string;
  /** ICD-11 code(s) as the report would carry them; null when no mapping exists. */
  icd11: string | null;
}

export interface BandSpec {
  text: string;
  min: number;
  max: number;
  severity: Severity;
}

export interface FacetSpec {
  /** FHIR item code (e.g. "Erythema"); raw shapes carry only the name. */
  code: string;
  name: string;
  description: string;
  /** The value as the report words it, e.g. "Moderate (2)". */
  display: string;
  raw: number;
}

export interface ScoringSystemSpec {
  /** v3 camelCase code, e.g. `apasiLocal`. */
  code: string;
  /** The older SCREAMING_SNAKE code used by raw v2, e.g. `APASI_LOCAL`. */
  legacyCode: string;
  name: string;
  score: number;
  severity: Severity;
  /** The band the score falls in, as the FHIR interpretation words it (e.g. "Severe"). */
  severityText: string;
  bands: BandSpec[];
  facets: FacetSpec[];
  /** v3 `reduction`; its meaning is not published, so the demo always sends null. */
  reduction: null;
  /** Heat-map image path (FHIR `explainabilityMedia`), or null. */
  explainabilityImage: string | null;
}

export interface ObservationSpec {
  /** Path under the dev server, e.g. `/samples/acne-face.png`. */
  image: string;
  modality: string;
  diqaScore: number | null;
}

export interface FindingsSpec {
  hasCondition: number | null;
  malignancy: number | null;
  /** Sent in raw shapes; the FHIR view always carries null here. */
  adjustedMalignancy: number | null;
  pigmentedLesion: number | null;
  urgentReferral: number | null;
  highPriorityReferral: number | null;
}

export interface ReportSpec {
  /** The report's UUID (raw `data.id`). */
  reportId: string;
  resultId: string;
  createdAt: string;
  visitIdentifier: string | null;
  extraData: string | { [key: string]: JsonValue } | null;
  bodySite: { code: string; legacyCode: string; name: string };
  /** Null until the top conclusion passes the confidence threshold. */
  pathology: ConditionSpec | null;
  anamnesis: Array<{ question: string; answer: string }>;
  metrics: { sensitivity: number | null; specificity: number | null; entropy: number | null };
  findings: FindingsSpec;
  iaSeconds: number;
  observations: ObservationSpec[];
  /** FHIR `macroscopicMedia` image path, or null. */
  macroscopicImage: string | null;
  conclusions: Array<{ condition: ConditionSpec; probability: number | null }>;
  scoringSystems: ScoringSystemSpec[];
}

/** Where the writers resolve links: images on the dev server, PDFs on the upstream. */
export interface WriteContext {
  encryptedId: string;
  /** e.g. `http://localhost:5173` (no trailing slash). */
  imageBaseUrl: string;
  /** The mock upstream's origin, used for the report's own (credential-bearing) PDF link. */
  upstreamUrl: string;
  locale: string;
  /** When the report's signed image links stop working (epoch ms); each link carries it as `expires`. */
  imageLinksExpireAt: number;
}

/** How long the API's signed image links work: about 30 minutes. */
export const IMAGE_LINK_LIFETIME_MS = 30 * 60_000;

export const severityWord = (severity: Severity): 'low' | 'moderate' | 'high' =>
  severity === 1 ? 'low' : severity === 2 ? 'moderate' : 'high';

/** A signed-looking image link: the dev server refuses it once `expires` (epoch seconds) has passed. */
export const imageUrl = (ctx: WriteContext, path: string): string =>
  `${ctx.imageBaseUrl}${path}?expires=${Math.floor(ctx.imageLinksExpireAt / 1000)}`;

/** Whether a request for a signed image link comes after its `expires`; false for a link that has none. */
export function imageLinkExpired(requestUrl: string, now = Date.now()): boolean {
  const expires = new URL(requestUrl, 'http://demo.invalid').searchParams.get('expires');
  return expires !== null && !(Number(expires) * 1000 > now);
}

/** The link Legit.Health's UI would open for this report (same form as the fixtures). */
export const viewerLink = 'https://iframe.legit.health?companyId=XXXX&diagnosticReportId=signedId';
