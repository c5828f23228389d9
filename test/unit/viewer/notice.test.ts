import { expect, test } from 'vitest';
import { reasonText } from '../../../src/viewer/Notice';

test.each([
  ['a string as it is', 'The image is blurry', 'The image is blurry'],
  [
    'an object: its text and number values in order',
    { code: 'blurry', text: 'The image is blurry', score: 12, nested: { x: 1 } },
    'blurry: The image is blurry: 12',
  ],
  ['numbers and booleans', 42, '42'],
  ['anything else as JSON', [1, 'two'], '[1,"two"]'],
  ['null', null, 'null'],
  ['white space folded', '  too\n\n dark  ', 'too dark'],
  ['long text cut', 'x'.repeat(500), `${'x'.repeat(159)}…`],
  ['markup stays text', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
])('%s', (_name, reason, text) => {
  expect(reasonText(reason)).toBe(text);
});
