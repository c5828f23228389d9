/**
 * Number and date formatting with `Intl`, faithful to the report's precision:
 * a value is shown with as many decimals as the report gave (up to 6), so 0.06% is
 * never rounded to 0%. `null` is formatted by the caller as "Not available".
 */

const MAX_FRACTION_DIGITS = 6;

/** Decimals needed to show `value` as the report wrote it (capped). */
export function decimalsOf(value: number, cap = MAX_FRACTION_DIGITS): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const [mantissa = '', exponent] = Math.abs(value).toExponential().split('e');
  const mantissaDecimals = (mantissa.split('.')[1] ?? '').length;
  return Math.min(cap, Math.max(0, mantissaDecimals - Number(exponent)));
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

/**
 * `99.65` → "99.65%" (en) / "99,65 %" (es). Input is on the 0–100 scale. A value outside 0–100
 * (kept from an odd report) is shown with all its decimals, exactly as sent: 100.0000001 never
 * reads 100%.
 */
export function formatPercent(value: number, locale: string): string {
  const digits = value < 0 || value > 100 ? Math.min(15, decimalsOf(value, 15)) : decimalsOf(value);
  const format = numberFormat(locale, 'percent', digits);
  // Below the finest precision shown, say "<" rather than round a real value to 0%.
  const smallest = 10 ** -MAX_FRACTION_DIGITS;
  if (value > 0 && value < smallest) return `<${format.format(smallest / 100)}`;
  return format.format(value / 100);
}

export function formatNumber(value: number, locale: string, maxDigits = MAX_FRACTION_DIGITS): string {
  return numberFormat(locale, 'decimal', Math.min(maxDigits, decimalsOf(value))).format(value);
}

/**
 * An ISO timestamp in the user's locale with its time zone ("Aug 3, 2023, 12:38 PM GMT+2"), so a
 * time is never read in the wrong zone; the original text if it cannot be read.
 */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(date);
}
