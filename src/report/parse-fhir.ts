/**
 * Reads Legit.Health's FHIR shape: a `DiagnosticReport` whose indicators are
 * Observation components keyed by code, whose conditions are codings (the
 * ICD-11 one may hold several comma-separated codes, or none), and whose
 * scoring systems are QuestionnaireResponses.
 */
import type { BodySite, Conclusion, DiagnosticReport, Facet, Media, Observation, Pathology, ScoringSystem } from './model';
import { readBand } from './bands';
import { codeKey } from './codes';
import { readExtraData } from './extra-data';
import { splitIcd11 } from './icd11';
import { readFindings, readMetrics, type Locate } from './indicators';
import { readPdfOffer } from './links';
import { rankConclusions } from './rank';
import {
  PartInvalid, anyString, blankToNull, essential, field, finite, isRecord, join, nonNegative, nullable, numberOrString,
  objectRule, optional, optionalList, optionalRecord, optionalUrl, percentage, readPart, readParts, required,
  requiredRecord, severity, text, timestamp, type JsonRecord, type Warnings,
} from './read';

export function readFhirReport(body: JsonRecord, base: string): DiagnosticReport {
  const warnings: Warnings = [];
  const at = (key: string) => join(base, key);
  const id = essential(field(body, 'id'), at('id'), text);
  const resultPath = at('result');
  const result = essential(field(body, 'result'), resultPath, objectRule);
  const inResult = (key: string) => join(resultPath, key);

  const formPath = at('presentedForm');
  const form = optionalRecord(warnings, field(body, 'presentedForm'), formPath);
  const practitioner = optionalRecord(warnings, field(form, 'practitioner'), join(formPath, 'practitioner'));
  const patient = optionalRecord(warnings, field(form, 'patient'), join(formPath, 'patient'));
  const practitionerPdf = readPdfOffer(warnings, field(practitioner, 'pdf'), join(join(formPath, 'practitioner'), 'pdf'));
  const patientPdf = readPdfOffer(warnings, field(patient, 'pdf'), join(join(formPath, 'patient'), 'pdf'));

  const conditionPath = at('condition');
  const condition = optionalRecord(warnings, field(body, 'condition'), conditionPath);
  const bodySite = field(condition, 'bodySite');
  const pathology = field(condition, 'pathology');
  const anamnesisPath = at('anamnesisGeneral');
  const anamnesis = optionalRecord(warnings, field(body, 'anamnesisGeneral'), anamnesisPath);

  return {
    source: 'fhir',
    id,
    resultId: optional(warnings, field(result, 'id'), inResult('id'), text),
    issuedAt: optional(warnings, field(body, 'issued'), at('issued'), timestamp),
    links: {
      viewerUrl: optionalUrl(warnings, field(practitioner, 'url'), join(join(formPath, 'practitioner'), 'url')),
      patientViewerUrl: optionalUrl(warnings, field(patient, 'url'), join(join(formPath, 'patient'), 'url')),
      hasPdf: practitionerPdf || patientPdf,
    },
    extraData: readExtraData(warnings, field(body, 'extraData'), at('extraData')),
    visitIdentifier: optional(
      warnings,
      field(field(field(body, 'encounter'), 'identifier'), 'value'),
      join(at('encounter'), 'identifier.value'),
      anyString,
    ),
    bodySite:
      bodySite == null ? null : readPart(warnings, () => readBodySite(warnings, bodySite, join(conditionPath, 'bodySite'))),
    pathology:
      pathology == null ? null : readPart(warnings, () => readCondition(warnings, pathology, join(conditionPath, 'pathology'))),
    anamnesis: readParts(warnings, field(anamnesis, 'item'), join(anamnesisPath, 'item'), (item, path) => ({
      question: required(field(requiredRecord(item, path), 'text'), join(path, 'text'), text),
      answer: readAnswers(warnings, field(item, 'answer'), join(path, 'answer')),
    })),
    metrics: readMetrics(warnings, componentsByCode(warnings, field(result, 'performanceIndicators'), inResult('performanceIndicators'))),
    findings: readFindings(warnings, componentsByCode(warnings, field(result, 'clinicalIndicators'), inResult('clinicalIndicators'))),
    analysisDurationSeconds: optional(warnings, field(result, 'analysisDuration'), inResult('analysisDuration'), nonNegative),
    macroscopicMedia: readMedia(warnings, field(body, 'macroscopicMedia'), at('macroscopicMedia')),
    observations: readParts(warnings, field(result, 'observations'), inResult('observations'), (item, path) =>
      readObservation(warnings, item, path),
    ),
    conclusions: rankConclusions(
      readParts(warnings, field(result, 'conclusions'), inResult('conclusions'), (item, path) =>
        readConclusion(warnings, item, path),
      ),
    ),
    scoringSystems: readParts(warnings, field(result, 'questionnaires'), inResult('questionnaires'), (item, path) =>
      readQuestionnaire(warnings, item, path),
    ),
    warnings,
  };
}

