/**
 * Reads Legit.Health's raw shape: v2 (a bare object, severity `categories`,
 * facet value `{ text, raw }`) and v3 (inside the envelope, severity
 * `interpretations`, facet value `{ display, raw }`, `reduction`). One reader
 * serves both because v3 only renames a few leaves.
 */
import type { BodySite, Conclusion, DiagnosticReport, Facet, Observation, Pathology, ScoringSystem } from './model';
import { readBand } from './bands';
import { codeKey } from './codes';
import { readExtraData } from './extra-data';
import { splitIcd11 } from './icd11';
import { readPdfOffer } from './links';
import { readFindings, readMetrics } from './indicators';
import { rankConclusions } from './rank';
import {
  anyString, blankToNull, essential, field, finite, join, nonNegative, nullable, numberOrString, objectRule, optional,
  optionalRecord, optionalUrl, percentage, readPart, readParts, required, requiredRecord, severity, text, timestamp,
  type JsonRecord, type Warnings,
} from './read';

export function readRawReport(body: JsonRecord, base: string, source: 'raw-v2' | 'raw-v3'): DiagnosticReport {
  const warnings: Warnings = [];
  const at = (key: string) => join(base, key);
  const id = essential(field(body, 'id'), at('id'), text);
  const resultPath = at('result');
  const result = essential(field(body, 'result'), resultPath, objectRule);
  const inResult = (key: string) => join(resultPath, key);

  const metrics = optionalRecord(warnings, field(result, 'metrics'), inResult('metrics'));
  const findings = optionalRecord(warnings, field(result, 'preliminaryFindings'), inResult('preliminaryFindings'));
  const bodySite = field(body, 'bodySite');
  const pathology = field(body, 'pathology');

  return {
    source,
    id,
    resultId: optional(warnings, field(result, 'id'), inResult('id'), text),
    issuedAt: optional(warnings, field(body, 'createdAt'), at('createdAt'), timestamp),
    links: {
      viewerUrl: optionalUrl(warnings, field(body, 'url'), at('url')),
      patientViewerUrl: null,
      hasPdf: readPdfOffer(warnings, field(body, 'pdf'), at('pdf')),
    },
    extraData: readExtraData(warnings, field(body, 'extraData'), at('extraData')),
    visitIdentifier: optional(warnings, field(body, 'visitIdentifier'), at('visitIdentifier'), anyString),
    bodySite: bodySite == null ? null : readPart(warnings, () => readBodySite(warnings, bodySite, at('bodySite'))),
    pathology: pathology == null ? null : readPart(warnings, () => readPathology(warnings, pathology, at('pathology'))),
    anamnesis: readParts(warnings, field(body, 'anamnesisGeneral'), at('anamnesisGeneral'), (item, path) => ({
      question: required(field(requiredRecord(item, path), 'question'), join(path, 'question'), text),
      answer: nullable(field(item, 'answer'), join(path, 'answer'), anyString),
    })),
    metrics: readMetrics(warnings, (name) => ({ value: field(metrics, name), path: join(inResult('metrics'), name) })),
    findings: readFindings(warnings, (name) => ({
      value: field(findings, name),
      path: join(inResult('preliminaryFindings'), name),
    })),
    analysisDurationSeconds: optional(warnings, field(result, 'iaSeconds'), inResult('iaSeconds'), nonNegative),
    macroscopicMedia: null,
    observations: readParts(warnings, field(result, 'observations'), inResult('observations'), (item, path) =>
      readObservation(warnings, item, path),
    ),
    conclusions: rankConclusions(
      readParts(warnings, field(result, 'conclusions'), inResult('conclusions'), (item, path) =>
        readConclusion(warnings, item, path),
      ),
    ),
    scoringSystems: readParts(warnings, field(result, 'scoringSystems'), inResult('scoringSystems'), (item, path) =>
      readScoringSystem(warnings, item, path),
    ),
    warnings,
  };
}

function readBodySite(warnings: Warnings, value: unknown, path: string): BodySite {
  const site = requiredRecord(value, path);
  const code = required(field(site, 'code'), join(path, 'code'), text);
  return { code, key: codeKey(code), display: optional(warnings, field(site, 'name'), join(path, 'name'), anyString) };
}

