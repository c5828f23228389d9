/**
 * Reads Legit.Health's raw shape: v2 (a bare object, severity `categories`,
 * facet value `{ text, raw }`) and v3 (inside the envelope, severity
 * `interpretations`, facet value `{ display, raw }`, `reduction`). One reader
 * serves both because v3 only renames a few leaves.
 */
import type { BodySite, DiagnosticReport, Facet, Pathology, ScoringSystem } from './model';
import { readBand } from './bands';
import { codeKey } from './codes';
import { readExtraData } from './extra-data';
import { splitIcd11 } from './icd11';
import { readPdfOffer } from './links';
import { readFindings, readMetrics } from './indicators';
import { conclusionReader, observationReader, readEssentials, readOptionalPart } from './parts';
import { rankConclusions } from './rank';
import { checkInterpretation } from './score-agreement';
import { blankToNull, pick, pickRecord, pickUrl, type Warnings } from './read/lenient';
import { field, join, type JsonRecord } from './read/path';
import { anyText, finite, nonNegative, numberOrString, severity, nonBlankText, timestamp } from './read/rules';
import { requiredIfPresent, pickParts, pickRequired, requiredRecord } from './read/strict';
import type { UrlPolicy } from './url-policy';

export function readRawReport(
  body: JsonRecord,
  base: string,
  source: 'raw-v2' | 'raw-v3',
  policy: UrlPolicy,
): DiagnosticReport {
  const { warnings, id, result, resultPath } = readEssentials(body, base);
  const metrics = pickRecord(warnings, result, resultPath, 'metrics');
  const findings = pickRecord(warnings, result, resultPath, 'preliminaryFindings');
  const inRecord = (record: JsonRecord | null, path: string) => (name: string) => ({
    value: field(record, name),
    path: join(path, name),
  });

  return {
    source,
    id,
    resultId: pick(warnings, result, resultPath, 'id', nonBlankText),
    issuedAt: pick(warnings, body, base, 'createdAt', timestamp),
    links: {
      viewerUrl: pickUrl(warnings, body, base, 'url', policy),
      patientViewerUrl: null,
      hasPdf: readPdfOffer(warnings, field(body, 'pdf'), join(base, 'pdf')),
    },
    extraData: readExtraData(warnings, field(body, 'extraData'), join(base, 'extraData')),
    visitIdentifier: pick(warnings, body, base, 'visitIdentifier', anyText),
    bodySite: readOptionalPart(warnings, body, base, 'bodySite', readBodySite),
    pathology: readOptionalPart(warnings, body, base, 'pathology', readPathology),
    anamnesis: pickParts(warnings, body, base, 'anamnesisGeneral', (_, item, path) => ({
      question: pickRequired(requiredRecord(item, path), path, 'question', nonBlankText),
      answer: requiredIfPresent(field(item, 'answer'), join(path, 'answer'), anyText),
    })),
    metrics: readMetrics(warnings, inRecord(metrics, join(resultPath, 'metrics'))),
    findings: readFindings(warnings, inRecord(findings, join(resultPath, 'preliminaryFindings'))),
    analysisDurationSeconds: pick(warnings, result, resultPath, 'iaSeconds', nonNegative),
    macroscopicMedia: null,
    observations: pickParts(warnings, result, resultPath, 'observations', observationReader('url', policy)),
    conclusions: rankConclusions(
      pickParts(warnings, result, resultPath, 'conclusions', conclusionReader(readPathology)),
    ),
    scoringSystems: pickParts(warnings, result, resultPath, 'scoringSystems', readScoringSystem),
    warnings,
  };
}

function readBodySite(warnings: Warnings, value: unknown, path: string): BodySite {
  const site = requiredRecord(value, path);
  const code = pickRequired(site, path, 'code', nonBlankText);
  return { code, key: codeKey(code), display: pick(warnings, site, path, 'name', anyText) };
}

function readPathology(warnings: Warnings, value: unknown, path: string): Pathology {
  const pathology = requiredRecord(value, path);
  const code = pickRequired(pathology, path, 'code', nonBlankText);
  return {
    code,
    key: codeKey(code),
    name: pick(warnings, pathology, path, 'name', nonBlankText) ?? code,
    icd11: readIcd11(warnings, pathology, path),
  };
}

/** `icd11`; or `icde11`, the spelling of the published example, read as ICD-11 and said so. */
function readIcd11(warnings: Warnings, pathology: JsonRecord, path: string): string[] {
  if (field(pathology, 'icd11') != null || field(pathology, 'icde11') == null)
    return splitIcd11(warnings, field(pathology, 'icd11'), join(path, 'icd11'));
  const codes = splitIcd11(warnings, field(pathology, 'icde11'), join(path, 'icde11'));
  if (codes.length > 0) warnings.push({ path: join(path, 'icde11'), reason: 'read as icd11 (ICD-11)', kept: true });
  return codes;
}

function readScoringSystem(warnings: Warnings, item: unknown, path: string): ScoringSystem {
  const system = requiredRecord(item, path);
  const idPath = join(path, 'scoringSystem');
  const identity = requiredRecord(field(system, 'scoringSystem'), idPath);
  const code = pickRequired(identity, idPath, 'code', nonBlankText);
  const scorePath = join(path, 'score');
  const score = pickRecord(warnings, system, path, 'score');
  const severityPath = join(scorePath, 'severity');
  const assessed = pickRecord(warnings, score, scorePath, 'severity');
  // v2 names the bands `categories`, v3 `interpretations`.
  const bandsKey = field(assessed, 'interpretations') !== undefined ? 'interpretations' : 'categories';
  const scoring: ScoringSystem = {
    code,
    key: codeKey(code),
    name: pick(warnings, identity, idPath, 'name', nonBlankText) ?? code,
    score: pick(warnings, score, scorePath, 'value', finite),
    unit: pick(warnings, score, scorePath, 'unit', anyText),
    severity: pick(warnings, assessed, severityPath, 'value', severity),
    severityText: null,
    bands: pickParts(warnings, assessed, severityPath, bandsKey, readBand),
    facets: pickParts(warnings, system, path, 'facets', readFacet),
    reduction: pick(warnings, system, path, 'reduction', numberOrString),
    explainabilityMedia: null,
  };
  checkInterpretation(warnings, scoring, join(severityPath, 'value'));
  return scoring;
}

function readFacet(warnings: Warnings, item: unknown, path: string): Facet {
  const facetPath = join(path, 'facet');
  const facet = requiredRecord(field(requiredRecord(item, path), 'facet'), facetPath);
  const label = pickRequired(facet, facetPath, 'name', nonBlankText);
  const valuePath = join(path, 'value');
  const value = pickRecord(warnings, item, path, 'value');
  // v2 words the value as `text`, v3 as `display`.
  const wordingKey = field(value, 'display') !== undefined ? 'display' : 'text';
  return {
    code: null,
    label,
    description: blankToNull(pick(warnings, facet, facetPath, 'description', anyText)),
    text: pick(warnings, value, valuePath, wordingKey, anyText),
    value: pick(warnings, value, valuePath, 'raw', finite),
  };
}
