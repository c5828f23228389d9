// Credentials and the token in every encoding an upstream could send them in, through the real proxy over
// loopback HTTP (the security review's finding 5): names are read by parsing, after percent-decoding; the
// token is searched raw, URL-encoded and JSON-escaped; an upstream errorCode passes only as a plain code.
import { describe, expect, it } from 'vitest';
import { harnessPerTest, readJson } from './harness.ts';

// A token with the characters that URL-encoding changes (`+`, `/`, `=`).
const TOKEN = 'Abc+def/ghi=0123456789xyz';
const ID = 'abcdefgh12';
const PDF_ROUTE = `/anonymous-diagnostic-reports/${ID}?format=pdf`;

const start = harnessPerTest();
const proxyWith = (token = TOKEN) => start({ apiToken: token }, token);

describe('credential parameters in the report', () => {
  const CREDENTIAL_LINKS: [string, string][] = [
    [
      'percent-encoded names',
      'https://utils.legit.health/pdf/x?diagnosticReportIdEncrypted=E&%61piKey=APIKEY2&%61uthKey=AUTHKEY2',
    ],
    ['hyphenated names', 'https://utils.legit.health/pdf/x?api-key=APIKEY3&auth-key=AUTHKEY3'],
    ['snake-case name in capitals', 'https://utils.legit.health/pdf/x?API_KEY=APIKEY4'],
    [
      'a credential link URL-encoded inside another link',
      'https://iframe.legit.health/viewer?file=https%3A%2F%2Futils.legit.health%2Fpdf%2Fx%3FapiKey%3DAPIKEY5%26authKey%3DAUTHKEY5',
    ],
    [
      'a link encoded twice inside another',
      'https://iframe.legit.health/viewer?file=https%253A%252F%252Fu.example%252Fp%253Fapi_key%253DAPIKEY6',
    ],
    ['a double-encoded name', 'https://u.example/p?%2561piKey=APIKEY7'],
    ['a token parameter', 'https://u.example/p?token=TOKENVALUE8'],
    ['a signature parameter', 'https://u.example/p?x=1&Signature=SIG9'],
    ['a secret in the fragment', 'https://u.example/p#secret=SECRET10'],
    ['an authKey after &amp;', 'https://u.example/p?x=1&amp;authKey=AUTHKEY11'],
    ['a bare query', 'x=1&apiKey=APIKEY12'],
    ['a link inside a sentence', 'Download it at https://u.example/p?apiKey=APIKEY13 today'],
    ['a JSON-escaped link inside JSON text', '{"link":"https:\\/\\/u.example\\/p?api\\u005Fkey=APIKEY14"}'],
    ['a name after a stray percent sign', '100% sure: https://u.example/p?%61piKey=APIKEY15'],
  ];

  it.each(CREDENTIAL_LINKS)('rewrites %s to the proxy PDF route', async (_name, link) => {
    const h = await proxyWith();
    h.upstream.respondWith({
      kind: 'json',
      body: { success: true, data: { pdfs: { es: link }, nested: [{ link }] } },
    });
    const response = await fetch(`${h.url}/anonymous-diagnostic-reports/${ID}?format=raw`);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      success: true,
      data: { pdfs: { es: PDF_ROUTE }, nested: [{ link: PDF_ROUTE }] },
    });
    expect(text).not.toMatch(/APIKEY|AUTHKEY|TOKENVALUE|SIG9|SECRET10/);
  });

  it('leaves links and text without credentials as they are', async () => {
    const kept = {
      image:
        'https://bucket.s3.eu-west-3.amazonaws.com/a.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F20260101&X-Amz-Security-Token=abc&X-Amz-Signature=def',
      viewer: 'https://iframe.legit.health?companyId=XXXX&diagnosticReportId=signedId',
      words: 'The token of appreciation: a=1 & b=2, 100% sure?',
      percent: 'Erythema 40%, scaling 20%',
    };
    const h = await proxyWith();
    h.upstream.respondWith({ kind: 'json', body: { success: true, data: kept } });
    const response = await fetch(`${h.url}/anonymous-diagnostic-reports/${ID}?format=raw`);
    expect(await readJson(response)).toEqual({ success: true, data: kept });
  });

  it('refuses a report whose key carries a credential (502), since a key cannot be rewritten', async () => {
    const h = await proxyWith();
    h.upstream.respondWith({ kind: 'json', body: { success: true, data: { 'https://u.example/p?apiKey=K': 1 } } });
    const response = await fetch(`${h.url}/anonymous-diagnostic-reports/${ID}?format=raw`);
    expect(response.status).toBe(502);
    expect(await readJson(response)).toMatchObject({ code: 'UPSTREAM_INVALID_RESPONSE' });
  });
});

