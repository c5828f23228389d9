// The scoring scales that a single-visit case and a returning patient's visits share: each one's names
// and bands written once, so the two cannot drift apart. Sample data for the demo, not clinical data.
import type { ScoringSystemSpec } from './spec.ts';

type Scale = Pick<ScoringSystemSpec, 'code' | 'legacyCode' | 'name' | 'bands'>;

/** From the FHIR psoriasis fixture (APASI_LOCAL, written as `apasiLocal` in v3). */
export const APASI_LOCAL_SCALE: Scale = {
  code: 'apasiLocal',
  legacyCode: 'APASI_LOCAL',
  name: 'Local automatic psoriasis area and severity index',
  bands: [
    { text: 'None', min: 0, max: 0, severity: 1 },
    { text: 'Mild', min: 0, max: 2.1, severity: 1 },
    { text: 'Moderate', min: 2.1, max: 4.5, severity: 2 },
    { text: 'Severe', min: 4.5, max: 21.6, severity: 3 },
  ],
};

/** UCT 0–16: a higher score means better control, so severity falls as the score rises. */
export const UCT_SCALE: Scale = {
  code: 'uct',
  legacyCode: 'UCT',
  name: 'Urticaria control test',
  bands: [
    { text: 'Poorly controlled', min: 0, max: 11, severity: 3 },
    { text: 'Well controlled', min: 12, max: 15, severity: 1 },
    { text: 'Complete control', min: 16, max: 16, severity: 1 },
  ],
};
