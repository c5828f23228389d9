// The viewer's contexts have no stand-in defaults: outside a frame their hooks throw.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, test } from 'vitest';
import { WaitingState } from '../../../src/viewer/StateViews';
import { Section } from '../../../src/viewer/sections/Section';

test('a state view outside the frame throws instead of rendering stand-in words', () => {
  expect(() => renderToString(createElement(WaitingState))).toThrow(
    'legit-report-viewer: rendered outside its frame, or before its labels loaded',
  );
});

test('a report section outside the frame throws instead of reading half the labels', () => {
  expect(() => renderToString(createElement(Section, { name: 'findings', heading: 'Referral and risk' }))).toThrow(
    'legit-report-viewer: rendered outside its frame, or before its labels loaded',
  );
});
