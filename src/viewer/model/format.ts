/**
 * Number and date formatting with `Intl`, faithful to the report's precision:
 * a value is shown with as many decimals as the report gave (up to 6), so 0.06% is
 * never rounded to 0%. `null` is formatted by the caller as "Not available".
 */

const MAX_FRACTION_DIGITS = 6;

/** Decimals needed to show `value` as the report wrote it (capped). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const [mantissa = '', exponent] = Math.abs(value).toExponential().split('e');
  const mantissaDecimals = (mantissa.split('.')[1] ?? '').length;
  return Math.min(MAX_FRACTION_DIGITS, Math.max(0, mantissaDecimals - Number(exponent)));
}

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, style: 'decimal' | 'percent', digits: number): Intl.NumberFormat {
  const key = `${locale}|${style}|${digits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style, minimumFractionDigits: 0, maximumFractionDigits: digits });
    cache.set(key, format);
  }
  return format;
}

/** `99.65` → "99.65%" (en) / "99,65 %" (es). Input is on the 0–100 scale. */
export function formatPercent(value: number, locale: string): string {
  const format = numberFormat(locale, 'percent', Math.min(MAX_FRACTION_DIGITS, decimalsOf(value)));
  // Below the finest precision shown, say "<" rather than round a real value to 0%.
  const smallest = 10 ** -MAX_FRACTION_DIGITS;
  if (value > 0 && value < smallest) return `<${format.format(smallest / 100)}`;
  return format.format(value / 100);
}

export function formatNumber(value: number, locale: string, maxDigits = MAX_FRACTION_DIGITS): string {
  return numberFormat(locale, 'decimal', Math.min(maxDigits, decimalsOf(value))).format(value);
}

/** An ISO timestamp in the user's locale, or the original text if it cannot be read. */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}
