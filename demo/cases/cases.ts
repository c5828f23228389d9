/**
 * The demo's sample cases: what the simulated iframe offers and what the mock upstream
 * serves. All of it is SAMPLE DATA for a demo (not clinical data, not real patients):
 * probabilities, scores and bands are made up but shaped exactly like Legit.Health's
 * published examples. ICD-11 codes were chosen to be plausible for each condition; where
 * no code was checked, the case sends `null`, which the API also does when no mapping exists.
 *
 * Each case has an encrypted-looking id holding `/`, `+` and `=`, so URL-encoding is
 * exercised on every hop.
 */
import type { JsonValue } from '../../src/report/index.ts';
import fhirPsoriasisFixture from '../../fixtures/fhir-psoriasis.json' with { type: 'json' };
import rawAcneV2Fixture from '../../fixtures/raw-acne.json' with { type: 'json' };
import rawAcneV3Fixture from '../../fixtures/raw-v3-acne.json' with { type: 'json' };
import { RETURNING_CASES } from './returning.ts';
import { APASI_LOCAL_SCALE, UCT_SCALE } from './scales.ts';
import type { ConditionSpec, ReportSpec, ScoringSystemSpec } from './spec.ts';

export type RawShape = 'raw-v2' | 'raw-v3';

export interface DemoCase {
  /** Stable short name used by tests and the iframe's picker. */
  key: string;
  label: string;
  /** One line for the tester: what this case exercises. */
  summary: string;
  /** The label and summary as the simulated iframe shows them with `locale=es`. */
  es: { label: string; summary: string };
  encryptedId: string;
  /** What `format=raw` returns for this case. */
  rawShape: RawShape;
  /** Null for the unknown-id case: the upstream answers 404. */
  spec: ReportSpec | null;
  /** A published example served verbatim (images rewritten) for that format, instead of the writer's output. */
  fixture?: { format: 'raw' | 'fhir'; json: JsonValue };
  /**
   * Every other answer (the first, the third…) carries image links that have already expired,
   * as a report held open past the links' half hour would; the answers between carry fresh ones,
   * so the widget's one renewal shows the images.
   */
  staleImageLinks?: true;
  /** An earlier visit of a returning patient: served, but not offered in the iframe's picker. */
  earlierVisitOnly?: true;
  /** A returning patient's earlier visits (encrypted ids, oldest first): the iframe sends them first. */
  earlierVisits?: readonly string[];
}

// ---- Conditions (sample ICD-11 codes, see the note above) ---------------------------------
const c = (code: string, icd11: string | null, name = code): ConditionSpec => ({ code, name, icd11 });
const ACNE = c('Acne', 'ED80');
const VARICELLA = c('Varicella', '1E90');
const PSORIASIS = c('Psoriasis', 'EA90');
const PALMOPLANTAR_PSORIASIS = c('Palmoplantar psoriasis', 'EA90.42, EA90.5Y');
const MELANOMA = c('Cutaneous melanoma', '2C30');
const NEVUS = c('Melanocytic nevus', '2F20.Z');
const SEBORRHEIC_KERATOSIS = c('Seborrheic keratosis', '2F21.0');
const BASAL_CELL_CARCINOMA = c('Basal cell carcinoma', '2C32');
const DERMATOFIBROMA = c('Dermatofibroma', null);
const ECZEMATOUS_DERMATITIS = c('Eczematous dermatitis', 'EA89');
const ALLERGIC_CONTACT_DERMATITIS = c('Allergic contact dermatitis', 'EK00');
const TINEA_CORPORIS = c('Tinea corporis', null);
const PITYRIASIS_ROSEA = c('Pityriasis rosea', null);
const SEBORRHEIC_DERMATITIS = c('Seborrheic dermatitis', 'EA81');
const HIDRADENITIS = c('Hidradenitis suppurativa', 'ED92.0');
const FURUNCLE = c('Furuncle', null);
const EPIDERMOID_CYST = c('Epidermoid cyst', null);
const FOLLICULITIS = c('Folliculitis', null);
const PYODERMA_GANGRENOSUM = c('Pyoderma gangrenosum', null);
const CUTANEOUS_ABSCESS = c('Cutaneous abscess', null);
const URTICARIA = c('Urticaria', 'EB00');
const INSECT_BITE = c('Insect bite reaction', null);
const URTICARIAL_VASCULITIS = c('Urticarial vasculitis', null);
const DRUG_ERUPTION = c('Drug eruption', null);
const MASTOCYTOSIS = c('Mastocytosis', null);

