/**
 * Reads Legit.Health's FHIR shape: a `DiagnosticReport` whose indicators are
 * Observation components keyed by code, whose conditions are codings (the
 * ICD-11 one may hold several comma-separated codes, or none), and whose
 * scoring systems are QuestionnaireResponses.
 */
import type { AnnotatedMedia, BodySite, DiagnosticReport, Facet, Pathology, ScoringSystem } from './model';
import { readAnnotations } from './annotations';
import { readBand } from './bands';
import { codeKey } from './codes';
import { readExtraData } from './extra-data';
import { splitIcd11 } from './icd11';
import { readFindings, readMetrics, type Locate } from './indicators';
import { readPdfOffer } from './links';
import { conclusionReader, observationReader, readEssentials, readMediaFields, readOptionalPart } from './parts';
import { rankConclusions } from './rank';
import { checkInterpretation } from './score-agreement';
import { blankToNull, optionalList, pick, pickFirst, pickRecord, pickUrl, type Warnings } from './read/lenient';
import { field, isRecord, join, type JsonRecord } from './read/path';
import { anyText, finite, nonNegative, numberOrString, severity, nonBlankText, timestamp } from './read/rules';
import { PartInvalid, pickParts, pickRequired, required, requiredRecord, type ReadPart } from './read/strict';
import type { UrlPolicy } from './url-policy';

export function readFhirReport(body: JsonRecord, base: string, policy: UrlPolicy): DiagnosticReport {
  const { warnings, id, result, resultPath } = readEssentials(body, base);
  const formPath = join(base, 'presentedForm');
  const form = pickRecord(warnings, body, base, 'presentedForm');
  const practitionerPath = join(formPath, 'practitioner');
  const practitioner = pickRecord(warnings, form, formPath, 'practitioner');
  const patientPath = join(formPath, 'patient');
  const patient = pickRecord(warnings, form, formPath, 'patient');
  const practitionerPdf = readPdfOffer(warnings, field(practitioner, 'pdf'), join(practitionerPath, 'pdf'));
  const patientPdf = readPdfOffer(warnings, field(patient, 'pdf'), join(patientPath, 'pdf'));

  const conditionPath = join(base, 'condition');
  const condition = pickRecord(warnings, body, base, 'condition');
  const anamnesisPath = join(base, 'anamnesisGeneral');
  const anamnesis = pickRecord(warnings, body, base, 'anamnesisGeneral');

  return {
    source: 'fhir',
    id,
    resultId: pick(warnings, result, resultPath, 'id', nonBlankText),
    issuedAt: pick(warnings, body, base, 'issued', timestamp),
    links: {
      viewerUrl: pickUrl(warnings, practitioner, practitionerPath, 'url', policy),
      patientViewerUrl: pickUrl(warnings, patient, patientPath, 'url', policy),
      hasPdf: practitionerPdf || patientPdf,
    },
    extraData: readExtraData(warnings, field(body, 'extraData'), join(base, 'extraData')),
    visitIdentifier: pick(warnings, body, base, 'encounter.identifier.value', anyText),
    bodySite: readOptionalPart(warnings, condition, conditionPath, 'bodySite', readBodySite),
    pathology: readOptionalPart(warnings, condition, conditionPath, 'pathology', readCondition),
    anamnesis: pickParts(warnings, anamnesis, anamnesisPath, 'item', (_, item, path) => ({
      question: pickRequired(requiredRecord(item, path), path, 'text', nonBlankText),
      answer: readAnswers(warnings, field(item, 'answer'), join(path, 'answer')),
    })),
    metrics: readMetrics(warnings, componentsByCode(warnings, result, resultPath, 'performanceIndicators')),
    findings: readFindings(warnings, componentsByCode(warnings, result, resultPath, 'clinicalIndicators')),
    analysisDurationSeconds: pick(warnings, result, resultPath, 'analysisDuration', nonNegative),
    macroscopicMedia: readMedia(warnings, body, base, 'macroscopicMedia', policy),
    observations: pickParts(warnings, result, resultPath, 'observations', observationReader('content.url', policy)),
    conclusions: rankConclusions(
      pickParts(warnings, result, resultPath, 'conclusions', conclusionReader(readCondition)),
    ),
    scoringSystems: pickParts(warnings, result, resultPath, 'questionnaires', questionnaireReader(policy)),
    warnings,
  };
}

