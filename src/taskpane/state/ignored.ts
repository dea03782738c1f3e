// Ignored findings: remembered with the workbook (Host.saveState), keyed by sheet + rule + cell +
// a hash of the content of every cell the finding involves, so editing any of them brings it back.

import { Grid } from '../../core/grid/grid';
import { parseA1 } from '../../core/grid/address';
import type { Finding } from '../../core/report';

export const IGNORED_STATE_KEY = 'perfcheck.ignored';

export interface IgnoredEntry {
  key: string;
  sheet: string;
  rule: string;
  cell: string;
  hash: string;
  reason: string;
  /** The message when it was ignored, for the report sheet. */
  message: string;
  severity: 'error' | 'warning' | 'info';
  category: string;
  at: string;
}

const STRING_FIELDS = ['key', 'sheet', 'rule', 'cell', 'hash', 'reason', 'message', 'category', 'at'] as const;
const SEVERITY_VALUES = new Set(['error', 'warning', 'info']);

/**
 * The stored state comes from the workbook (anyone may have edited it): checked field by field here,
 * by hand, so the pane's startup does not load a schema library for ten strings. Unknown keys are
 * dropped; one malformed entry rejects the whole state (as a schema would).
 */
function readState(data: unknown): IgnoredEntry[] | null {
  if (!data || typeof data !== 'object') return null;
  const { version, entries } = data as { version?: unknown; entries?: unknown };
  if (version !== 1 || !Array.isArray(entries)) return null;
  const out: IgnoredEntry[] = [];
  for (const e of entries) {
    if (!e || typeof e !== 'object') return null;
    const r = e as Record<string, unknown>;
    if (STRING_FIELDS.some((k) => typeof r[k] !== 'string') || !SEVERITY_VALUES.has(r.severity as string)) return null;
    const entry = Object.fromEntries([...STRING_FIELDS, 'severity'].map((k) => [k, r[k]])) as unknown as IgnoredEntry;
    out.push(entry);
  }
  return out;
}

/** Keep the stored list bounded: stale entries (content changed) are dropped oldest first. */
export const MAX_IGNORED = 500;

/** 32-bit FNV-1a as 8 hex digits: small, stable across hosts, good enough to notice an edit. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Hash of what the user sees in every cell the finding involves (primary first, at most 200). */
export function contentHash(grid: Grid, finding: Finding): string {
  const cells = finding.cells.length ? finding.cells : [finding.cell];
  const parts: string[] = [];
  for (const address of cells.slice(0, 200)) {
    try {
      const { row, col } = parseA1(address);
      parts.push(`${address}=${grid.text(row, col)}=${grid.formula(row, col) ?? ''}`);
    } catch {
      parts.push(address);
    }
  }
  return fnv1a(parts.join('\u0001'));
}

export function ignoreKey(sheet: string, finding: Finding, hash: string): string {
  return `${sheet}|${finding.rule}|${finding.cell}|${hash}`;
}

export function parseIgnored(text: string | null): IgnoredEntry[] {
  if (!text) return [];
  try {
    return readState(JSON.parse(text)) ?? [];
  } catch {
    return [];
  }
}

export function serializeIgnored(entries: readonly IgnoredEntry[]): string {
  return JSON.stringify({ version: 1, entries: entries.slice(-MAX_IGNORED) });
}

/** One user action on the ignored list, applied to whatever is stored now (see Host.updateState). */
export type IgnoredChange = { add: IgnoredEntry } | { remove: string } | { reset: true } | { reinstate: readonly IgnoredEntry[] };

export function applyIgnoredChange(current: readonly IgnoredEntry[], change: IgnoredChange): IgnoredEntry[] {
  if ('reset' in change) return [];
  if ('remove' in change) return current.filter((e) => e.key !== change.remove);
  // 撤销 after 全部恢复: the removed reasons come back, without duplicating one ignored again meanwhile.
  if ('reinstate' in change) {
    const keys = new Set(current.map((e) => e.key));
    return [...current, ...change.reinstate.filter((e) => !keys.has(e.key))].slice(-MAX_IGNORED);
  }
  return [...current.filter((e) => e.key !== change.add.key), change.add].slice(-MAX_IGNORED);
}