// ---- Scoring systems ------------------------------------------------------------------------
/** From the acne fixtures (ALEGI / alegi). */
const ALEGI: ScoringSystemSpec = {
  code: 'alegi',
  legacyCode: 'ALEGI',
  name: 'Acne lesion estimation grading index',
  score: 8,
  severity: 1,
  severityText: 'Grade 1',
  bands: [
    { text: 'None', min: 0, max: 0, severity: 1 },
    { text: 'Grade 1', min: 0, max: 10, severity: 1 },
    { text: 'Grade 2', min: 10, max: 20, severity: 1 },
  ],
  facets: [
    { code: 'Acne lesion density', name: 'Acne lesion density', description: '', display: 'None (0)', raw: 0 },
    { code: 'Number of lesions', name: 'Number of lesions', description: '', display: 'Mild (0-10)', raw: 5 },
  ],
  reduction: null,
  explainabilityImage: null,
};

/** From the FHIR psoriasis fixture. */
const APASI_LOCAL: ScoringSystemSpec = {
  ...APASI_LOCAL_SCALE,
  score: 6.3,
  severity: 3,
  severityText: 'Severe',
  facets: [
    {
      code: 'Scaling',
      name: 'Scaling',
      description:
        'This value corresponds to the shedding intensity of the outermost layer of skin of the affected zone',
      display: 'Moderate (2)',
      raw: 2,
    },
    {
      code: 'Erythema',
      name: 'Erythema',
      description: 'This value corresponds to the redness intensity of the lesion',
      display: 'Severe (3)',
      raw: 3,
    },
    {
      code: 'Induration',
      name: 'Induration',
      description: 'This value corresponds to the hardening intensity of the lesion',
      display: 'Moderate (2)',
      raw: 2,
    },
    {
      code: 'Affected area',
      name: 'Affected area',
      description:
        'This value corresponds to the percentage of involvement of the specific area of the body you are reporting',
      display: '50% (3)',
      raw: 3,
    },
  ],
  reduction: null,
  explainabilityImage: '/samples/psoriasis-explainability.png',
};

/** IHS4 = nodules + 2 × abscesses + 4 × draining tunnels; bands ≤3 mild, 4–10 moderate, ≥11 severe (upper bound is the demo's). */
const IHS4_LOCAL: ScoringSystemSpec = {
  code: 'ihs4Local',
  legacyCode: 'IHS4_LOCAL',
  name: 'Local international hidradenitis suppurativa severity score system',
  score: 9,
  severity: 2,
  severityText: 'Moderate',
  bands: [
    { text: 'Mild', min: 0, max: 3, severity: 1 },
    { text: 'Moderate', min: 4, max: 10, severity: 2 },
    { text: 'Severe', min: 11, max: 40, severity: 3 },
  ],
  facets: [
    { code: 'Nodule', name: 'Nodules', description: 'Number of inflammatory nodules', display: '3', raw: 3 },
    {
      code: 'Abscess',
      name: 'Abscesses',
      description: 'Number of abscesses (each counts twice)',
      display: '1',
      raw: 1,
    },
    {
      code: 'Draining tunnel',
      name: 'Draining tunnels',
      description: 'Number of draining tunnels (each counts four times)',
      display: '1',
      raw: 1,
    },
  ],
  reduction: null,
  explainabilityImage: null,
};

