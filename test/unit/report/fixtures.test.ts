import { describe, expect, it } from 'vitest';
import { parseDiagnosticReport } from '../../../src/report';
import type { DiagnosticReport } from '../../../src/report';
import fhirPsoriasis from '../../../fixtures/fhir-psoriasis.json';
import rawAcne from '../../../fixtures/raw-acne.json';
import rawV3Acne from '../../../fixtures/raw-v3-acne.json';
import { FHIR_PSORIASIS, RAW_V2_ACNE, RAW_V3_ACNE } from './expected-models';

const FIXTURES: Array<{ name: string; wire: unknown; expected: DiagnosticReport }> = [
  { name: 'raw v2 (bare object)', wire: rawAcne, expected: RAW_V2_ACNE },
  { name: 'raw v3 (enveloped)', wire: rawV3Acne, expected: RAW_V3_ACNE },
  { name: 'FHIR (enveloped DiagnosticReport)', wire: fhirPsoriasis, expected: FHIR_PSORIASIS },
];

describe.each(FIXTURES)('fixture: $name', ({ wire, expected }) => {
  it('reads every field into the model', () => {
    expect(parseDiagnosticReport(wire)).toStrictEqual(expected);
  });

  it('does not touch its input', () => {
    const before = JSON.stringify(wire);
    parseDiagnosticReport(wire);
    expect(JSON.stringify(wire)).toBe(before);
  });

  it('never keeps the credential-bearing pdf link, only the fact that a PDF exists', () => {
    const model = parseDiagnosticReport(wire);
    expect(model.links.hasPdf).toBe(true);
    const text = JSON.stringify(model);
    expect(text).not.toMatch(/format=pdf|apiKey|authKey|anonymous-diagnostic-report/);
  });

  it('gives a model that survives JSON serialisation unchanged (no undefined, no NaN)', () => {
    const model = parseDiagnosticReport(wire);
    expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
  });
});

describe('codes across generations', () => {
  it('gives HEAD_FRONT (v2) and headFront (v3) the same key, keeping each spelling', () => {
    const v2 = parseDiagnosticReport(rawAcne);
    const v3 = parseDiagnosticReport(rawV3Acne);
    expect(v2.bodySite?.key).toBe(v3.bodySite?.key);
    expect([v2.bodySite?.code, v3.bodySite?.code]).toEqual(['HEAD_FRONT', 'headFront']);
    expect(v2.scoringSystems[0]?.key).toBe(v3.scoringSystems[0]?.key);
  });
});
