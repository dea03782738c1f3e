// usePerfCheck(host, options): the pane's state machine. Reads the active sheet through the Host,
// has it checked off the page's thread (check/client.ts: a Web Worker running checkWithModel(), the
// model feeding the template planner and the grouping), re-runs (debounced) when the host
// reports edits, keeps the user's place in the list across re-checks (same rule@cell, else the
// same position), keeps ignored findings with the workbook, and paints highlights (or clears them
// on request until the next 一键校验). Host-agnostic: Excel and the file host behave the same here.
//
// Writes to the workbook happen only on the user's request: 一键校验, turning highlighting on or
// off, insert / undo, ignoring a finding while marks are shown, 清除标注. Live re-checks (edits,
// sheet switches) only read: on clients without undo support for add-in writes every write clears
// the user's Ctrl+Z, and on clients with it Ctrl+Z would undo our marks instead of their typing.
// The file host (standalone page) is the exception: its marks live in the page's view, not in the
// user's file, so they follow every check as before.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CheckOptions, CheckResult } from '../core/check';
import { Grid } from '../core/grid/grid';
import type { FormModel } from '../core/model';
import type { Profile } from '../core/profiles';
import type { Category, Finding, Report } from '../core/report';
import { Host, HostError, SheetData } from '../host/types';
import type { Lang } from './i18n';
import { FindingView, findingsOnCell, flattenView, groupByIndicator } from './indicators';
import {
  CategoryCounts,
  categoryCounts,
  computeVerdict,
  partitionFindings,
  reportRows,
  Verdict,
  ViewFinding,
} from './model';
import { applyIgnoredChange, IGNORED_STATE_KEY, IgnoredChange, IgnoredEntry, parseIgnored, serializeIgnored } from './state/ignored';
import { hostStrings } from './hostStrings';
import { CheckEngine, loadEngine, paneCheckEngine } from './check/client';
import type { CheckJob } from './check/protocol';

export interface PerfCheckOptions {
  profile?: string | Profile;
  /** The profile was not chosen by the user: the form's own system may be used (core check option). */
  profileAuto?: boolean;
  /** Paint findings on the sheet (Host.showHighlights); off clears them. Default true. */
  highlight?: boolean;
  /** Debounce of re-checks after edits, ms. Default 300. */
  debounceMs?: number;
  lang?: Lang;
  /**
   * Substitutes the engine (tests): a checker may answer at once or later (a promise). One that
   * returns a bare Report leaves the model to be read from the grid (by the lazily loaded engine).
   */
  checker?: Checker;
  /**
   * Where checks run when no checker is given: by default a Web Worker, or this thread with the
   * engine loaded on first use when no worker can start (check/client.ts).
   */
  engine?: CheckEngine;
  /**
   * Check as soon as the host is there (default). False: the caller starts the first check itself
   * with runCheck() (the ribbon's 一键校验 opens the pane that way, without reading twice).
   */
  initialCheck?: boolean;
  /**
   * A sheet of the same workbook holding last year's self-evaluation: turns on the across-years
   * rules (target-below-last-year, indicator-dropped). Ignored when it is the sheet being checked.
   */
  baselineSheet?: string | null;
}

export type Checker = (grid: Grid, options: CheckOptions) => Report | CheckResult | Promise<Report | CheckResult>;

export type Status = 'no-host' | 'loading' | 'ready' | 'error';

export interface CheckOutcome {
  report: Report;
  verdict: Verdict;
  /** Findings not ignored, in report order. */
  active: Finding[];
  /** The 校验报告 rows for this check. */
  rows: Array<Array<string | number>>;
  exported: boolean;
}