const dlqiFacet = (n: number, name: string, raw: number) => {
  const words = ['Not at all', 'A little', 'A lot', 'Very much'];
  return { code: `question${n}`, name, description: '', display: `${words[raw] ?? ''} (${raw})`, raw };
};
/** DLQI 0–30 with its usual bands (no effect … extremely large effect). */
const dlqi = (answers: number[]): ScoringSystemSpec => {
  const score = answers.reduce((a, b) => a + b, 0);
  const bands: ScoringSystemSpec['bands'] = [
    { text: 'No effect', min: 0, max: 1, severity: 1 },
    { text: 'Small effect', min: 2, max: 5, severity: 1 },
    { text: 'Moderate effect', min: 6, max: 10, severity: 2 },
    { text: 'Very large effect', min: 11, max: 20, severity: 3 },
    { text: 'Extremely large effect', min: 21, max: 30, severity: 3 },
  ];
  const band = bands.find((b) => score >= b.min && score <= b.max) ?? bands[0]!;
  const names = [
    'Symptoms',
    'Embarrassment',
    'Shopping and home care',
    'Clothing',
    'Social and leisure',
    'Sport',
    'Work and study',
    'Close relationships',
    'Sexual difficulties',
    'Treatment',
  ];
  return {
    code: 'dlqi',
    legacyCode: 'DLQI',
    name: 'Dermatology life quality index',
    score,
    severity: band.severity,
    severityText: band.text,
    bands,
    facets: names.map((name, i) => dlqiFacet(i + 1, name, answers[i] ?? 0)),
    reduction: null,
    explainabilityImage: null,
  };
};

/** Daily urticaria activity score 0–6 (wheals 0–3 + itch 0–3). The band edges are the demo's; they touch at 2 and 4 on purpose. */
const UAS_BANDS: ScoringSystemSpec['bands'] = [
  { text: 'None', min: 0, max: 0, severity: 1 },
  { text: 'Mild', min: 0, max: 2, severity: 1 },
  { text: 'Moderate', min: 2, max: 4, severity: 2 },
  { text: 'Intense', min: 4, max: 6, severity: 3 },
];
const AUAS_LOCAL: ScoringSystemSpec = {
  code: 'auasLocal',
  legacyCode: 'AUAS_LOCAL',
  name: 'Local automatic urticaria activity score',
  score: 5,
  severity: 3,
  severityText: 'Intense',
  bands: UAS_BANDS,
  facets: [
    {
      code: 'Hive number',
      name: 'Hive number',
      description: 'Wheals counted on the image',
      display: 'Intense (3)',
      raw: 3,
    },
    { code: 'Itchiness', name: 'Itchiness', description: 'Reported by the patient', display: 'Moderate (2)', raw: 2 },
  ],
  reduction: null,
  explainabilityImage: null,
};
const UAS: ScoringSystemSpec = {
  code: 'uas',
  legacyCode: 'UAS_LOCAL',
  name: 'Urticaria activity score',
  score: 4,
  severity: 2,
  severityText: 'Moderate',
  bands: UAS_BANDS,
  facets: [
    { code: 'Wheals', name: 'Wheals', description: '', display: 'Moderate (2)', raw: 2 },
    { code: 'Pruritus', name: 'Pruritus', description: '', display: 'Moderate (2)', raw: 2 },
  ],
  reduction: null,
  explainabilityImage: null,
};
const UCT: ScoringSystemSpec = {
  ...UCT_SCALE,
  score: 7,
  severity: 3,
  severityText: 'Poorly controlled',
  facets: [
    { code: 'manifestations', name: 'Physical symptoms', description: '', display: 'Somewhat (2)', raw: 2 },
    { code: 'qualityOfLife', name: 'Quality of life', description: '', display: 'A lot (1)', raw: 1 },
    { code: 'treatmentNotEnough', name: 'Treatment not enough', description: '', display: 'Somewhat (2)', raw: 2 },
    { code: 'overallUnderControl', name: 'Overall under control', description: '', display: 'Somewhat (2)', raw: 2 },
  ],
  reduction: null,
  explainabilityImage: null,
};