const isIcd11System = (system: unknown): boolean =>
  typeof system === 'string' && (codeKey(system) === 'icd11' || system.startsWith('http://id.who.int/icd'));

/** The first coding of a CodeableConcept that has a usable code. */
function firstCoding(warnings: Warnings, concept: unknown, path: string): JsonRecord | undefined {
  return optionalList(warnings, field(concept, 'coding'), join(path, 'coding')).filter(isRecord).find((c) => text.test(field(c, 'code')));
}

function readBodySite(warnings: Warnings, value: unknown, path: string): BodySite {
  const coding = firstCoding(warnings, requiredRecord(value, path), path);
  const code = required(field(coding, 'code'), join(path, 'coding[].code'), text);
  return { code, key: codeKey(code), display: optional(warnings, field(coding, 'display'), join(path, 'coding[].display'), anyString) };
}

/** A condition coded twice: Legit.Health's own code, and ICD-11 (zero, one or several codes). */
function readCondition(warnings: Warnings, value: unknown, path: string): Pathology {
  const codingPath = join(path, 'coding');
  const codings = optionalList(warnings, field(requiredRecord(value, path), 'coding'), codingPath);
  let own: { code: string; name: string } | undefined;
  const icd11: string[] = [];
  codings.forEach((coding, i) => {
    const code = field(coding, 'code');
    if (isIcd11System(field(coding, 'system'))) icd11.push(...splitIcd11(warnings, code, join(join(codingPath, i), 'code')));
    else if (own === undefined && text.test(code)) {
      own = { code, name: optional(warnings, field(coding, 'display'), join(join(codingPath, i), 'display'), text) ?? code };
    }
  });
  if (own === undefined) throw new PartInvalid(codingPath, 'expected a coding with a condition code');
  return { code: own.code, key: codeKey(own.code), name: own.name, icd11 };
}

function readConclusion(warnings: Warnings, item: unknown, path: string): Conclusion {
  const conclusion = requiredRecord(item, path);
  // A conclusion whose probability is unusable is left out whole.
  const probability = nullable(field(conclusion, 'probability'), join(path, 'probability'), percentage);
  return { ...readCondition(warnings, field(conclusion, 'pathology'), join(path, 'pathology')), probability };
}

/** FHIR answers as one text: strings as sent, codings by their display, numbers and booleans as written. */
function readAnswers(warnings: Warnings, value: unknown, path: string): string | null {
  const words: string[] = [];
  optionalList(warnings, value, path).forEach((answer, i) => {
    const word = answerWord(answer);
    if (word === null) warnings.push({ path: join(path, i), reason: 'expected a string, coding, number or boolean answer' });
    else words.push(word);
  });
  return words.length === 0 ? null : words.join(', ');
}

function answerWord(answer: unknown): string | null {
  const candidates = [
    field(answer, 'valueString'),
    field(field(answer, 'valueCoding'), 'display'),
    field(answer, 'valueInteger'),
    field(answer, 'valueDecimal'),
    field(answer, 'valueBoolean'),
  ];
  for (const candidate of candidates) {
    if (typeof candidate === 'string' || typeof candidate === 'boolean') return String(candidate);
    if (typeof candidate === 'number' && Number.isFinite(candidate)) return String(candidate);
  }
  return null;
}

/** Observation components keyed by code, e.g. `sensitivity` → its `valueQuantity.value`. */
function componentsByCode(warnings: Warnings, observation: unknown, path: string): Locate {
  const componentPath = join(path, 'component');
  const byKey = new Map<string, { value: unknown; path: string }>();
  const record = optionalRecord(warnings, observation, path);
  optionalList(warnings, field(record, 'component'), componentPath).forEach((component, i) => {
    const itemPath = join(componentPath, i);
    const code = field(firstCoding(warnings, field(component, 'code'), join(itemPath, 'code')), 'code');
    if (typeof code !== 'string') {
      warnings.push({ path: itemPath, reason: 'expected a component with a coded name' });
      return;
    }
    const key = codeKey(code);
    if (byKey.has(key)) {
      warnings.push({ path: itemPath, reason: 'repeats an earlier component; the first is kept' });
      return;
    }
    byKey.set(key, { value: field(field(component, 'valueQuantity'), 'value'), path: join(itemPath, 'valueQuantity.value') });
  });
  return (name) => byKey.get(codeKey(name)) ?? { value: undefined, path: componentPath };
}

