// Small builders for DiagnosticReport models, so viewer tests state only what they are about.
import type { Conclusion, DiagnosticReport, ScoringSystem, SeverityBand } from '../../src/report/model';

export function emptyReport(overrides: Partial<DiagnosticReport> = {}): DiagnosticReport {
  return {
    source: 'raw-v3',
    id: '0189bafa-0610-7349-a0ab-eb53695b27fd',
    resultId: null,
    issuedAt: null,
    links: { viewerUrl: null, patientViewerUrl: null, hasPdf: false },
    extraData: null,
    visitIdentifier: null,
    bodySite: null,
    pathology: null,
    anamnesis: [],
    metrics: { sensitivity: null, specificity: null, entropy: null },
    findings: {
      hasCondition: null,
      malignancy: null,
      adjustedMalignancy: null,
      pigmentedLesion: null,
      urgentReferral: null,
      highPriorityReferral: null,
    },
    analysisDurationSeconds: null,
    macroscopicMedia: null,
    observations: [],
    conclusions: [],
    scoringSystems: [],
    warnings: [],
    ...overrides,
  };
}

export function conclusion(name: string, probability: number | null, icd11: string[] = []): Conclusion {
  return { code: name, key: name.toLowerCase(), name, icd11, probability };
}

export function band(label: string, min: number, max: number, severity: 1 | 2 | 3 | null): SeverityBand {
  return {
    code: null,
    label,
    min,
    max,
    severity,
    severityLabel: severity ? ['low', 'moderate', 'high'][severity - 1]! : null,
  };
}

export function scoringSystem(overrides: Partial<ScoringSystem> & Pick<ScoringSystem, 'name'>): ScoringSystem {
  return {
    code: overrides.name.toUpperCase().replace(/\W+/g, '_'),
    key: overrides.name.toLowerCase().replace(/\W+/g, ''),
    score: null,
    unit: null,
    severity: null,
    severityText: null,
    bands: [],
    facets: [],
    reduction: null,
    explainabilityMedia: null,
    ...overrides,
  };
}