// ---- Shared bits ----------------------------------------------------------------------------
const ACNE_ANAMNESIS = [
  {
    question: 'What is the reason for the consultation? How did the problem start? Describe the origin.',
    answer: 'I have acne on my face and neck. It started 2 months ago.',
  },
  { question: 'Do you have any allergies, especially to medications? If yes, list allergies.', answer: 'No' },
];

/** Acne as both raw fixtures describe it (the v2 fixture has three more "No" answers). */
const acneSpec = (image: string, anamnesisExtra: ReportSpec['anamnesis']): ReportSpec => ({
  reportId: '0189bafa-0610-7349-a0ab-eb53695b27fd',
  resultId: '0189bafa-0610-7349-a0ab-eb536a2185f6',
  createdAt: '2023-08-03T12:38:10+02:00',
  visitIdentifier: 'visit identifier',
  extraData: { internalCaseId: 'ABC-123', department: 'dermatology' },
  bodySite: { code: 'headFront', legacyCode: 'HEAD_FRONT', name: 'Face and neck' },
  pathology: ACNE,
  anamnesis: [...ACNE_ANAMNESIS, ...anamnesisExtra],
  metrics: { sensitivity: 83.31, specificity: 99.53, entropy: null },
  findings: {
    hasCondition: 100,
    malignancy: 0.02,
    adjustedMalignancy: null,
    pigmentedLesion: 0,
    urgentReferral: 100,
    highPriorityReferral: 100,
  },
  iaSeconds: 0.88,
  observations: [{ image, modality: 'Clinical', diqaScore: 86 }],
  macroscopicImage: null,
  conclusions: [
    { condition: ACNE, probability: 99.65 },
    { condition: VARICELLA, probability: 0.06 },
  ],
  scoringSystems: [ALEGI],
});

const noFindings = {
  hasCondition: null,
  malignancy: null,
  adjustedMalignancy: null,
  pigmentedLesion: null,
  urgentReferral: null,
  highPriorityReferral: null,
};