const isIcd11System = (system: unknown): boolean =>
  typeof system === 'string' && (codeKey(system) === 'icd11' || system.startsWith('http://id.who.int/icd'));

/** The first coding of a CodeableConcept that has a usable code. */
function firstCoding(warnings: Warnings, concept: unknown, path: string): JsonRecord | undefined {
  return optionalList(warnings, field(concept, 'coding'), join(path, 'coding'))
    .filter(isRecord)
    .find((c) => nonBlankText.test(field(c, 'code')));
}

function readBodySite(warnings: Warnings, value: unknown, path: string): BodySite {
  const coding = firstCoding(warnings, requiredRecord(value, path), path);
  const codingPath = join(path, 'coding[]');
  const code = pickRequired(coding, codingPath, 'code', nonBlankText);
  return { code, key: codeKey(code), display: pick(warnings, coding, codingPath, 'display', anyText) };
}

/** A condition coded twice: Legit.Health's own code, and ICD-11 (zero, one or several codes). */
function readCondition(warnings: Warnings, value: unknown, path: string): Pathology {
  const codingPath = join(path, 'coding');
  const codings = optionalList(warnings, field(requiredRecord(value, path), 'coding'), codingPath);
  let own: { code: string; name: string } | undefined;
  const icd11: string[] = [];
  codings.forEach((coding, i) => {
    const code = field(coding, 'code');
    const itemPath = join(codingPath, i);
    if (isIcd11System(field(coding, 'system'))) icd11.push(...splitIcd11(warnings, code, join(itemPath, 'code')));
    else if (own === undefined && nonBlankText.test(code))
      own = { code, name: pick(warnings, coding, itemPath, 'display', nonBlankText) ?? code };
  });
  if (own === undefined) throw new PartInvalid(codingPath, 'expected a coding with a condition code');
  return { code: own.code, key: codeKey(own.code), name: own.name, icd11 };
}

/** FHIR answers as one text: strings as sent, codings by their display, numbers and booleans as written. */
function readAnswers(warnings: Warnings, value: unknown, path: string): string | null {
  const words: string[] = [];
  optionalList(warnings, value, path).forEach((answer, i) => {
    const word = answerWord(answer);
    if (word === null)
      warnings.push({ path: join(path, i), reason: 'expected a string, coding, number or boolean answer' });
    else words.push(word);
  });
  return words.length === 0 ? null : words.join(', ');
}

const ANSWER_KEYS = ['valueString', 'valueCoding.display', 'valueInteger', 'valueDecimal', 'valueBoolean'];

function answerWord(answer: unknown): string | null {
  for (const key of ANSWER_KEYS) {
    const candidate = key.split('.').reduce<unknown>((value, part) => field(value, part), answer);
    if (typeof candidate === 'string' || typeof candidate === 'boolean') return String(candidate);
    if (typeof candidate === 'number' && Number.isFinite(candidate)) return String(candidate);
  }
  return null;
}

/** Observation components keyed by code, e.g. `sensitivity` → its `valueQuantity.value`. */
function componentsByCode(warnings: Warnings, record: JsonRecord, recordPath: string, key: string): Locate {
  const path = join(recordPath, key);
  const componentPath = join(path, 'component');
  const byKey = new Map<string, { value: unknown; path: string }>();
  const observation = pickRecord(warnings, record, recordPath, key);
  optionalList(warnings, field(observation, 'component'), componentPath).forEach((component, i) => {
    const itemPath = join(componentPath, i);
    const code = field(firstCoding(warnings, field(component, 'code'), join(itemPath, 'code')), 'code');
    if (typeof code !== 'string') {
      warnings.push({ path: itemPath, reason: 'expected a component with a coded name' });
    } else if (byKey.has(codeKey(code))) {
      warnings.push({ path: itemPath, reason: 'repeats an earlier component; the first is kept' });
    } else {
      byKey.set(codeKey(code), {
        value: field(field(component, 'valueQuantity'), 'value'),
        path: join(itemPath, 'valueQuantity.value'),
      });
    }
  });
  return (name) => byKey.get(codeKey(name)) ?? { value: undefined, path: componentPath };
}

