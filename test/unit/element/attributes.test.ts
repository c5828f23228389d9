// Attribute strings read into prop types (pure functions, no element).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseChoice, parseFlag, parseList, parseNumber } from '../../../src/element/attributes';
import { attributeOf } from '../../../src/element/iframe-attributes';
import { remToPx } from '../../../src/element/stylesheets';

afterEach(() => vi.restoreAllMocks());

describe('element attributes', () => {
  it.each([
    [null, undefined],
    ['', []],
    ['https://a.example', ['https://a.example']],
    ['https://a.example https://b.example', ['https://a.example', 'https://b.example']],
    ['https://a.example,https://b.example', ['https://a.example', 'https://b.example']],
    [' https://a.example ,\n https://b.example ', ['https://a.example', 'https://b.example']],
  ])('list %j → %j', (value, expected) => {
    expect(parseList(value)).toEqual(expected);
  });

  it.each([
    [null, undefined],
    ['', undefined],
    ['3', 3],
    ['55.5', 55.5],
    ['0', 0],
  ])('number %j → %j', (value, expected) => {
    expect(parseNumber(value, 'max-conclusions')).toBe(expected);
  });

  it.each([
    [null, undefined],
    ['', true],
    ['true', true],
    ['false', false],
  ])('flag %j → %j', (value, expected) => {
    expect(parseFlag(value, 'enable-result')).toBe(expected);
  });

  it('an unusable value is undefined, with one warning per attribute and value', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseNumber('many', 'diqa-threshold')).toBeUndefined();
    expect(parseNumber('many', 'diqa-threshold')).toBeUndefined();
    expect(parseFlag('yes', 'is-for-patient')).toBeUndefined();
    expect(parseChoice('pdf', ['raw', 'fhir'], 'format')).toBeUndefined();
    expect(parseChoice('fhir', ['raw', 'fhir'], 'format')).toBe('fhir');
    expect(warn.mock.calls.map((call) => call[0])).toEqual([
      '[legit-report-viewer] diqa-threshold="many" is ignored: expected a number.',
      '[legit-report-viewer] is-for-patient="yes" is ignored: expected "true" or "false".',
      '[legit-report-viewer] format="pdf" is ignored: expected raw or fhir.',
    ]);
  });

  it.each([
    ['extraData', 'extra-data'],
    ['enableAlternativeCameraModuleAndroid', 'enable-alternative-camera-module-android'],
    ['company', 'company'],
  ])('property %s ↔ attribute %s', (property, attribute) => {
    expect(attributeOf(property)).toBe(attribute);
  });

  it('rem becomes px at 16px, so sizes never follow the page root font size', () => {
    expect(remToPx('.a{margin:1rem 0.5rem;width:calc(100% - 2.25rem)}')).toBe(
      '.a{margin:16px 8px;width:calc(100% - 36px)}',
    );
    // Class names and other units are left alone.
    expect(remToPx('.lrv-2rem,.x1rem{font-size:1.2em;top:3px}')).toBe('.lrv-2rem,.x1rem{font-size:1.2em;top:3px}');
  });
});
