// The pane, once for every host: header (verdict, counts, 一键校验, 清除标注), then tabs for the
// findings, the indicator templates, the ignored findings and the settings. It talks to the
// workbook only through the Host it is given. Edits (a finding's fix, a template from the
// templates tab) go preview -> Host.applyEdit -> re-check, with 撤销插入 (Host.undoEdit) after.

import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { resolveProfile } from '../../core/profiles/resolve';
import type { Profile } from '../../core/profiles';
import type { Finding } from '../../core/report';
import type { TemplateOffer } from '../../core/templates';
import type { LaunchAction } from '../../commands/launch';
import type { EditGuard, EditPlan, Host, UndoToken } from '../../host/types';
import { editGuard } from '../../host/guard';
import { hostStrings } from '../hostStrings';
import { FixContext, isTemplateError, loadTemplates, PlanFix, planOffer, TemplatesModule } from '../fix';
import { useLang, useStrings } from '../i18n';
import type { IndicatorGroup } from '../indicators';
import type { ViewFinding } from '../model';
import { firstEditedCell, fullTextFor } from './paneText';
import { Settings, useSettings } from '../settings';
import { CheckOutcome, errorMessage, PerfCheck, PerfCheckOptions, usePerfCheck } from '../usePerfCheck';
import { FindingDetails, preloadIgnoreDialog } from './FindingDetails';
import { FindingsList } from './FindingsList';
import { lazyPart } from './lazyPart';
import { Summary } from './Summary';
import { TabItem, Tabs } from './Tabs';

