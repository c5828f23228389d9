/**
 * The three published fixtures as the model must read them, written out in full:
 * every field, so a change to any reading shows up as a failing assertion.
 */
import type { DiagnosticReport, ScoringSystem } from '../../../src/report/model';

const S3_IMAGE = 'https://legit-dev.s3.eu-west-3.amazonaws.com/diagnostic-report-medias/bbb.png';
const VIEWER_URL = 'https://iframe.legit.health?companyId=XXXX&diagnosticReportId=signedId';

const ACNE_QUESTIONS = [
  {
    question: 'What is the reason for the consultation? How did the problem start? Describe the origin.',
    answer: 'I have acne on my face and neck. It started 2 months ago.',
  },
  { question: 'Do you have any allergies, especially to medications? If yes, list allergies.', answer: 'No' },
  {
    question: 'Are you taking any medication or treatment? If yes, explain what treatment you are taking.',
    answer: 'No',
  },
  { question: 'Do you have any major illness? Have you had anything operated on?', answer: 'No' },
  { question: 'Is there a history of any major illness in your family?', answer: 'No' },
];

const alegi = (code: string, bandCodes: boolean): ScoringSystem => ({
  code,
  key: 'alegi',
  name: 'Acne lesion estimation grading index',
  score: 8,
  unit: null,
  severity: 1,
  severityText: null,
  bands: [
    { code: bandCodes ? 'None' : null, label: 'None', min: 0, max: 0, severity: 1, severityLabel: 'low' },
    { code: bandCodes ? 'Grade 1' : null, label: 'Grade 1', min: 0, max: 10, severity: 1, severityLabel: 'low' },
    { code: bandCodes ? 'Grade 2' : null, label: 'Grade 2', min: 10, max: 20, severity: 1, severityLabel: 'low' },
  ],
  facets: [
    // The wire's empty description means "none".
    { code: null, label: 'Acne lesion density', description: null, text: 'None (0)', value: 0 },
    { code: null, label: 'Number of lesions', description: null, text: 'Mild (0-10)', value: 5 },
  ],
  reduction: null,
  explainabilityMedia: null,
});

const acneCommon = {
  id: '0189bafa-0610-7349-a0ab-eb53695b27fd',
  resultId: '0189bafa-0610-7349-a0ab-eb536a2185f6',
  issuedAt: '2023-08-03T12:38:10+02:00',
  links: { viewerUrl: VIEWER_URL, patientViewerUrl: null, hasPdf: true },
  visitIdentifier: 'visit identifier',
  pathology: { code: 'Acne', key: 'acne', name: 'Acne', icd11: ['ED80'] },
  metrics: { sensitivity: 83.31, specificity: 99.53, entropy: null },
  findings: {
    hasCondition: 100,
    malignancy: 0.02,
    adjustedMalignancy: null,
    pigmentedLesion: 0,
    urgentReferral: 100,
    highPriorityReferral: 100,
  },
  analysisDurationSeconds: 0.88,
  macroscopicMedia: null,
  observations: [{ type: 'Image', url: S3_IMAGE, modality: 'Clinical', diqaScore: 86 }],
  conclusions: [
    { code: 'Acne', key: 'acne', name: 'Acne', icd11: ['ED80'], probability: 99.65 },
    { code: 'Varicella', key: 'varicella', name: 'Varicella', icd11: ['1E90'], probability: 0.06 },
  ],
  warnings: [],
} satisfies Partial<DiagnosticReport>;

export const RAW_V2_ACNE: DiagnosticReport = {
  ...acneCommon,
  source: 'raw-v2',
  extraData: 'some extra data',
  bodySite: { code: 'HEAD_FRONT', key: 'headfront', display: 'Face and neck' },
  anamnesis: ACNE_QUESTIONS,
  scoringSystems: [alegi('ALEGI', true)],
};

