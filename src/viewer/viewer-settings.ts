/**
 * What the sections of a report read from the frame around them. The contexts default to
 * `null`, and their hooks throw outside a frame: a section rendered alone fails loudly
 * instead of reading stand-in values.
 */
import { createContext, useContext } from 'react';
import type { ResolvedThresholds } from './defaults';
import type { Labels, ShellLabels } from './labels/types';

/** Everything a report's sections read; provided once the full labels of the locale are loaded. */
export interface ViewerSettings {
  labels: Labels;
  locale: string;
  timeZone: string | undefined;
  /** The portal's clinical policy: when a finding raises a callout. */
  thresholds: ResolvedThresholds;
  diqaThreshold: number;
  /** The portal's entropy threshold for an uncertain result, as given (none by default; read by the summary). */
  entropyThreshold: number | undefined;
  maxConclusions: number;
  /** Puts a sentence in the widget's polite live region. */
  announce: (text: string) => void;
  /** Unique per widget, so two widgets on one page never share an element id. */
  idPrefix: string;
}

/** The words of the states shown before a report (waiting, loading, errors), from the frame's first render. */
export const ShellLabelsContext = createContext<ShellLabels | null>(null);

export const ViewerContext = createContext<ViewerSettings | null>(null);

/** A context's value, or a loud error: outside a frame there is nothing true to stand in. */
export function provided<T>(value: T | null): T {
  if (value === null) throw new Error('legit-report-viewer: rendered outside its frame, or before its labels loaded');
  return value;
}

export const useShellLabels = (): ShellLabels => provided(useContext(ShellLabelsContext));

export const useViewer = (): ViewerSettings => provided(useContext(ViewerContext));