function readMedia(warnings: Warnings, value: unknown, path: string): Media | null {
  const media = optionalRecord(warnings, value, path);
  if (media === null) return null;
  return {
    type: optional(warnings, field(media, 'type'), join(path, 'type'), anyString),
    url: optionalUrl(warnings, field(field(media, 'content'), 'url'), join(path, 'content.url')),
  };
}

function readObservation(warnings: Warnings, item: unknown, path: string): Observation {
  const mediaPath = join(path, 'media');
  const media = requiredRecord(field(requiredRecord(item, path), 'media'), mediaPath);
  return {
    type: optional(warnings, field(media, 'type'), join(mediaPath, 'type'), anyString),
    url: optionalUrl(warnings, field(field(media, 'content'), 'url'), join(mediaPath, 'content.url')),
    modality: optional(warnings, field(media, 'modality'), join(mediaPath, 'modality'), anyString),
    diqaScore: optional(warnings, field(media, 'diqaScore'), join(mediaPath, 'diqaScore'), percentage),
  };
}

function readQuestionnaire(warnings: Warnings, item: unknown, path: string): ScoringSystem {
  const questionnaire = requiredRecord(item, path);
  const idPath = join(path, 'scoringSystem');
  const identity = field(questionnaire, 'scoringSystem');
  const coding = firstCoding(warnings, identity, idPath);
  const code = required(field(coding, 'code') ?? field(questionnaire, 'questionnaire'), join(path, 'questionnaire'), text);
  const name =
    optional(warnings, field(identity, 'text'), join(idPath, 'text'), text) ??
    optional(warnings, field(coding, 'display'), join(idPath, 'coding[].display'), text) ??
    code;

  const scorePath = join(path, 'score');
  const score = optionalRecord(warnings, field(questionnaire, 'score'), scorePath);
  const quantity = field(score, 'valueQuantity');
  const interpretationPath = join(scorePath, 'interpretation');
  const interpretation = optionalRecord(warnings, field(score, 'interpretation'), interpretationPath);
  const assessed = optionalList(warnings, field(interpretation, 'coding'), join(interpretationPath, 'coding'))[0];
  return {
    code,
    key: codeKey(code),
    name,
    score: optional(warnings, field(quantity, 'value'), join(scorePath, 'valueQuantity.value'), finite),
    unit:
      optional(warnings, field(score, 'unit'), join(scorePath, 'unit'), anyString) ??
      optional(warnings, field(quantity, 'unit'), join(scorePath, 'valueQuantity.unit'), anyString),
    severity: optional(warnings, field(assessed, 'code'), join(interpretationPath, 'coding[0].code'), severity),
    severityText:
      optional(warnings, field(interpretation, 'text'), join(interpretationPath, 'text'), anyString) ??
      optional(warnings, field(assessed, 'display'), join(interpretationPath, 'coding[0].display'), anyString),
    bands: readParts(warnings, field(score, 'interpretationCategories'), join(scorePath, 'interpretationCategories'), (band, bandPath) =>
      readBand(warnings, band, bandPath),
    ),
    facets: readParts(warnings, field(questionnaire, 'item'), join(path, 'item'), (facet, facetPath) =>
      readFacet(warnings, facet, facetPath),
    ),
    reduction: optional(warnings, field(questionnaire, 'reduction'), join(path, 'reduction'), numberOrString),
    explainabilityMedia: readMedia(warnings, field(questionnaire, 'explainabilityMedia'), join(path, 'explainabilityMedia')),
  };
}

/** A scoring-system facet as a questionnaire item: `code[0]` names it, `answer[0].valueCoding` values it. */
function readFacet(warnings: Warnings, item: unknown, path: string): Facet {
  const facet = requiredRecord(item, path);
  const codePath = join(join(path, 'code'), 0);
  const coding = optionalList(warnings, field(facet, 'code'), join(path, 'code'))[0];
  const code = optional(warnings, field(coding, 'code'), join(codePath, 'code'), text);
  const label = optional(warnings, field(coding, 'display'), join(codePath, 'display'), text) ?? code;
  if (label === null) throw new PartInvalid(codePath, 'expected a facet code or display');
  const answerPath = join(join(path, 'answer'), 0);
  const answer = field(optionalList(warnings, field(facet, 'answer'), join(path, 'answer'))[0], 'valueCoding');
  return {
    code,
    label,
    description: blankToNull(optional(warnings, field(facet, 'text'), join(path, 'text'), anyString)),
    text: optional(warnings, field(answer, 'display'), join(answerPath, 'valueCoding.display'), anyString),
    value: optional(warnings, field(answer, 'code'), join(answerPath, 'valueCoding.code'), finite),
  };
}