export interface PerfCheck {
  status: Status;
  report: Report | null;
  grid: Grid | null;
  /** The form as read for this report (null for a sheet that is not a form). */
  model: FormModel | null;
  /** True after clearHighlights() until the next 一键校验 (or the highlight setting changes). */
  highlightsCleared: boolean;
  /** True while this pane's marks are on the sheet (painted on request, saved with the workbook). */
  highlightsShown: boolean;
  error: string | null;
  /** Transient message for the live region (export done, save failed…). */
  notice: string | null;
  busy: boolean;
  active: ViewFinding[];
  ignored: ViewFinding[];
  /** Active findings grouped by indicator (after the filter), info notes apart. */
  groups: FindingView;
  /** Active findings in display order after the filter: what next/previous walk. */
  visible: ViewFinding[];
  verdict: Verdict | null;
  counts: CategoryCounts | null;
  selected: ViewFinding | null;
  filter: Category | null;
  checkedAt: Date | null;
  /** Bumped on every completed check, so the view can announce live updates. */
  revision: number;
  select(id: string | null, options?: { reveal?: boolean }): void;
  next(): void;
  previous(): void;
  setFilter(category: Category | null): void;
  ignore(item: ViewFinding, reason: string): Promise<void>;
  restore(key: string): Promise<void>;
  /** Restores every ignored finding; returns the entries removed, for an undo (reinstateIgnored). */
  resetIgnored(): Promise<IgnoredEntry[]>;
  /** Puts back entries removed by resetIgnored (全部恢复's undo). */
  reinstateIgnored(entries: readonly IgnoredEntry[]): Promise<void>;
  /**
   * 一键校验: checks now (no debounce); exports the 校验报告 sheet when asked. It paints the
   * highlights again after clearHighlights() unless `repaint` is false (re-checks after an edit).
   */
  runCheck(options?: { exportReport?: boolean; repaint?: boolean }): Promise<CheckOutcome | null>;
  /** Removes the highlights from the sheet (Host.clearHighlights) and keeps them off until the next 一键校验. */
  clearHighlights(): Promise<void>;
  clearNotice(): void;
}

interface Snapshot {
  report: Report;
  grid: Grid;
  model: FormModel | null;
}

function isCheckResult(r: Report | CheckResult): r is CheckResult {
  return 'report' in r && 'model' in r;
}

export function errorMessage(e: unknown, lang: Lang = 'zh'): string {
  if (e instanceof HostError) return lang === 'en' ? e.messageEn : e.messageZh;
  if (e instanceof Error && e.message) return e.message;
  return lang === 'en' ? 'Unknown error' : '未知错误';
}

/** First cell of an address that may carry a sheet name or be a range ("'表'!B5:C6" -> "B5"). */
export function firstCell(address: string): string {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  return bare.split(':')[0].replace(/\$/g, '').toUpperCase();
}

