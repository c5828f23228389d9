/**
 * Two returning patients, for the Progress section: SAMPLE DATA, not clinical data.
 * - psoriasis on the left elbow, three visits, APASI falling under treatment (the first visit
 *   came through the older API, raw v2: `APASI_LOCAL`, `ELBOW_LEFT`);
 * - chronic urticaria on the back, two visits, the urticaria control test (UCT) rising: a
 *   higher UCT is better controlled, which the report's own bands say.
 * Only each patient's latest visit is in the simulated iframe's picker; finishing it sends the
 * earlier visits' analyses first, as the patient's earlier consultations would have.
 */
import type { DemoCase } from './cases.ts';
import { APASI_LOCAL_SCALE, UCT_SCALE } from './scales.ts';
import type { ConditionSpec, ReportSpec, ScoringSystemSpec, Severity } from './spec.ts';

const PSORIASIS: ConditionSpec = { code: 'Psoriasis', name: 'Psoriasis', icd11: 'EA90' };
const ECZEMA: ConditionSpec = { code: 'Eczematous dermatitis', name: 'Eczematous dermatitis', icd11: 'EA89' };
const LICHEN: ConditionSpec = { code: 'Lichen simplex chronicus', name: 'Lichen simplex chronicus', icd11: null };
const URTICARIA: ConditionSpec = { code: 'Urticaria', name: 'Urticaria', icd11: 'EB00' };
const INSECT_BITE: ConditionSpec = { code: 'Insect bite reaction', name: 'Insect bite reaction', icd11: null };

/** An APASI score on the FHIR example's bands, with its four signs. */
function apasi(score: number, severity: Severity, severityText: string, signs: [number, number, number, number]) {
  const words = ['None', 'Mild', 'Moderate', 'Severe', 'Very severe'];
  const facet = (code: string, raw: number) => ({
    code,
    name: code,
    description: '',
    display: `${words[raw]} (${raw})`,
    raw,
  });
  const system: ScoringSystemSpec = {
    ...APASI_LOCAL_SCALE,
    score,
    severity,
    severityText,
    facets: [
      facet('Erythema', signs[0]),
      facet('Induration', signs[1]),
      facet('Scaling', signs[2]),
      {
        code: 'Affected area',
        name: 'Affected area',
        description: '',
        display: `${['0%', 'under 10%', '10–29%', '30–49%', '50–69%'][signs[3]]} (${signs[3]})`,
        raw: signs[3],
      },
    ],
    reduction: null,
    explainabilityImage: null,
  };
  return system;
}

/** UCT 0–16, as in the urticaria case: a higher score is better controlled. */
function uct(score: number, severity: Severity, severityText: string): ScoringSystemSpec {
  return {
    ...UCT_SCALE,
    score,
    severity,
    severityText,
    facets: [],
    reduction: null,
    explainabilityImage: null,
  };
}

const noUrgency = (hasCondition: number) => ({
  hasCondition,
  malignancy: 0.1,
  adjustedMalignancy: 0.1,
  pigmentedLesion: 0.2,
  urgentReferral: 1.2,
  highPriorityReferral: 8.4,
});

function psoriasisVisit(n: 1 | 2 | 3, createdAt: string, system: ScoringSystemSpec, top: number): ReportSpec {
  return {
    reportId: `0196a0c2-1e0${n}-7a10-8b2c-4d5e6f70812${n}`,
    resultId: `0196a0c2-1e0${n}-7a13-9c3d-5e6f7081923${n}`,
    createdAt,
    visitIdentifier: `PSO-2025-00${n}`,
    extraData: { internalCaseId: 'DERM-9001', department: 'dermatology' },
    bodySite: { code: 'elbowLeft', legacyCode: 'ELBOW_LEFT', name: 'Left elbow' },
    pathology: PSORIASIS,
    anamnesis: [],
    metrics: { sensitivity: 91.16, specificity: 96.58, entropy: 14.2 + n * 3 },
    findings: noUrgency(100 - n),
    iaSeconds: 0.9,
    observations: [{ image: `/samples/psoriasis-elbow-${n}.png`, modality: 'Clinical', diqaScore: 84 + n }],
    macroscopicImage: null,
    conclusions: [
      { condition: PSORIASIS, probability: top },
      { condition: ECZEMA, probability: Number(((100 - top) * 0.7).toFixed(1)) },
      { condition: LICHEN, probability: Number(((100 - top) * 0.3).toFixed(1)) },
    ],
    scoringSystems: [system],
  };
}

