// Turn a stored number into the text Excel would show for the common formats forms use.
// Only what the readers need: percentages, fixed decimals, thousands separators.

export function formatForDisplay(value: number, numFmt?: string): string {
  if (!Number.isFinite(value)) return String(value);
  const fmt = (numFmt ?? '').split(';')[0];
  if (!fmt || /^general$/i.test(fmt) || fmt === '@') return formatGeneral(value);
  const decimals = countDecimals(fmt);
  if (fmt.includes('%')) return `${(value * 100).toFixed(decimals)}%`;
  if (/[0#]/.test(fmt) && !/[dmyhs]/i.test(fmt.replace(/"[^"]*"/g, ''))) {
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