export const RAW_V3_ACNE: DiagnosticReport = {
  ...acneCommon,
  source: 'raw-v3',
  extraData: { internalCaseId: 'ABC-123', department: 'dermatology' },
  bodySite: { code: 'headFront', key: 'headfront', display: 'Face and neck' },
  anamnesis: ACNE_QUESTIONS.slice(0, 2),
  scoringSystems: [alegi('alegi', false)],
};

const apasiFacet = (code: string, description: string, text: string, value: number) => ({
  code,
  label: code,
  description,
  text,
  value,
});

export const FHIR_PSORIASIS: DiagnosticReport = {
  source: 'fhir',
  id: 'cUVHY3lUcEFSdzdhVklrMXFKS2k5ZzBxaHBYWXNERTNFWjBqR0Rwd3AxeXkrc2hqNDNCdC8rM1NtUVhobEk0eQ==',
  resultId: '0194b1e2-d740-70d6-9435-a3606f0fa491',
  issuedAt: '2025-01-29T12:46:57+01:00',
  links: { viewerUrl: VIEWER_URL, patientViewerUrl: null, hasPdf: true },
  extraData: 'some payload',
  visitIdentifier: 'XYZ',
  bodySite: { code: 'TRUNK_FRONT', key: 'trunkfront', display: 'Chest and belly' },
  pathology: null,
  anamnesis: [{ question: 'Question one', answer: 'answer' }],
  metrics: { sensitivity: 91.16, specificity: 96.58, entropy: null },
  findings: {
    hasCondition: 100,
    malignancy: 0,
    adjustedMalignancy: null,
    pigmentedLesion: null,
    urgentReferral: null,
    highPriorityReferral: null,
  },
  analysisDurationSeconds: 0.91670727729797,
  macroscopicMedia: { type: 'Image', url: S3_IMAGE, annotations: [] },
  observations: [
    { type: 'Image', url: S3_IMAGE, modality: 'Clinical', diqaScore: 86 },
    { type: 'Image', url: S3_IMAGE, modality: 'Clinical', diqaScore: 92 },
  ],
  conclusions: [
    { code: 'Psoriasis', key: 'psoriasis', name: 'Psoriasis', icd11: ['EA90'], probability: 80 },
    {
      code: 'Palmoplantar psoriasis',
      key: 'palmoplantarpsoriasis',
      name: 'Palmoplantar psoriasis',
      icd11: ['EA90.42', 'EA90.5Y'],
      probability: 20,
    },
  ],
  scoringSystems: [
    {
      code: 'APASI_LOCAL',
      key: 'apasilocal',
      name: 'Local automatic psoriasis area and severity index',
      score: 6.3,
      unit: 'points',
      severity: 3,
      severityText: 'Severe',
      bands: [
        { code: null, label: 'None', min: 0, max: 0, severity: 1, severityLabel: 'low' },
        { code: null, label: 'Mild', min: 0, max: 2.1, severity: 1, severityLabel: 'low' },
        { code: null, label: 'Moderate', min: 2.1, max: 4.5, severity: 2, severityLabel: 'moderate' },
        { code: null, label: 'Severe', min: 4.5, max: 21.6, severity: 3, severityLabel: 'high' },
      ],
      facets: [
        apasiFacet(
          'Scaling',
          'This value corresponds to the shedding intensity of the outermost layer of skin of the affected zone',
          'Moderate (2)',
          2,
        ),
        apasiFacet('Erythema', 'This value corresponds to the redness intensity of the lesion', 'Severe (3)', 3),
        apasiFacet('Induration', 'This value corresponds to the hardening intensity of the lesion', 'Moderate (2)', 2),
        apasiFacet(
          'Affected area',
          'This value corresponds to the percentage of involvement of the specific area of the body you are reporting',
          '50% (3)',
          3,
        ),
      ],
      reduction: null,
      explainabilityMedia: { type: 'Image', url: S3_IMAGE, annotations: [] },
    },
  ],
  warnings: [],
};
