// Turn a stored number into the text Excel would show for the common formats forms use.
// Only what the readers need: percentages, fixed decimals, thousands separators.

export function formatForDisplay(value: number, numFmt?: string): string {
  if (!Number.isFinite(value)) return String(value);
  const fmt = (numFmt ?? '').split(';')[0];
  if (!fmt || /^general$/i.test(fmt) || fmt === '@') return formatGeneral(value);
  if (isDateFormat(fmt)) return formatSerialDate(value) ?? formatGeneral(value);
  const decimals = countDecimals(fmt);
  if (fmt.includes('%')) return `${(value * 100).toFixed(decimals)}%`;
  if (/[0#]/.test(fmt)) {
    return formatFixed(value, decimals, fmt.includes(','));
  }
  return formatGeneral(value);
}

function countDecimals(fmt: string): number {
  const m = /\.([0#]+)/.exec(fmt);
  return m ? m[1].length : 0;
}

export function formatGeneral(value: number): string {
  if (Number.isInteger(value)) return String(value);
  // Excel's General shows up to ~11 significant digits; trimming float noise (0.1+0.2).
  return String(Number(value.toPrecision(12)));
}

export function formatFixed(value: number, decimals: number, grouping: boolean): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = grouping ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (frac !== undefined ? `.${frac}` : '');
}

/**
 * True for a date or time format ("yyyy-mm-dd", "m/d/yy h:mm", '[$-804]yyyy"年"m"月"d"日"'):
 * a number shown this way is a date to the user, never an amount.
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const fmt = numFmt.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(fmt) && !/^general$/i.test(fmt);
}

/** An Excel serial date (1900 date system) as "2023-01-04", or undefined when out of range. */
export function formatSerialDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
