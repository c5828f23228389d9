import { describe, expect, it } from 'vitest';
import { isCredentialParamName } from '../../../src/contract/credential-params';
import { carriesCredential, percentDecoded } from '../../../src/proxy/credential-scan';
import { jsonUnescaped } from '../../../src/proxy/secret-search';

describe('isCredentialParamName', () => {
  it.each([
    'apiKey',
    'api-key',
    'api_key',
    'APIKEY',
    'authKey',
    'auth-key',
    'AUTH_KEY',
    'token',
    'Signature',
    'secret',
  ])('names a credential: %s', (name) => {
    expect(isCredentialParamName(name)).toBe(true);
  });

  it.each(['X-Amz-Signature', 'X-Amz-Security-Token', 'companyId', 'diagnosticReportId', 'expires', 'key', 'api'])(
    'does not name one: %s',
    (name) => {
      expect(isCredentialParamName(name)).toBe(false);
    },
  );
});

describe('carriesCredential', () => {
  it.each([
    'https://u.example/p?apiKey=1',
    'https://u.example/p?%61piKey=1',
    'https://u.example/p?%2561piKey=1',
    'https://u.example/p#authKey=1',
    'https://u.example/p?x=1;token=1',
    'https://v.example/?file=https%3A%2F%2Fu.example%2Fp%3FapiKey%3D1',
    'x=1&secret=1',
    'see https://u.example/p?x=1&signature=1.',
  ])('finds a credential in %s', (text) => {
    expect(carriesCredential(text)).toBe(true);
  });

  it.each([
    'https://u.example/a.png?X-Amz-Signature=abc&X-Amz-Credential=def%2F2026',
    'apiKey=1',
    'The token was 40% of the score & more?',
    'https://iframe.legit.health?companyId=XXXX&diagnosticReportId=signedId',
  ])('finds none in %s', (text) => {
    expect(carriesCredential(text)).toBe(false);
  });
});

describe('decoded forms', () => {
  it('percent-decodes every layer, leaving a malformed sequence as it is', () => {
    expect(percentDecoded('a%252Fb')).toBe('a/b');
    expect(percentDecoded('%E0%A4%A x %41')).toBe('%E0%A4%A x A');
  });

  it('undoes JSON string escapes', () => {
    expect(jsonUnescaped('a\\/b\\u002Bc\\"d\\n')).toBe('a/b+c"d\n');
  });
});
