/**
 * Changes and dates as the Progress section writes them, in the locale's number format. A sign
 * is always shown, as a true minus (U+2212), which reads apart from a hyphen at a glance.
 */
import { decimalsOf } from '../model/format';

const PERCENT_DIGITS = 1;

function signed(value: number, locale: string, options: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', ...options })
    .formatToParts(value)
    .map((part) => (part.type === 'minusSign' ? '\u2212' : part.value))
    .join('');
}

/** `-3.2` → "−3.2"; `3.2` → "+3.2"; with the report's own precision. */
export function formatSignedNumber(value: number, locale: string): string {
  return signed(value, locale, { maximumFractionDigits: decimalsOf(value) });
}

/** `-50.79` (percent) → "−50.8%" (en) / "−50,8 %" (es). */
export function formatSignedPercent(percent: number, locale: string): string {
  return signed(percent / 100, locale, { style: 'percent', maximumFractionDigits: PERCENT_DIGITS });
}

/** The report's date without its time: what a course over weeks or months is read by. */
export function formatDay(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date);
}
