// Live re-check plumbing: Excel's change, activation and selection events, debounced, with the echo
// of the add-in's own writes filtered out.
//
// Echo filtering, in order of trust:
//  1. ExcelApi 1.14 marks changes made by this add-in with triggerSource "ThisLocalAddin"; where the
//     client sends it we believe it.
//  2. Otherwise (ExcelApi 1.13 clients), every write the adapter makes registers the sheet and the
//     areas it touches; a change event on that sheet that falls inside those areas, arriving while
//     the write is in flight or within a grace period after it, is ours. A user's edit elsewhere on
//     the sheet in that window still counts, so the filter never hides real work.

import type { RangeRef } from '../core/grid/address';
import { intersects, parseAreas } from './a1';
import type { Timers } from './runtime';

export interface Expectation {
  /** A worksheet id, or '*' while a write is in flight and the id is not known yet. */
  sheetId: string;
  /** null = any address on the sheet (sheet activation, a whole new sheet). */
  areas: RangeRef[] | null;
  kind: 'change' | 'activate' | 'select';
  /** Time after which the expectation lapses; Infinity while the write is in flight. */
  until: number;
}

export class EchoGuard {
  private expectations: Expectation[] = [];

  constructor(
    private readonly timers: Timers,
    /** How long after a write completes its events may still arrive (Excel on the web is slow). */
    readonly graceMs = 2_000,
  ) {}

  /**
   * Registers an expected echo before the write's sync. The returned function is called once the
   * sync is done: it pins the expectation to the sheet id (when it was not known up front) and
   * starts the grace countdown.
   */
  expect(sheetId: string, kind: Expectation['kind'], areas: RangeRef[] | null, graceMs = this.graceMs): (knownSheetId?: string) => void {
    const e: Expectation = { sheetId, kind, areas, until: Infinity };
    this.expectations.push(e);
    return (knownSheetId?: string) => {
      if (knownSheetId) e.sheetId = knownSheetId;
      e.until = this.timers.now() + graceMs;
    };
  }

  isEcho(kind: Expectation['kind'], sheetId: string, address?: string): boolean {
    const now = this.timers.now();
    this.expectations = this.expectations.filter((e) => e.until >= now);
    const areas = address ? parseAreas(address) : [];
    return this.expectations.some((e) => {
      if (e.kind !== kind || (e.sheetId !== '*' && e.sheetId !== sheetId)) return false;
      if (e.areas === null || address === undefined) return true;
      return areas.length > 0 && areas.every((a) => e.areas!.some((b) => intersects(a, b)));
    });
  }
}

/** Collapses a burst of calls into one, `delayMs` after the last. */
export class Debouncer<T> {
  private handle: unknown = null;
  private pending: T | null = null;

  constructor(
    private readonly timers: Timers,
    private readonly delayMs: number,
    private readonly flush: (value: T) => void,
    /** Combines the pending value with a new one (default: keep the newest). */
    private readonly merge: (prev: T, next: T) => T = (_p, n) => n,
  ) {}

  push(value: T): void {
    this.pending = this.pending === null ? value : this.merge(this.pending, value);
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = this.timers.setTimeout(() => {
      this.handle = null;
      const v = this.pending;
      this.pending = null;
      if (v !== null) this.flush(v);
    }, this.delayMs);
  }

  cancel(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
    this.pending = null;
  }
}

export interface ChangeSignal {
  sheetId: string;
  reason: 'edit' | 'sheet-switch';
}

/** A sheet switch outranks edits in the same burst: the pane must re-read the newly active sheet. */
export function mergeChangeSignals(prev: ChangeSignal, next: ChangeSignal): ChangeSignal {
  if (next.reason === 'sheet-switch') return next;
  if (prev.reason === 'sheet-switch') return prev.sheetId === next.sheetId ? prev : next;
  return next;
}