function urticariaVisit(n: 1 | 2, createdAt: string, system: ScoringSystemSpec, image: string): ReportSpec {
  return {
    reportId: `0196b1d3-2f1${n}-7b20-9c3d-5e6f7081a23${n}`,
    resultId: `0196b1d3-2f1${n}-7b24-8d4e-6f708192b34${n}`,
    createdAt,
    visitIdentifier: `URT-2025-00${n}`,
    extraData: { internalCaseId: 'DERM-9120', department: 'allergy' },
    bodySite: { code: 'trunkBack', legacyCode: 'TRUNK_BACK', name: 'Back' },
    pathology: URTICARIA,
    anamnesis: [],
    metrics: { sensitivity: 92.8, specificity: 98.4, entropy: 12.1 },
    findings: noUrgency(100),
    iaSeconds: 0.93,
    observations: [{ image, modality: 'Clinical', diqaScore: 89 }],
    macroscopicImage: null,
    conclusions: [
      { condition: URTICARIA, probability: n === 1 ? 88.2 : 84.5 },
      { condition: INSECT_BITE, probability: n === 1 ? 6.1 : 9.3 },
    ],
    scoringSystems: [uct(n === 1 ? 5 : 13, n === 1 ? 3 : 1, n === 1 ? 'Poorly controlled' : 'Well controlled')],
  };
}

/** An earlier visit: served by the mock upstream, not offered in the picker. */
const earlier = (key: string, encryptedId: string, spec: ReportSpec, rawShape: DemoCase['rawShape']): DemoCase => ({
  key,
  label: key,
  summary: 'An earlier visit of a returning patient.',
  es: { label: key, summary: 'Una visita anterior de un paciente que vuelve.' },
  encryptedId,
  rawShape,
  spec,
  earlierVisitOnly: true,
});

const PSO_1 = earlier(
  'psoriasis-visit-1',
  'Wk3fUqA0tHn2+Vb8XcLp1dEa6/RoGy4iMzj7QfNwSsK9hT5uIeOvB3lYmDxCgJrP=',
  psoriasisVisit(1, '2025-01-14T10:20:00+01:00', apasi(12.4, 3, 'Severe', [3, 3, 3, 4]), 91.2),
  'raw-v2',
);
const PSO_2 = earlier(
  'psoriasis-visit-2',
  'Hq7Tz2Lm+Rk9Yc4WbN0uJ6eS/aG1xVd8fPoQiC3nE5tUwB7sMyXhKlZrIgDjO2v=',
  psoriasisVisit(2, '2025-03-11T09:45:00+01:00', apasi(7.8, 3, 'Severe', [2, 2, 3, 3]), 89.7),
  'raw-v3',
);
const URT_1 = earlier(
  'urticaria-visit-1',
  'Pn5Vb2Xc8Zm+Lk1Jh7Gf4Ds/Aq9Wr3Et6Yu0Io2Pl5Kj8Hg1Fd4Sa7Zx3Cv6Bn9=',
  urticariaVisit(1, '2025-02-03T08:30:00+01:00', uct(5, 3, 'Poorly controlled'), '/samples/urticaria-wheals.png'),
  'raw-v3',
);

export const RETURNING_CASES: readonly DemoCase[] = [
  PSO_1,
  PSO_2,
  {
    key: 'psoriasis-returning',
    label: 'Returning psoriasis patient (3 visits)',
    summary:
      'Left elbow, January to May: APASI 12.4 → 7.8 → 3.1 under treatment. Sends the two earlier analyses first; the portal passes their ids as history.',
    es: {
      label: 'Paciente con psoriasis que vuelve (3 visitas)',
      summary:
        'Codo izquierdo, de enero a mayo: APASI 12,4 → 7,8 → 3,1 con tratamiento. Envía antes los dos análisis anteriores; el portal pasa sus id como historial.',
    },
    encryptedId: 'Mf8Rt1Yq+Ua6Ie3Oc0Pw9Lx/Zk4Jv7Bn2Hs5Gd8Fa1Qm3Wr6Ty9Ui2Op5As8Dz=',
    rawShape: 'raw-v3',
    spec: psoriasisVisit(3, '2025-05-06T11:05:00+02:00', apasi(3.1, 2, 'Moderate', [1, 1, 2, 2]), 86.4),
    earlierVisits: [PSO_1.encryptedId, PSO_2.encryptedId],
  },
  URT_1,
  {
    key: 'urticaria-returning',
    label: 'Returning urticaria patient (UCT rising)',
    summary:
      'Back, February to April: the urticaria control test rises 5 → 13, which its bands call better. Sends the earlier analysis first.',
    es: {
      label: 'Paciente con urticaria que vuelve (UCT en aumento)',
      summary:
        'Espalda, de febrero a abril: el test de control de la urticaria sube de 5 a 13, que sus intervalos consideran mejor. Envía antes el análisis anterior.',
    },
    encryptedId: 'Tg3Hy6Uj+Ik9Ol2Pz5Xc8Vb/Nm1Qw4Er7Ty0Ui3Op6As9Df2Gh5Jk8Lz1Xc4Vb=',
    rawShape: 'raw-v3',
    spec: urticariaVisit(
      2,
      '2025-04-28T09:10:00+02:00',
      uct(13, 1, 'Well controlled'),
      '/samples/urticaria-calmer.png',
    ),
    earlierVisits: [URT_1.encryptedId],
  },
];