// ---- The cases --------------------------------------------------------------------------------
export const DEMO_CASES: readonly DemoCase[] = [
  {
    key: 'acne',
    label: 'Acne (raw v3)',
    summary: 'The published v3 example: acne 99.65%, ALEGI grade 1, face and neck.',
    es: { label: 'Acné (raw v3)', summary: 'El ejemplo v3 publicado: acné 99,65 %, ALEGI grado 1, rostro y cuello.' },
    encryptedId: 'nZL7FJQsV0qXwwv78VJNE/n7QdKRmIlM9rJqepmrhk7gob1D7/a4nHuIPhd+mzU=',
    rawShape: 'raw-v3',
    spec: acneSpec('/samples/acne-closeup.png', []),
    fixture: { format: 'raw', json: rawAcneV3Fixture },
  },
  {
    key: 'acne-v2',
    label: 'Acne (legacy raw v2)',
    summary: 'The same report as a bare v2 object: SCREAMING_SNAKE codes, severity categories, no envelope.',
    es: {
      label: 'Acné (raw v2 heredado)',
      summary: 'El mismo informe como objeto v2 sin sobre: códigos SCREAMING_SNAKE, categorías de gravedad.',
    },
    encryptedId: 'FRwYoWWhugXIUf0qs2y1X4PjEUPOPkzx0QFgxTPT3sW0A0n/Iy0iUGHb+u2/wZE=',
    rawShape: 'raw-v2',
    spec: acneSpec('/samples/acne-face.png', [
      {
        question: 'Are you taking any medication or treatment? If yes, explain what treatment you are taking.',
        answer: 'No',
      },
      { question: 'Do you have any major illness? Have you had anything operated on?', answer: 'No' },
      { question: 'Is there a history of any major illness in your family?', answer: 'No' },
    ]),
    fixture: { format: 'raw', json: rawAcneV2Fixture },
  },
  {
    key: 'psoriasis',
    label: 'Psoriasis (FHIR example)',
    summary: 'The published FHIR example: APASI severe 6.3, two images, a wide shot and a heat map; pathology null.',
    es: {
      label: 'Psoriasis (ejemplo FHIR)',
      summary:
        'El ejemplo FHIR publicado: APASI grave 6,3, dos imágenes, un plano general y un mapa de calor; patología nula.',
    },
    // The FHIR example's own id, which is the encrypted id.
    encryptedId: 'cUVHY3lUcEFSdzdhVklrMXFKS2k5ZzBxaHBYWXNERTNFWjBqR0Rwd3AxeXkrc2hqNDNCdC8rM1NtUVhobEk0eQ==',
    rawShape: 'raw-v3',
    spec: {
      reportId: '0194b1e2-d73e-71ba-9360-7b7a0ffa551b',
      resultId: '0194b1e2-d740-70d6-9435-a3606f0fa491',
      createdAt: '2025-01-29T12:46:57+01:00',
      visitIdentifier: 'XYZ',
      extraData: 'some payload',
      bodySite: { code: 'trunkFront', legacyCode: 'TRUNK_FRONT', name: 'Chest and belly' },
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
      iaSeconds: 0.91670727729797,
      observations: [
        { image: '/samples/psoriasis-plaque-1.png', modality: 'Clinical', diqaScore: 86 },
        { image: '/samples/psoriasis-plaque-2.png', modality: 'Clinical', diqaScore: 92 },
      ],
      macroscopicImage: '/samples/psoriasis-macroscopic.png',
      conclusions: [
        { condition: PSORIASIS, probability: 80 },
        { condition: PALMOPLANTAR_PSORIASIS, probability: 20 },
      ],
      scoringSystems: [APASI_LOCAL],
    },
    fixture: { format: 'fhir', json: fhirPsoriasisFixture },
  },
  {
    key: 'pigmented-lesion',
    label: 'Suspicious pigmented lesion',
    summary: 'Melanoma suspected: malignancy 87.4%, urgent referral 92.3%, clinical and dermoscopic images.',
    es: {
      label: 'Lesión pigmentada sospechosa',
      summary:
        'Sospecha de melanoma: malignidad 87,4 %, derivación urgente 92,3 %, imágenes clínicas y dermatoscópicas.',
    },
    encryptedId: '/MXHJWccTPLGlk9PBpPTS7a5D+8pmEFKaUtoe/TDv6W1b7jfyb+AzdO/CjvBJaA=',
    rawShape: 'raw-v3',
    spec: {
      reportId: '0195c3a1-5b2e-7c11-8d3f-2a6e4b9c1d07',
      resultId: '0195c3a1-5b31-7f02-9a44-81c2d6e0f3b5',
      createdAt: '2025-03-18T09:14:02+01:00',
      visitIdentifier: 'VISIT-2025-0318-004',
      extraData: { internalCaseId: 'DERM-7731', department: 'dermatology' },
      bodySite: { code: 'trunkBack', legacyCode: 'TRUNK_BACK', name: 'Back' },
      pathology: MELANOMA,
      anamnesis: [
        {
          question: 'What is the reason for the consultation? How did the problem start? Describe the origin.',
          answer: 'A mole on my back has grown and darkened over the last 3 months.',
        },
        {
          question: 'Is there a history of any major illness in your family?',
          answer: 'My father had a melanoma removed.',
        },
      ],
      metrics: { sensitivity: 88.12, specificity: 91.37, entropy: 41.7 },
      findings: {
        hasCondition: 100,
        malignancy: 87.4,
        adjustedMalignancy: 81.2,
        pigmentedLesion: 99.1,
        urgentReferral: 92.3,
        highPriorityReferral: 97.8,
      },
      iaSeconds: 1.12,
      observations: [
        { image: '/samples/pigmented-lesion-clinical.png', modality: 'Clinical', diqaScore: 91 },
        { image: '/samples/pigmented-lesion-dermoscopy.png', modality: 'Dermoscopic', diqaScore: 78 },
      ],
      macroscopicImage: null,
      conclusions: [
        { condition: MELANOMA, probability: 71.2 },
        { condition: NEVUS, probability: 17.6 },
        { condition: SEBORRHEIC_KERATOSIS, probability: 8.9 },
        { condition: BASAL_CELL_CARCINOMA, probability: 1.7 },
        { condition: DERMATOFIBROMA, probability: 0.6 },
      ],
      // No 7-point checklist (sevenPc): its bands are not published, and the demo does not invent them.
      scoringSystems: [],
    },
  },
  {
    key: 'inconclusive',
    label: 'Inconclusive rash (no pathology, no scores)',
    summary: 'pathology null, no scoring systems, some findings null and urgent referral a real 0.',
    es: {
      label: 'Erupción no concluyente (sin patología ni puntuaciones)',
      summary:
        'Patología nula, sin sistemas de puntuación, algunos hallazgos nulos y una derivación urgente de 0 real.',
    },
    encryptedId: '7SuCqkq6WZhJC7fRQ5jsmrXc7w7MwFxy90n5M+dl4h8GgOiIF/72bgqo14hvTxI=',
    rawShape: 'raw-v3',
    spec: {
      reportId: '0195d0f4-20aa-7e65-b1c9-5f7d3e2a9b18',
      resultId: '0195d0f4-20ad-7a13-8e02-c4b1a7f5d960',
      createdAt: '2025-04-02T16:40:51+02:00',
      visitIdentifier: null,
      extraData: null,
      bodySite: { code: 'armLeft', legacyCode: 'ARM_LEFT', name: 'Left arm' },
      pathology: null,
      anamnesis: [],
      metrics: { sensitivity: null, specificity: null, entropy: 78.9 },
      findings: {
        hasCondition: 94.2,
        malignancy: 0.3,
        adjustedMalignancy: null,
        pigmentedLesion: null,
        urgentReferral: 0,
        highPriorityReferral: 12.6,
      },
      iaSeconds: 0.97,
      observations: [{ image: '/samples/dermatitis-arm.png', modality: 'Clinical', diqaScore: 64 }],
      macroscopicImage: null,
      conclusions: [
        { condition: ECZEMATOUS_DERMATITIS, probability: 31.4 },
        { condition: ALLERGIC_CONTACT_DERMATITIS, probability: 24.8 },
        { condition: PSORIASIS, probability: 17.5 },
        { condition: TINEA_CORPORIS, probability: 12.3 },
        { condition: PITYRIASIS_ROSEA, probability: 8.2 },
      ],
      scoringSystems: [],
    },
  },
  {
    key: 'expired-images',
    label: 'Expired image links',
    summary:
      'Seborrheic dermatitis whose signed image URLs have expired (the images 404); the widget renews them once and they show.',
    es: {
      label: 'Enlaces de imagen caducados',
      summary:
        'Dermatitis seborreica cuyas URL de imagen firmadas han caducado (las imágenes dan 404); el widget las renueva una vez y se ven.',
    },
    encryptedId: 'fsqWsENfi+sSDXqu3djpkPH0r/+gY80teFiBYll6qmBBCfD30MtuKSkpGNm7mzo=',
    rawShape: 'raw-v3',
    staleImageLinks: true,
    spec: {
      reportId: '0195a7e2-8c04-7d29-a6b3-0e9f1c5d7a42',
      resultId: '0195a7e2-8c07-73c8-b5d1-6a2e9f0c4b13',
      createdAt: '2025-02-11T10:05:33+01:00',
      visitIdentifier: 'VISIT-2025-0211-017',
      extraData: 'follow-up',
      bodySite: { code: 'headFront', legacyCode: 'HEAD_FRONT', name: 'Face and neck' },
      pathology: SEBORRHEIC_DERMATITIS,
      anamnesis: [],
      metrics: { sensitivity: 86.4, specificity: 95.1, entropy: 22.5 },
      findings: {
        ...noFindings,
        hasCondition: 99.2,
        malignancy: 0.01,
        pigmentedLesion: 0.4,
        urgentReferral: 3.1,
        highPriorityReferral: 18.7,
      },
      iaSeconds: 0.84,
      observations: [
        { image: '/samples/seborrheic-face-1.png', modality: 'Clinical', diqaScore: 88 },
        { image: '/samples/seborrheic-face-2.png', modality: 'Clinical', diqaScore: 71 },
      ],
      macroscopicImage: null,
      conclusions: [
        { condition: SEBORRHEIC_DERMATITIS, probability: 93.6 },
        { condition: PSORIASIS, probability: 4.1 },
        { condition: ECZEMATOUS_DERMATITIS, probability: 2.3 },
      ],
      scoringSystems: [],
    },
  },
  {
    key: 'hidradenitis',
    label: 'Hidradenitis suppurativa (many conclusions)',
    summary: 'Seven conclusions, IHS4 moderate 9 and DLQI very large effect 14.',
    es: {
      label: 'Hidradenitis supurativa (muchas conclusiones)',
      summary: 'Siete conclusiones, IHS4 moderado 9 y DLQI efecto muy grande 14.',
    },
    encryptedId: 'GOmN2hK0XxpVIwIgI9AB7pbJ3dETxt8/w+BYObermpepMqzqkii3jgfGNLoSfZ0=',
    rawShape: 'raw-v3',
    spec: {
      reportId: '0195e6b0-3d1f-7b84-9c25-7a0d4f8e2c61',
      resultId: '0195e6b0-3d22-70f9-a813-2c5b9e7d1f04',
      createdAt: '2025-04-22T11:27:09+02:00',
      visitIdentifier: 'VISIT-2025-0422-002',
      extraData: { internalCaseId: 'DERM-8120', department: 'dermatology' },
      bodySite: { code: 'armRight', legacyCode: 'ARM_RIGHT', name: 'Right arm' },
      pathology: HIDRADENITIS,
      anamnesis: [
        {
          question: 'What is the reason for the consultation? How did the problem start? Describe the origin.',
          answer: 'Painful lumps in the armpit that come back every few weeks.',
        },
      ],
      metrics: { sensitivity: 90.2, specificity: 97.9, entropy: 18.4 },
      findings: {
        hasCondition: 100,
        malignancy: 0.08,
        adjustedMalignancy: 0.05,
        pigmentedLesion: 0.2,
        urgentReferral: 6.4,
        highPriorityReferral: 58.3,
      },
      iaSeconds: 1.04,
      observations: [{ image: '/samples/hidradenitis-axilla.png', modality: 'Clinical', diqaScore: 83 }],
      macroscopicImage: null,
      conclusions: [
        { condition: HIDRADENITIS, probability: 78.6 },
        { condition: FURUNCLE, probability: 8.9 },
        { condition: EPIDERMOID_CYST, probability: 5.1 },
        { condition: ACNE, probability: 3.3 },
        { condition: FOLLICULITIS, probability: 2.4 },
        { condition: PYODERMA_GANGRENOSUM, probability: 0.9 },
        { condition: CUTANEOUS_ABSCESS, probability: 0.5 },
      ],
      scoringSystems: [IHS4_LOCAL, dlqi([3, 2, 1, 2, 2, 1, 1, 1, 0, 1])],
    },
  },
  {
    key: 'urticaria',
    label: 'Urticaria (several scoring systems)',
    summary: 'AUAS, UAS, UCT and DLQI; bands touching at their edges; a 0.004% conclusion.',
    es: {
      label: 'Urticaria (varios sistemas de puntuación)',
      summary: 'AUAS, UAS, UCT y DLQI; bandas que se tocan en sus bordes; una conclusión de 0,004 %.',
    },
    encryptedId: '/6+8sjZ4IO3H2ub5yPFF75Wv23Ch21rnrlWAXZeL5CcDXz2dvPmEI06KX9UpLzI=',
    rawShape: 'raw-v3',
    spec: {
      reportId: '0195f1c7-9e40-7a5b-8d16-3b7c0e4f9a25',
      resultId: '0195f1c7-9e43-7c02-b9a7-5d1e8f2c6b30',
      createdAt: '2025-05-06T08:52:44+02:00',
      visitIdentifier: 'VISIT-2025-0506-011',
      extraData: { internalCaseId: 'DERM-8342', department: 'allergy' },
      bodySite: { code: 'trunkBack', legacyCode: 'TRUNK_BACK', name: 'Back' },
      pathology: URTICARIA,
      anamnesis: [
        {
          question: 'What is the reason for the consultation? How did the problem start? Describe the origin.',
          answer: 'Itchy welts on my back for 8 weeks, they move around during the day.',
        },
      ],
      metrics: { sensitivity: 92.8, specificity: 98.4, entropy: 12.1 },
      findings: {
        hasCondition: 100,
        malignancy: 0,
        adjustedMalignancy: 0,
        pigmentedLesion: 0.1,
        urgentReferral: 14.2,
        highPriorityReferral: 41.5,
      },
      iaSeconds: 0.93,
      observations: [{ image: '/samples/urticaria-wheals.png', modality: 'Clinical', diqaScore: 89 }],
      macroscopicImage: null,
      conclusions: [
        { condition: URTICARIA, probability: 88.2 },
        { condition: INSECT_BITE, probability: 4.6 },
        { condition: URTICARIAL_VASCULITIS, probability: 2.9 },
        { condition: ALLERGIC_CONTACT_DERMATITIS, probability: 1.8 },
        { condition: DRUG_ERUPTION, probability: 0.7 },
        { condition: MASTOCYTOSIS, probability: 0.004 },
      ],
      scoringSystems: [AUAS_LOCAL, UAS, UCT, dlqi([2, 1, 1, 1, 1, 0, 1, 0, 0, 1])],
    },
  },
  {
    key: 'unknown',
    label: 'Unknown report id (404)',
    summary: 'An id the upstream does not know: the widget should show "not found" with a retry.',
    es: {
      label: 'Id de informe desconocido (404)',
      summary: 'Un id que la API no conoce: el widget debería mostrar «no encontrado» con un botón para reintentar.',
    },
    encryptedId: '3aoPVaBwSKlS29uOXmncHA8KUnqz/NGdf5515+jMUkj1NkT1wUlyDV/DcgAb2K4=',
    rawShape: 'raw-v3',
    spec: null,
  },
  ...RETURNING_CASES,
];

export function findCaseById(encryptedId: string): DemoCase | undefined {
  return DEMO_CASES.find((c) => c.encryptedId === encryptedId);
}

export function findCaseByKey(key: string): DemoCase | undefined {
  return DEMO_CASES.find((c) => c.key === key);
}

/** What the simulated iframe needs to offer the cases (no report content), in its language. */
export function caseSummaries(
  locale: 'en' | 'es' = 'en',
): Array<{ key: string; label: string; summary: string; id: string; earlier: readonly string[] }> {
  return DEMO_CASES.filter((c) => !c.earlierVisitOnly).map((c) => {
    const text = locale === 'es' ? c.es : c;
    return { key: c.key, label: text.label, summary: text.summary, id: c.encryptedId, earlier: c.earlierVisits ?? [] };
  });
}