export function usePerfCheck(host: Host | null, options: PerfCheckOptions = {}): PerfCheck {
  const { profile, profileAuto = false, highlight = true, debounceMs = 300, lang = 'zh', checker, engine, initialCheck = true, baselineSheet = null } = options;
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [status, setStatus] = useState<Status>(host ? 'loading' : 'no-host');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [entries, setEntries] = useState<IgnoredEntry[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [filter, setFilter] = useState<Category | null>(null);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const [revision, setRevision] = useState(0);
  const [cleared, setCleared] = useState(false);
  const skipInitial = useRef(!initialCheck);

  const runId = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const entriesRef = useRef(entries);
  entriesRef.current = entries;
  const profileRef = useRef(profile);
  profileRef.current = profile;
  const profileAutoRef = useRef(profileAuto);
  profileAutoRef.current = profileAuto;
  const baselineRef = useRef(baselineSheet);
  baselineRef.current = baselineSheet;
  const langRef = useRef(lang);
  langRef.current = lang;
  const checkerRef = useRef(checker);
  checkerRef.current = checker;
  const engineRef = useRef(engine);
  engineRef.current = engine;
  const lastIndex = useRef(0);
  /** The sheet this pane's marks are on (null: none painted, or cleared). */
  const painted = useRef<{ sheet: string } | null>(null);
  const [shown, setShown] = useState(false);
  const snapshotRef = useRef<Snapshot | null>(null);
  snapshotRef.current = snapshot;
  const highlightRef = useRef(highlight);
  highlightRef.current = highlight;
  const clearedRef = useRef(cleared);
  clearedRef.current = cleared;

  /**
   * Reads and checks the active sheet; stale runs (a newer one started) are dropped. A live
   * re-check (after an edit) that fails keeps the last results and says so in a notice: the user
   * may simply be typing in a cell, and a list replaced by an error helps nobody.
   */
  const run = useCallback(async (live = false): Promise<Snapshot | null> => {
    if (!host) return null;
    const id = ++runId.current;
    setBusy(true);
    try {
      const data: SheetData = await host.readSheet();
      mark('perfcheck:sheet-read');
      if (id === runId.current && data.notice) setNotice(langRef.current === 'en' ? data.notice.en : data.notice.zh);
      const grid = new Grid(data);
      const baselineName = baselineRef.current;
      const baselineGrid = baselineName && baselineName !== data.name ? await host.readSheet(baselineName) : undefined;
      const job: CheckJob = {
        grid: gridData(data),
        profile: profileRef.current,
        profileAuto: profileAutoRef.current,
        // Findings come rendered in the pane's language (the engine's message catalogue).
        lang: langRef.current,
        ...(baselineGrid && baselineName ? { baseline: { grid: gridData(baselineGrid), label: baselineName } } : {}),
      };
      // The engine answers later (a worker, or a chunk loaded on first use): a newer check started
      // meanwhile (an edit, a sheet switch) wins, whichever reply arrives last.
      const result = checkerRef.current ? await substituteCheck(checkerRef.current, grid, job) : await (engineRef.current ?? paneCheckEngine()).check(job);
      mark('perfcheck:checked');
      const snap: Snapshot = { report: result.report, grid, model: result.model };
      if (id !== runId.current) return null;
      setSnapshot(snap);
      setStatus('ready');
      setError(null);
      setCheckedAt(new Date());
      setRevision((r) => r + 1);
      return snap;
    } catch (e) {
      if (id !== runId.current) return null;
      if (live && snapshotRef.current) {
        setNotice(hostStrings(langRef.current).liveFailed(errorMessage(e, langRef.current)));
        return null;
      }
      setStatus('error');
      setError(errorMessage(e, langRef.current));
      return null;
    } finally {
      if (id === runId.current) setBusy(false);
    }
  }, [host]);

  // Load the ignored findings stored with the workbook, then check; re-check on profile change.
  const profileKey = typeof profile === 'object' ? profile : profile ?? '';
  useEffect(() => {
    setSnapshot(null);
    setEntries([]);
    setSelectedId(null);
    painted.current = null;
    autoPainted.current = null;
    setShown(false);
    if (!host) {
      setStatus('no-host');
      return;
    }
    let cancelled = false;
    const load = () =>
      host
        .loadState(IGNORED_STATE_KEY)
        .then((text) => {
          if (!cancelled) setEntries(parseIgnored(text));
        })
        .catch(() => undefined);
    void load();
    // Another window (or a co-author) ignored or restored something: show the stored list.
    const off = host.onStateChange?.(() => void load());
    return () => {
      cancelled = true;
      off?.();
    };
  }, [host]);

  useEffect(() => {
    if (!host) return;
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    if (skipInitial.current) {
      skipInitial.current = false;
      return;
    }
    void run();
    // A language switch re-checks: the findings' sentences are rendered by the engine.
  }, [host, run, profileKey, baselineSheet, lang]);

  // Live: edits re-run the check, debounced; a sheet switch re-checks at once.
  useEffect(() => {
    if (!host) return;
    const off = host.onChange((event) => {
      if (timer.current) clearTimeout(timer.current);
      if (event.reason === 'sheet-switch') {
        timer.current = null;
        void run();
        return;
      }
      timer.current = setTimeout(() => {
        timer.current = null;
        void run(true);
      }, debounceMs);
    });
    return () => {
      off();
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [host, run, debounceMs]);

  const partition = useMemo(() => {
    if (!snapshot) return { active: [] as ViewFinding[], ignored: [] as ViewFinding[] };
    return partitionFindings(snapshot.report, snapshot.grid, entries);
  }, [snapshot, entries]);

  const verdict = useMemo(() => (snapshot ? computeVerdict(partition.active, partition.ignored) : null), [snapshot, partition]);
  const counts = useMemo(() => (snapshot ? categoryCounts(partition.active) : null), [snapshot, partition.active]);
  const model = snapshot && snapshot.report.form !== null ? snapshot.model : null;
  const groups = useMemo(() => groupByIndicator(partition.active, model, filter), [partition.active, model, filter]);
  const visible = useMemo(() => flattenView(groups), [groups]);

  // Keep the user's place: the same finding if it still exists, else whatever is now at its position.
  const selected = useMemo(() => visible.find((v) => v.id === selectedId) ?? null, [visible, selectedId]);
  useEffect(() => {
    if (selectedId === null) return;
    const i = visible.findIndex((v) => v.id === selectedId);
    if (i >= 0) {
      lastIndex.current = i;
      return;
    }
    if (!visible.length) {
      setSelectedId(null);
      return;
    }
    const j = Math.min(lastIndex.current, visible.length - 1);
    lastIndex.current = j;
    setSelectedId(visible[j].id);
  }, [visible, selectedId]);

  const autoPaint = host?.kind === 'file';

  /** Paints the snapshot's active findings (a user request); failures become a notice. */
  const paint = useCallback(
    async (snap: Snapshot, list: readonly IgnoredEntry[]): Promise<void> => {
      if (!host || host.kind === 'file') return; // the file host's marks follow every check (below)
      const findings = snap.report.form !== null ? partitionFindings(snap.report, snap.grid, list).active.map((v) => v.finding) : [];
      try {
        await host.showHighlights(snap.report.sheet, findings);
        painted.current = findings.length ? { sheet: snap.report.sheet } : null;
        setShown(findings.length > 0);
      } catch (e) {
        setNotice(errorMessage(e, langRef.current));
      }
    },
    [host],
  );

  /** After insert / undo / ignore: repaint only where this pane's marks are shown on that sheet. */
  const repaintIfShown = useCallback(
    async (snap: Snapshot | null, list: readonly IgnoredEntry[]) => {
      if (!snap || !highlightRef.current || clearedRef.current || painted.current?.sheet !== snap.report.sheet) return;
      await paint(snap, list);
    },
    [paint],
  );

  // Turning highlighting on paints the current results; turning it off clears the marks.
  const lastHighlight = useRef(highlight);
  useEffect(() => {
    if (lastHighlight.current === highlight) return; // first render, or only the host changed
    lastHighlight.current = highlight;
    setCleared(false);
    const snap = snapshotRef.current;
    if (!host || !snap || host.kind === 'file') return;
    if (highlight) void paint(snap, entriesRef.current);
    else {
      painted.current = null;
      setShown(false);
      host.clearHighlights(snap.report.sheet).catch((e) => setNotice(errorMessage(e, langRef.current)));
    }
  }, [highlight, host, paint]);

  // File host only: marks follow the active (not ignored) findings; switching sheets clears the old sheet.
  const autoPainted = useRef<{ sheet: string; signature: string } | null>(null);
  useEffect(() => {
    if (!host || !autoPaint || !snapshot) return;
    const sheet = snapshot.report.sheet;
    const findings = highlight && !cleared && snapshot.report.form !== null ? partition.active.map((v) => v.finding) : [];
    const signature = findings.map((f) => `${f.severity}:${f.cells.join(',')}`).join(';');
    const prev = autoPainted.current;
    if (prev && prev.sheet === sheet && prev.signature === signature) return;
    const tasks: Array<Promise<void>> = [];
    if (prev && prev.sheet !== sheet && prev.signature) tasks.push(host.clearHighlights(prev.sheet));
    if (findings.length) tasks.push(host.showHighlights(sheet, findings));
    else if (prev?.sheet === sheet && prev.signature) tasks.push(host.clearHighlights(sheet));
    autoPainted.current = { sheet, signature };
    Promise.all(tasks).catch((e) => setNotice(errorMessage(e, langRef.current)));
  }, [host, autoPaint, snapshot, partition.active, highlight, cleared]);

  // Clicking a cell in the sheet selects its finding in the list (without moving the sheet again);
  // clicking it again moves on to the cell's next finding; a cell with none clears the selection.
  const visibleRef = useRef(visible);
  visibleRef.current = visible;
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  const sheetRef = useRef<string | null>(null);
  sheetRef.current = snapshot?.report.sheet ?? null;
  useEffect(() => {
    if (!host) return;
    return host.onSelectionChange((event) => {
      if (sheetRef.current !== null && event.sheet !== sheetRef.current) return;
      const cell = firstCell(event.address);
      const onCell = findingsOnCell(visibleRef.current, cell);
      if (!onCell.length) {
        setSelectedId(null);
        return;
      }
      const i = onCell.findIndex((v) => v.id === selectedRef.current);
      setSelectedId(onCell[(i + 1) % onCell.length].id);
    });
  }, [host]);

  const select = useCallback(
    (id: string | null, opts: { reveal?: boolean } = {}) => {
      setSelectedId(id);
      if (id === null || !host || !snapshot) return;
      const item = visibleRef.current.find((v) => v.id === id) ?? partition.ignored.find((v) => v.id === id);
      if (item && opts.reveal !== false) {
        host.selectCell(snapshot.report.sheet, item.finding.cell).catch((e) => setNotice(errorMessage(e, langRef.current)));
      }
    },
    [host, snapshot, partition.ignored],
  );

  const step = useCallback(
    (delta: 1 | -1) => {
      const list = visibleRef.current;
      if (!list.length) return;
      const i = list.findIndex((v) => v.id === selectedId);
      const j = i < 0 ? (delta > 0 ? 0 : list.length - 1) : (i + delta + list.length) % list.length;
      select(list[j].id);
    },
    [select, selectedId],
  );

  /**
   * Applies one change to the ignored list. Where the host can (Excel), the change is applied to
   * what the workbook holds now, so another window's entries are kept rather than overwritten.
   */
  const persist = useCallback(
    async (change: IgnoredChange) => {
      let next = applyIgnoredChange(entriesRef.current, change);
      setEntries(next);
      if (!host) return;
      try {
        if (host.updateState) {
          const stored = await host.updateState(IGNORED_STATE_KEY, (current) => serializeIgnored(applyIgnoredChange(parseIgnored(current), change)));
          next = parseIgnored(stored);
          setEntries(next);
        } else await host.saveState(IGNORED_STATE_KEY, serializeIgnored(next));
      } catch (e) {
        setNotice(errorMessage(e, langRef.current));
      }
      await repaintIfShown(snapshotRef.current, next);
    },
    [host, repaintIfShown],
  );

  const ignore = useCallback(
    async (item: ViewFinding, reason: string) => {
      if (!snapshot) return;
      const [sheet, , , hash] = splitKey(item.ignoreKey);
      const f = item.finding;
      const entry: IgnoredEntry = {
        key: item.ignoreKey,
        sheet,
        rule: f.rule,
        cell: f.cell,
        hash,
        reason: reason.trim(),
        message: f.message,
        severity: f.severity,
        category: f.category,
        at: new Date().toISOString(),
      };
      await persist({ add: entry });
    },
    [snapshot, persist],
  );

  const restore = useCallback(async (key: string) => persist({ remove: key }), [persist]);
  const resetIgnored = useCallback(async () => {
    const removed = entriesRef.current;
    await persist({ reset: true });
    return removed;
  }, [persist]);
  const reinstateIgnored = useCallback(async (back: readonly IgnoredEntry[]) => persist({ reinstate: back }), [persist]);

  const runCheck = useCallback(
    async (opts: { exportReport?: boolean; repaint?: boolean } = {}): Promise<CheckOutcome | null> => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      const snap = await run();
      if (opts.repaint !== false) setCleared(false);
      if (!snap || !host) return null;
      // 一键校验 paints (a user request); a re-check after insert / undo repaints only marks shown.
      if (opts.repaint !== false) {
        clearedRef.current = false;
        if (highlightRef.current) await paint(snap, entriesRef.current);
      } else await repaintIfShown(snap, entriesRef.current);
      const parts = partitionFindings(snap.report, snap.grid, entriesRef.current);
      const verdict = computeVerdict(parts.active, parts.ignored);
      const rows = reportRows(snap.report, parts.active, parts.ignored);
      let exported = false;
      if (opts.exportReport) {
        try {
          await host.exportReport(rows);
          exported = true;
        } catch (e) {
          setNotice(errorMessage(e, langRef.current));
        }
      }
      return { report: snap.report, verdict, active: parts.active.map((v) => v.finding), rows, exported };
    },
    [host, run, paint, repaintIfShown],
  );

  const clearHighlights = useCallback(async () => {
    if (!host) return;
    const sheet = snapshot?.report.sheet ?? null;
    setCleared(true);
    // Marks saved with the workbook by an earlier session go too, even if this pane painted nothing
    // (the Excel host clears tagged rules on every sheet).
    const prev = painted.current;
    painted.current = null;
    setShown(false);
    const sheets = new Set<string>();
    if (sheet) sheets.add(sheet);
    if (prev?.sheet) sheets.add(prev.sheet);
    await Promise.all([...sheets].map((s) => host.clearHighlights(s)));
  }, [host, snapshot]);

  const clearNotice = useCallback(() => setNotice(null), []);

  return {
    status: host ? status : 'no-host',
    report: snapshot?.report ?? null,
    grid: snapshot?.grid ?? null,
    model,
    highlightsCleared: cleared,
    highlightsShown: shown,
    error,
    notice,
    busy,
    active: partition.active,
    ignored: partition.ignored,
    groups,
    visible,
    verdict,
    counts,
    selected,
    filter,
    checkedAt,
    revision,
    select,
    next: () => step(1),
    previous: () => step(-1),
    setFilter,
    ignore,
    restore,
    resetIgnored,
    reinstateIgnored,
    runCheck,
    clearHighlights,
    clearNotice,
  };
}

/**
 * A User Timing mark for the page's first check, local to the page (bench/pane.ts reads them;
 * nothing is sent anywhere). Once per name, so a long session does not pile them up.
 */
function mark(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function' || typeof performance.getEntriesByName !== 'function') return;
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

/** The grid part of what a host read (its notice stays here): what crosses to the engine. */
function gridData(data: SheetData): CheckJob['grid'] {
  if (!data.notice) return data;
  const { notice: _notice, ...grid } = data;
  return grid;
}

/** A substituted checker, given what the engine would get (the baseline read by the engine chunk). */
async function substituteCheck(checker: Checker, grid: Grid, job: CheckJob): Promise<CheckResult> {
  const engine = job.baseline ? await loadEngine() : null;
  const baseline = job.baseline && engine ? engine.baselineFromGrid(job.baseline.grid, job.baseline.label) : undefined;
  const result = await checker(grid, { profile: job.profile, profileAuto: job.profileAuto, ...(job.lang ? { lang: job.lang } : {}), ...(baseline ? { baseline } : {}) });
  if (isCheckResult(result)) return result;
  return { report: result, model: result.form === null ? null : (await loadEngine()).readModel(grid) };
}

/** ignoreKey is sheet|rule|cell|hash; the sheet name may itself contain "|". */
function splitKey(key: string): [string, string, string, string] {
  const parts = key.split('|');
  const hash = parts.pop()!;
  const cell = parts.pop()!;
  const rule = parts.pop()!;
  return [parts.join('|'), rule, cell, hash];
}