function readMedia(
  warnings: Warnings,
  record: unknown,
  path: string,
  key: string,
  policy: UrlPolicy,
): AnnotatedMedia | null {
  const media = pickRecord(warnings, record, path, key);
  const mediaPath = join(path, key);
  return (
    media && {
      ...readMediaFields(warnings, media, mediaPath, 'content.url', policy),
      annotations: readAnnotations(warnings, field(media, 'annotations'), join(mediaPath, 'annotations')),
    }
  );
}

const questionnaireReader =
  (policy: UrlPolicy): ReadPart<ScoringSystem> =>
  (warnings, item, path) =>
    readQuestionnaire(warnings, item, path, policy);

function readQuestionnaire(warnings: Warnings, item: unknown, path: string, policy: UrlPolicy): ScoringSystem {
  const questionnaire = requiredRecord(item, path);
  const idPath = join(path, 'scoringSystem');
  const identity = field(questionnaire, 'scoringSystem');
  const coding = firstCoding(warnings, identity, idPath);
  const code = required(
    field(coding, 'code') ?? field(questionnaire, 'questionnaire'),
    join(path, 'questionnaire'),
    nonBlankText,
  );
  const name =
    pick(warnings, identity, idPath, 'text', nonBlankText) ??
    pick(warnings, coding, join(idPath, 'coding[]'), 'display', nonBlankText) ??
    code;

  const scorePath = join(path, 'score');
  const score = pickRecord(warnings, questionnaire, path, 'score');
  const interpretationPath = join(scorePath, 'interpretation');
  const interpretation = pickRecord(warnings, score, scorePath, 'interpretation');
  const assessedPath = join(interpretationPath, 'coding[0]');
  const assessed = pickFirst(warnings, interpretation, interpretationPath, 'coding');
  const scoring: ScoringSystem = {
    code,
    key: codeKey(code),
    name,
    score: pick(warnings, score, scorePath, 'valueQuantity.value', finite),
    unit:
      pick(warnings, score, scorePath, 'unit', anyText) ??
      pick(warnings, score, scorePath, 'valueQuantity.unit', anyText),
    severity: pick(warnings, assessed, assessedPath, 'code', severity),
    severityText:
      pick(warnings, interpretation, interpretationPath, 'text', anyText) ??
      pick(warnings, assessed, assessedPath, 'display', anyText),
    bands: pickParts(warnings, score, scorePath, 'interpretationCategories', readBand),
    facets: pickParts(warnings, questionnaire, path, 'item', readFacet),
    reduction: pick(warnings, questionnaire, path, 'reduction', numberOrString),
    explainabilityMedia: readMedia(warnings, questionnaire, path, 'explainabilityMedia', policy),
  };
  checkInterpretation(warnings, scoring, interpretationPath);
  return scoring;
}

/** A scoring-system facet as a questionnaire item: `code[0]` names it, `answer[0].valueCoding` values it. */
function readFacet(warnings: Warnings, item: unknown, path: string): Facet {
  const facet = requiredRecord(item, path);
  const codePath = join(path, 'code[0]');
  const coding = pickFirst(warnings, facet, path, 'code');
  const code = pick(warnings, coding, codePath, 'code', nonBlankText);
  const label = pick(warnings, coding, codePath, 'display', nonBlankText) ?? code;
  if (label === null) throw new PartInvalid(codePath, 'expected a facet code or display');
  const answerPath = join(path, 'answer[0].valueCoding');
  const answer = field(pickFirst(warnings, facet, path, 'answer'), 'valueCoding');
  return {
    code,
    label,
    description: blankToNull(pick(warnings, facet, path, 'text', anyText)),
    text: pick(warnings, answer, answerPath, 'display', anyText),
    value: pick(warnings, answer, answerPath, 'code', finite),
  };
}