// Not needed for the first verdict: loaded on demand (own chunks), preloaded once it is shown.
const FixPreviewDialog = lazyPart(() => import(/* webpackChunkName: "pane-dialogs" */ './FixPreview').then((m) => m.FixPreviewDialog));
const IgnoredList = lazyPart(() => import(/* webpackChunkName: "pane-tabs" */ './IgnoredList').then((m) => m.IgnoredList));
const SettingsPanel = lazyPart(() => import(/* webpackChunkName: "pane-tabs" */ './SettingsPanel').then((m) => m.SettingsPanel));
const TemplatesPanel = lazyPart(() => import(/* webpackChunkName: "pane-tabs" */ './TemplatesPanel').then((m) => m.TemplatesPanel));
const PARTS = [FixPreviewDialog, IgnoredList, SettingsPanel, TemplatesPanel];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    padding: '10px 10px 16px',
    minWidth: '280px',
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
  },
  empty: { padding: '24px 4px', textAlign: 'center', color: tokens.colorNeutralForeground2 },
  emptyTitle: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1, margin: '0 0 4px' },
  error: { padding: '8px 10px', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorStatusDangerBackground1, borderLeft: `4px solid ${tokens.colorStatusDangerBorderActive}` },
  notice: { display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap', padding: '6px 8px', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground3, fontSize: tokens.fontSizeBase200 },
  noticeText: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  // Stays in view while the list scrolls: the user fixed a finding far down and must see 撤销插入.
  editBar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    alignItems: 'center',
    gap: '8px',
    flexWrap: 'wrap',
    padding: '6px 8px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: tokens.shadow4,
    fontSize: tokens.fontSizeBase200,
  },
  fixError: { display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap', padding: '6px 8px', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorStatusDangerBackground1, borderLeft: `4px solid ${tokens.colorStatusDangerBorderActive}`, fontSize: tokens.fontSizeBase200 },
  // Four tabs at the task pane's narrowest (320 px): wrap rather than overflow.
  tabs: { marginLeft: '-10px', marginRight: '-10px', flexWrap: 'wrap' },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface PaneProps {
  host: Host | null;
  /** Apply a finding's fix yourself (takes precedence over planFix). */
  onFix?: (finding: Finding) => void;
  /**
   * Plan a finding's fix (planFixWithTemplates in both hosts): the pane previews the plan, applies
   * it through the host and offers 撤销插入. A TemplateError's Chinese message is shown as is.
   */
  planFix?: PlanFix;
  /** Show the templates tab (insert any offered template). Default: when planFix is given. */
  templates?: boolean;
  /** What the pane was opened for: 'check' (the ribbon's 一键校验) runs the one-click check at once. */
  launchAction?: LaunchAction | null;
  /** Called after every render with the pane's state, e.g. for the standalone page's download. */
  onState?: (state: PerfCheck) => void;
  /** Called when 一键校验 finishes (with exported=true when the report sheet was exported). */
  onCheckDone?: (outcome: CheckOutcome) => void;
  /** Initial settings (tests); otherwise what the user chose last time. */
  initialSettings?: Partial<Settings>;
  debounceMs?: number;
  /** The engine; core check() unless a test or a worker substitutes it. */
  checker?: PerfCheckOptions['checker'];
  /** Shown in the no-host state (the standalone page puts its file picker here). */
  emptyAction?: React.ReactNode;
}

type TabId = 'findings' | 'templates' | 'ignored' | 'settings';

export function Pane(props: PaneProps) {
  const { host, onFix, planFix, onState, onCheckDone, initialSettings, debounceMs, checker, emptyAction, launchAction } = props;
  const showTemplates = props.templates ?? !!planFix;
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const [settings, updateSettings, profile] = useSettings(initialSettings);
  const launchCheck = launchAction === 'check';
  // Last year's self-evaluation as another sheet of this workbook (issue 17); per workbook, so not a setting.
  const [baselineSheet, setBaselineSheet] = useState<string | null>(null);
  const [sheetNames, setSheetNames] = useState<string[]>([]);
  /** How many sheets the workbook has, when the active one is not a form: advise switching only if there is another. */
  const [sheetCount, setSheetCount] = useState(0);
  const pc = usePerfCheck(host, { profile: profile as string | Profile, profileAuto: !settings.profileChosen, highlight: settings.highlight, debounceMs, lang, checker, initialCheck: !launchCheck, baselineSheet });
  const [tab, setTab] = useState<TabId>('findings');
  const [announcement, setAnnouncement] = useState('');
  /**
   * The previewed plan, tied to the sheet and the check it was made from: the preview does not
   * block Excel, so the host verifies the guard before changing anything, and a re-check landing
   * meanwhile (sheet switch, edit) closes the preview.
   */
  const [plan, setPlan] = useState<{ plan: EditPlan; sheet: string; guard: EditGuard; revision: number } | null>(null);
  /** Edits applied in this pane, most recent last: 撤销插入 takes back the last one. */
  const [edits, setEdits] = useState<UndoToken[]>([]);
  const [editing, setEditing] = useState(false);
  const [fixError, setFixError] = useState<string | null>(null);
  const [exportMsg, setExportMsg] = useState<string | null>(null);

  // A new workbook (host) starts with the edits the host still keeps (the Excel host keeps them
  // across reloads of the pane, e.g. when 一键校验 reopens it).
  useEffect(() => {
    setEdits([]);
    setFixError(null);
    setBaselineSheet(null);
    let cancelled = false;
    host
      ?.pendingEdits?.()
      .then((list) => {
        if (!cancelled && list.length) setEdits(list);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [host]);

  // A re-check landed while the preview was open: the plan may no longer fit the sheet.
  useEffect(() => {
    if (plan && pc.revision !== plan.revision) {
      setPlan(null);
      setFixError(hostStrings(lang).planStale);
    }
  }, [pc.revision, plan, lang]);

  // The sheets a baseline can come from, listed when the settings open (sheets come and go).
  useEffect(() => {
    if (!host || tab !== 'settings') return;
    let cancelled = false;
    host
      .listSheets()
      .then((sheets) => {
        if (!cancelled) setSheetNames(sheets.map((x) => x.name));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [host, tab]);

  const noForm = !!pc.report && pc.report.form === null;
  useEffect(() => {
    if (!host || !noForm) return;
    let cancelled = false;
    host
      .listSheets()
      .then((sheets) => {
        if (!cancelled) setSheetCount(sheets.length);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [host, noForm]);

  const profileObject = useMemo(() => resolveProfile(profile as string | Profile), [profile]);
  const fixContext = useCallback((): FixContext | null => {
    if (!pc.report || !pc.grid) return null;
    return { report: pc.report, grid: pc.grid, model: pc.model, profile: profileObject };
  }, [pc.report, pc.grid, pc.model, profileObject]);

  // The planner is loaded after the first verdict (it is not needed for it); offers appear then.
  const [templatesModule, setTemplatesModule] = useState<TemplatesModule | null>(null);
  const hasReport = !!pc.report;
  useEffect(() => {
    if (!showTemplates || !hasReport || templatesModule) return;
    let cancelled = false;
    loadTemplates()
      .then((m) => {
        if (!cancelled) setTemplatesModule(m);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [showTemplates, hasReport, templatesModule]);
  const offers = useMemo(
    () => (showTemplates && templatesModule && pc.report && pc.model ? templatesModule.offeredTemplates(pc.model, pc.report, profileObject) : []),
    [showTemplates, templatesModule, pc.report, pc.model, profileObject],
  );
  const neededOffers = useMemo(() => offers.filter((o) => o.reason !== 'available').length, [offers]);

  useEffect(() => {
    onState?.(pc);
  });

  const shown = pc.status === 'ready';
  useEffect(() => {
    if (!shown) return;
    for (const part of PARTS) void part.preload();
    void preloadIgnoreDialog();
  }, [shown]);

  // Announce each completed re-check to screen readers, without moving focus (after an edit or an
  // undo, what was done comes first). A layout effect: the announcement is in the live region in the
  // same commit as the verdict it speaks of (the check's reply arrives asynchronously, from the
  // worker, and a passive effect could leave the two apart for a moment).
  const lastRevision = useRef(0);
  const announcePrefix = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!pc.verdict || pc.revision === lastRevision.current) return;
    const first = lastRevision.current === 0;
    lastRevision.current = pc.revision;
    if (!pc.report?.form) return;
    const text = first ? (pc.verdict.pass ? t.verdictPass : t.verdictFail(pc.verdict.errors)) : t.liveUpdated(pc.verdict.errors, pc.verdict.warnings);
    const prefix = announcePrefix.current;
    announcePrefix.current = null;
    setAnnouncement(prefix ? `${prefix} ${text}` : text);
  }, [pc.revision, pc.verdict, pc.report, t]);

  const onRunCheck = useCallback(
    async (exportReport: boolean) => {
      setExportMsg(null);
      setFixError(null);
      const outcome = await pc.runCheck({ exportReport });
      if (!outcome) return;
      setTab('findings');
      const v = outcome.verdict;
      setAnnouncement(v.pass ? t.verdictPass : t.verdictFail(v.errors));
      if (exportReport && outcome.exported) setExportMsg(host?.kind === 'file' ? t.exportedFile : t.exported);
      onCheckDone?.(outcome);
    },
    [pc, t, onCheckDone, host],
  );

  // The ribbon's 一键校验 opened the pane: run the one-click check now (the hook skipped its own
  // first check), so the pane opens on the verdict.
  const launched = useRef(false);
  useEffect(() => {
    if (!launchCheck || launched.current || !host) return;
    launched.current = true;
    void onRunCheck(false);
  }, [launchCheck, host, onRunCheck]);

  /** Plans with the planner's Chinese message on failure (TemplateError), never a stack trace. */
  const tryPlan = useCallback(
    async (make: (ctx: FixContext) => EditPlan | null | Promise<EditPlan | null>, failure: (msg: string) => string) => {
      setFixError(null);
      setExportMsg(null);
      const ctx = fixContext();
      if (!ctx) return;
      const revision = pc.revision;
      try {
        const p = await make(ctx);
        if (p) setPlan({ plan: p, sheet: ctx.report.sheet, guard: editGuard(ctx.grid, p), revision });
        else setFixError(t.fixUnavailable);
      } catch (e) {
        setFixError(failure((await isTemplateError(e)) ? (e as Error).message : errorMessage(e, lang)));
      }
    },
    [fixContext, t, lang, pc.revision],
  );

  const onFixClick = useCallback(
    (finding: Finding) => {
      if (onFix) return onFix(finding);
      if (!planFix) return;
      void tryPlan((ctx) => planFix(finding, ctx), t.fixFailed);
    },
    [onFix, planFix, tryPlan, t],
  );

  const onTemplate = useCallback((offer: TemplateOffer, items: string[]) => void tryPlan((ctx) => planOffer(offer, items, ctx), t.templateFailed), [tryPlan, t]);

  const applyPlan = useCallback(
    async (p: EditPlan) => {
      const planned = plan;
      setPlan(null);
      if (!host || !planned || planned.plan !== p) return;
      setEditing(true);
      try {
        const token = await host.applyEdit(planned.sheet, p, planned.guard);
        setEdits((prev) => [...prev, token]);
        announcePrefix.current = t.fixApplied(token.description);
        setAnnouncement(announcePrefix.current);
        await pc.runCheck({ repaint: false });
        // Show what was inserted: select (and so scroll to) the first new row.
        const first = firstEditedCell(p);
        if (first) await host.selectCell(planned.sheet, first).catch(() => undefined);
      } catch (e) {
        setFixError(t.fixFailed(errorMessage(e, lang)));
      } finally {
        setEditing(false);
      }
    },
    [host, pc, t, lang, plan],
  );

  const undoLast = useCallback(async () => {
    const token = edits[edits.length - 1];
    if (!host || !token) return;
    setEditing(true);
    setFixError(null);
    try {
      await host.undoEdit(token);
      setEdits((prev) => prev.filter((x) => x.id !== token.id));
      setExportMsg(t.fixUndone(token.description));
      announcePrefix.current = t.fixUndone(token.description);
      setAnnouncement(announcePrefix.current);
    } catch (e) {
      setFixError(t.fixFailed(errorMessage(e, lang)));
    } finally {
      setEditing(false);
    }
    await pc.runCheck({ repaint: false });
  }, [edits, host, pc, t, lang]);

  const onClearHighlights = useCallback(async () => {
    setExportMsg(null);
    try {
      await pc.clearHighlights();
      setExportMsg(t.highlightsCleared);
      setAnnouncement(t.highlightsCleared);
    } catch (e) {
      setExportMsg(errorMessage(e, lang));
    }
  }, [pc, t, lang]);

  const renderDetails = useCallback(
    (item: ViewFinding, entry: IndicatorGroup) => (
      <FindingDetails
        item={item}
        fullText={fullTextFor(entry, pc.grid, t)}
        onGoTo={(it) => pc.select(it.id, { reveal: true })}
        onIgnore={(it, reason) => pc.ignore(it, reason)}
        onFix={onFix || planFix ? onFixClick : undefined}
      />
    ),
    [pc, onFix, planFix, onFixClick, t],
  );

  let body: React.ReactNode;
  if (pc.status === 'no-host') {
    body = (
      <div className={styles.empty} data-testid="state-no-host">
        <p className={styles.emptyTitle}>{t.noHost}</p>
        <p>{t.noHostHint}</p>
        {emptyAction}
      </div>
    );
  } else if (pc.status === 'error') {
    body = (
      <div className={styles.error} role="alert" data-testid="state-error">
        <strong>{t.errorTitle}</strong>
        <p style={{ margin: '4px 0' }}>{pc.error}</p>
        <Button size="small" onClick={() => void pc.runCheck()}>
          {t.retry}
        </Button>
      </div>
    );
  } else if (pc.status === 'loading' || !pc.report || !pc.verdict || !pc.counts) {
    body = <Spinner label={t.loading} data-testid="state-loading" />;
  } else {
    const report = pc.report;
    const isForm = report.form !== null;
    body = (
      <>
        <Summary
          report={report}
          verdict={pc.verdict}
          counts={pc.counts}
          filter={pc.filter}
          onFilter={(c) => {
            pc.setFilter(c);
            setTab('findings');
          }}
          busy={pc.busy}
          checkedAt={pc.checkedAt}
          onRunCheck={(x) => void onRunCheck(x)}
          profileName={typeof profile === 'object' ? profile.name : undefined}
          onClearHighlights={host ? () => void onClearHighlights() : undefined}
        />
        {!isForm ? (
          <div className={styles.empty} data-testid="state-no-form">
            <p className={styles.emptyTitle}>{t.noForm}</p>
            {/* The engine's message says what a form needs and where something close was found. */}
            <p>{report.findings[0]?.message ?? t.noFormHint}</p>
            {sheetCount > 1 ? <p>{t.noFormHint}</p> : null}
          </div>
        ) : null}
        {fixError ? (
          <div className={styles.fixError} role="alert" data-testid="fix-error">
            <span className={styles.noticeText}>{fixError}</span>
            <Button size="small" appearance="subtle" onClick={() => setFixError(null)}>
              {t.dismiss}
            </Button>
          </div>
        ) : null}
        {edits.length ? (
          <div className={styles.editBar} data-testid="edit-bar">
            <span className={styles.noticeText} data-testid="edit-description">
              {t.fixApplied(edits[edits.length - 1].description)}
            </span>
            <Button size="small" appearance="primary" disabled={editing || pc.busy} onClick={() => void undoLast()} aria-label={t.fixUndoLabel(edits[edits.length - 1].description)} data-testid="undo-edit">
              {t.fixUndo}
            </Button>
          </div>
        ) : null}
        {pc.highlightsShown && host?.kind === 'excel' ? (
          <div className={styles.notice} data-testid="highlights-note">
            <span className={styles.noticeText}>{hostStrings(lang).highlightsSaved}</span>
          </div>
        ) : null}
        {exportMsg || pc.notice ? (
          <div className={styles.notice} role="status" data-testid="notice">
            <span className={styles.noticeText}>{exportMsg ?? pc.notice}</span>
          </div>
        ) : null}
        <Tabs<TabId>
          className={styles.tabs}
          selected={tab}
          onSelect={setTab}
          items={[
            { value: 'findings', label: t.tabFindings(pc.active.length), testId: 'tab-findings' },
            ...(showTemplates && isForm ? [{ value: 'templates', label: t.tabTemplates(neededOffers), testId: 'tab-templates' } as TabItem<TabId>] : []),
            { value: 'ignored', label: t.tabIgnored(pc.ignored.length), testId: 'tab-ignored' },
            { value: 'settings', label: t.tabSettings, testId: 'tab-settings' },
          ]}
        />
        <div role="tabpanel">
          {tab === 'findings' && isForm ? (
            <FindingsList
              groups={pc.groups}
              visible={pc.visible}
              selectedId={pc.selected?.id ?? null}
              filter={pc.filter}
              onFilter={pc.setFilter}
              onSelect={(id) => pc.select(id)}
              onNext={pc.next}
              onPrevious={pc.previous}
              renderDetails={renderDetails}
            />
          ) : null}
          {tab === 'templates' && showTemplates && isForm ? (
            <TemplatesPanel offers={offers} onInsert={onTemplate} onGoTo={(cell) => host?.selectCell(report.sheet, cell).catch((e) => setExportMsg(errorMessage(e, lang)))} busy={editing || pc.busy} />
          ) : null}
          {tab === 'ignored' ? <IgnoredList items={pc.ignored} onRestore={(k) => void pc.restore(k)} onReset={() => pc.resetIgnored()} onUndoReset={(entries) => void pc.reinstateIgnored(entries)} /> : null}
          {tab === 'settings' ? (
            <SettingsPanel
              settings={settings}
              onChange={updateSettings}
              baseline={{ sheets: sheetNames.filter((n) => n !== pc.report?.sheet), selected: baselineSheet, onSelect: setBaselineSheet }}
            />
          ) : null}
        </div>
      </>
    );
  }

  return (
    <div className={styles.root} role="region" aria-label={t.appTitle} aria-busy={pc.busy} data-testid="pane" data-status={pc.status}>
      <div className={styles.srOnly} aria-live="polite" role="status" data-testid="announcer">
        {announcement}
      </div>
      {body}
      {plan ? <FixPreviewDialog plan={plan.plan} onApply={(p) => void applyPlan(p)} onCancel={() => setPlan(null)} /> : null}
    </div>
  );
}
