// Visits of one patient as report models, so progress tests state only the score, the date and the system.
import type { DiagnosticReport, ScoringSystem, SeverityBand } from '../../src/report/model';
import { band, conclusion, emptyReport, scoringSystem } from './report-builders';

export const APASI_BANDS: SeverityBand[] = [
  band('None', 0, 0, 1),
  band('Mild', 0, 2.1, 1),
  band('Moderate', 2.1, 4.5, 2),
  band('Severe', 4.5, 21.6, 3),
];

/** The urticaria control test: severity falls as the score rises. */
export const UCT_BANDS: SeverityBand[] = [
  band('Poorly controlled', 0, 11, 3),
  band('Well controlled', 12, 15, 1),
  band('Complete control', 16, 16, 1),
];

export const apasi = (score: number | null, code = 'apasiLocal'): ScoringSystem =>
  scoringSystem({
    name: 'Local automatic psoriasis area and severity index',
    code,
    key: 'apasilocal',
    score,
    unit: 'points',
    bands: APASI_BANDS,
  });

export const uct = (score: number): ScoringSystem =>
  scoringSystem({ name: 'Urticaria control test', code: 'uct', key: 'uct', score, bands: UCT_BANDS });

export interface VisitSpec {
  id: string;
  issuedAt: string | null;
  systems: ScoringSystem[];
  top?: [name: string, probability: number];
  bodySite?: { code: string; display: string | null };
  image?: string | null;
}

export function visit(spec: VisitSpec): DiagnosticReport {
  const [name, probability] = spec.top ?? ['Psoriasis', 80];
  const site = spec.bodySite ?? { code: 'trunkFront', display: 'Chest and belly' };
  const image = spec.image === undefined ? 'psoriasis-plaque-1.png' : spec.image;
  return emptyReport({
    id: spec.id,
    issuedAt: spec.issuedAt,
    bodySite: { code: site.code, key: site.code.toLowerCase().replace(/[^a-z0-9]/g, ''), display: site.display },
    conclusions: [conclusion(name, probability, ['EA90'])],
    scoringSystems: spec.systems,
    observations:
      image === null
        ? []
        : [
            {
              type: 'Image',
              url: `${globalThis.location.origin}/samples/${image}`,
              modality: 'Clinical',
              diqaScore: 88,
            },
          ],
  });
}

/** Three psoriasis visits whose APASI falls: 12.4 in January, 7.8 in March, 3.1 in May (the current one). */
export function psoriasisCourse() {
  return {
    first: visit({
      id: 'visit-jan-0001',
      issuedAt: '2025-01-14T10:00:00+01:00',
      systems: [apasi(12.4)],
      top: ['Psoriasis', 91],
    }),
    second: visit({
      id: 'visit-mar-0002',
      issuedAt: '2025-03-11T10:00:00+01:00',
      systems: [apasi(7.8)],
      image: 'psoriasis-plaque-2.png',
    }),
    current: visit({ id: 'visit-may-0003', issuedAt: '2025-05-06T10:00:00+02:00', systems: [apasi(3.1)] }),
  };
}