describe('the token in the report, in any encoding', () => {
  const ENCODED = encodeURIComponent(TOKEN); // Abc%2Bdef%2Fghi%3D0123456789xyz
  const FORMS: [string, string][] = [
    ['raw', `token is ${TOKEN}`],
    ['URL-encoded in a link', `https://back.legit.health/s2s-api/v2/pdf?t=${ENCODED}`],
    ['URL-encoded with lower-case hex', `see ${ENCODED.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())}`],
    ['URL-encoded twice', `https://x.example/?u=${encodeURIComponent(`https://y.example/?t=${ENCODED}`)}`],
    ['JSON-escaped inside a JSON string', JSON.stringify({ t: TOKEN }).replaceAll('/', '\\/')],
    ['JSON unicode escapes', `{"t":"Abc\\u002Bdef\\u002Fghi\\u003D0123456789xyz"}`],
  ];

  it.each(FORMS)('redacts a value holding the token %s', async (_name, value) => {
    const h = await proxyWith();
    h.upstream.respondWith({ kind: 'json', body: { success: true, data: { value } } });
    const response = await fetch(`${h.url}/anonymous-diagnostic-reports/${ID}?format=raw`);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ success: true, data: { value: '[redacted]' } });
    expect(text).not.toContain(ENCODED);
    expect(text.toLowerCase()).not.toContain(ENCODED.toLowerCase());
  });

  it('fails closed (502) when the token, URL-encoded, is a key', async () => {
    const h = await proxyWith();
    h.upstream.respondWith({ kind: 'json', body: { success: true, data: { [ENCODED]: 1 } } });
    const response = await fetch(`${h.url}/anonymous-diagnostic-reports/${ID}?format=raw`);
    expect(response.status).toBe(502);
    expect(await response.text()).not.toContain(ENCODED);
  });
});

describe('an upstream errorCode', () => {
  // A token made only of characters an error code may hold: a truncated echo looks like a code.
  const PLAIN_TOKEN = 'S2S-TOKEN-0123456789abcdef';
  const upstreamError = (errorCode: string) =>
    ({ kind: 'json', status: 500, body: { success: false, message: 'no', errorCode, data: null } }) as const;

  it.each([
    ['the token minus its last character, after a colon', `BAD_TOKEN:${PLAIN_TOKEN.slice(0, -1)}`],
    ['a plain code that repeats 8 characters of the token', 'BAD_0123456789_TOKEN'],
    ['the token URL-encoded', encodeURIComponent(TOKEN)],
    ['a code with a hyphen', 'NOT-PLAIN'],
    ['a code with a dot', 'report.missing'],
  ])('is dropped when it is not a plain code free of the token: %s', async (_name, errorCode) => {
    const h = await proxyWith(PLAIN_TOKEN);
    h.upstream.respondWith(upstreamError(errorCode));
    const body = await readJson(await fetch(`${h.url}/anonymous-diagnostic-reports/${ID}?format=raw`));
    expect(body.code).toBe('UPSTREAM_ERROR');
    expect(body).not.toHaveProperty('errorCode');
  });

  it.each(['REPORT_NOT_FOUND', 'E1', 'reportNotReady'])('passes the plain code %s on', async (errorCode) => {
    const h = await proxyWith(PLAIN_TOKEN);
    h.upstream.respondWith(upstreamError(errorCode));
    const body = await readJson(await fetch(`${h.url}/anonymous-diagnostic-reports/${ID}?format=raw`));
    expect(body).toMatchObject({ code: 'UPSTREAM_ERROR', errorCode });
  });
});

describe('the log', () => {
  it('redacts the token URL-encoded as well as raw', async () => {
    const h = await start(
      {
        apiToken: TOKEN,
        authorize: () => {
          const error = new Error('x');
          error.name = `Boom ${TOKEN} ${encodeURIComponent(TOKEN)}`;
          throw error;
        },
      },
      TOKEN,
    );
    expect((await fetch(`${h.url}/anonymous-diagnostic-reports/${ID}?format=raw`)).status).toBe(500);
    await expect.poll(() => h.lines.length).toBeGreaterThan(0);
    const logged = JSON.stringify(h.lines);
    expect(logged).toContain('Boom [redacted] [redacted]');
    expect(logged).not.toContain(encodeURIComponent(TOKEN));
  });
});