function readPathology(warnings: Warnings, value: unknown, path: string): Pathology {
  const pathology = requiredRecord(value, path);
  const code = required(field(pathology, 'code'), join(path, 'code'), text);
  return {
    code,
    key: codeKey(code),
    name: optional(warnings, field(pathology, 'name'), join(path, 'name'), text) ?? code,
    icd11: splitIcd11(warnings, field(pathology, 'icd11'), join(path, 'icd11')),
  };
}

function readConclusion(warnings: Warnings, item: unknown, path: string): Conclusion {
  const conclusion = requiredRecord(item, path);
  // A conclusion whose probability is unusable is left out whole.
  const probability = nullable(field(conclusion, 'probability'), join(path, 'probability'), percentage);
  return { ...readPathology(warnings, field(conclusion, 'pathology'), join(path, 'pathology')), probability };
}

function readObservation(warnings: Warnings, item: unknown, path: string): Observation {
  const mediaPath = join(path, 'media');
  const media = requiredRecord(field(requiredRecord(item, path), 'media'), mediaPath);
  return {
    type: optional(warnings, field(media, 'type'), join(mediaPath, 'type'), anyString),
    url: optionalUrl(warnings, field(media, 'url'), join(mediaPath, 'url')),
    modality: optional(warnings, field(media, 'modality'), join(mediaPath, 'modality'), anyString),
    diqaScore: optional(warnings, field(media, 'diqaScore'), join(mediaPath, 'diqaScore'), percentage),
  };
}

function readScoringSystem(warnings: Warnings, item: unknown, path: string): ScoringSystem {
  const system = requiredRecord(item, path);
  const idPath = join(path, 'scoringSystem');
  const identity = requiredRecord(field(system, 'scoringSystem'), idPath);
  const code = required(field(identity, 'code'), join(idPath, 'code'), text);
  const scorePath = join(path, 'score');
  const score = optionalRecord(warnings, field(system, 'score'), scorePath);
  const severityPath = join(scorePath, 'severity');
  const assessed = optionalRecord(warnings, field(score, 'severity'), severityPath);
  // v2 names the bands `categories`, v3 `interpretations`.
  const bandsKey = field(assessed, 'interpretations') !== undefined ? 'interpretations' : 'categories';
  return {
    code,
    key: codeKey(code),
    name: optional(warnings, field(identity, 'name'), join(idPath, 'name'), text) ?? code,
    score: optional(warnings, field(score, 'value'), join(scorePath, 'value'), finite),
    unit: optional(warnings, field(score, 'unit'), join(scorePath, 'unit'), anyString),
    severity: optional(warnings, field(assessed, 'value'), join(severityPath, 'value'), severity),
    severityText: null,
    bands: readParts(warnings, field(assessed, bandsKey), join(severityPath, bandsKey), (band, bandPath) =>
      readBand(warnings, band, bandPath),
    ),
    facets: readParts(warnings, field(system, 'facets'), join(path, 'facets'), (facet, facetPath) =>
      readFacet(warnings, facet, facetPath),
    ),
    reduction: optional(warnings, field(system, 'reduction'), join(path, 'reduction'), numberOrString),
    explainabilityMedia: null,
  };
}

function readFacet(warnings: Warnings, item: unknown, path: string): Facet {
  const facetPath = join(path, 'facet');
  const facet = requiredRecord(field(requiredRecord(item, path), 'facet'), facetPath);
  const label = required(field(facet, 'name'), join(facetPath, 'name'), text);
  const valuePath = join(path, 'value');
  const value = optionalRecord(warnings, field(item, 'value'), valuePath);
  // v2 words the value as `text`, v3 as `display`.
  const wordingKey = field(value, 'display') !== undefined ? 'display' : 'text';
  return {
    code: null,
    label,
    description: blankToNull(optional(warnings, field(facet, 'description'), join(facetPath, 'description'), anyString)),
    text: optional(warnings, field(value, wordingKey), join(valuePath, wordingKey), anyString),
    value: optional(warnings, field(value, 'raw'), join(valuePath, 'raw'), finite),
  };
}
