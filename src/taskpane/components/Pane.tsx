// The pane, once for every host: header (verdict, counts, 一键校验), then tabs for the findings,
// the ignored findings and the settings. It talks to the workbook only through the Host it is given.

import { Button, makeStyles, Spinner, Tab, TabList, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Profile } from '../../core/profiles';
import type { Finding, Report } from '../../core/report';
import type { EditPlan, Host, UndoToken } from '../../host/types';
import type { Grid } from '../../core/grid/grid';
import { useLang, useStrings } from '../i18n';
import type { ViewFinding } from '../model';
import { Settings, useSettings } from '../settings';
import { CheckOutcome, errorMessage, PerfCheck, PerfCheckOptions, usePerfCheck } from '../usePerfCheck';
import { FindingDetails } from './FindingDetails';
import { FindingsList } from './FindingsList';
import { FixPreviewDialog } from './FixPreview';
import { IgnoredList } from './IgnoredList';
import { SettingsPanel } from './SettingsPanel';
import { Summary } from './Summary';

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
  tabs: { marginLeft: '-10px', marginRight: '-10px' },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface PaneProps {
  host: Host | null;
  /** Apply a finding's fix yourself (takes precedence over planFix). */
  onFix?: (finding: Finding) => void;
  /** Plan a finding's fix: the pane previews the plan, applies it through the host, offers undo. */
  planFix?: (finding: Finding, context: { report: Report; grid: Grid }) => EditPlan | null;
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

type TabId = 'findings' | 'ignored' | 'settings';

export function Pane(props: PaneProps) {
  const { host, onFix, planFix, onState, onCheckDone, initialSettings, debounceMs, checker, emptyAction } = props;
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const [settings, updateSettings, profile] = useSettings(initialSettings);
  const pc = usePerfCheck(host, { profile: profile as string | Profile, highlight: settings.highlight, debounceMs, lang, checker });
  const [tab, setTab] = useState<TabId>('findings');
  const [announcement, setAnnouncement] = useState('');
  const [plan, setPlan] = useState<EditPlan | null>(null);
  const [undo, setUndo] = useState<UndoToken | null>(null);
  const [exportMsg, setExportMsg] = useState<string | null>(null);

  useEffect(() => {
    onState?.(pc);
  });

  // Announce each completed re-check to screen readers, without moving focus.
  const lastRevision = useRef(0);
  useEffect(() => {
    if (!pc.verdict || pc.revision === lastRevision.current) return;
    const first = lastRevision.current === 0;
    lastRevision.current = pc.revision;
    if (!pc.report?.form) return;
    setAnnouncement(first ? (pc.verdict.pass ? t.verdictPass : t.verdictFail(pc.verdict.errors)) : t.liveUpdated(pc.verdict.errors, pc.verdict.warnings));
  }, [pc.revision, pc.verdict, pc.report, t]);

  const onRunCheck = useCallback(
    async (exportReport: boolean) => {
      setExportMsg(null);
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

  const onFixClick = useCallback(
    (finding: Finding) => {
      if (onFix) return onFix(finding);
      if (!planFix || !pc.report || !pc.grid) return;
      setPlan(planFix(finding, { report: pc.report, grid: pc.grid }));
    },
    [onFix, planFix, pc.report, pc.grid],
  );

  const applyPlan = useCallback(
    async (p: EditPlan) => {
      setPlan(null);
      if (!host || !pc.report) return;
      try {
        setUndo(await host.applyEdit(pc.report.sheet, p));
        await pc.runCheck();
      } catch (e) {
        setExportMsg(t.fixFailed(errorMessage(e, lang)));
      }
    },
    [host, pc, t, lang],
  );

  const renderDetails = useCallback(
    (item: ViewFinding) => (
      <FindingDetails item={item} onGoTo={(it) => pc.select(it.id, { reveal: true })} onIgnore={(it, reason) => pc.ignore(it, reason)} onFix={onFix || planFix ? onFixClick : undefined} />
    ),
    [pc, onFix, planFix, onFixClick],
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
        />
        {!isForm ? (
          <div className={styles.empty} data-testid="state-no-form">
            <p className={styles.emptyTitle}>{t.noForm}</p>
            <p>{report.findings[0]?.message ?? t.noFormHint}</p>
            <p>{t.noFormHint}</p>
          </div>
        ) : null}
        {exportMsg || pc.notice || undo ? (
          <div className={styles.notice} role="status" data-testid="notice">
            <span>{exportMsg ?? pc.notice ?? (undo ? t.fixApplied(undo.description) : '')}</span>
            {undo ? (
              <Button
                size="small"
                onClick={async () => {
                  const tok = undo;
                  setUndo(null);
                  try {
                    await host?.undoEdit(tok);
                    await pc.runCheck();
                  } catch (e) {
                    setExportMsg(t.fixFailed(errorMessage(e, lang)));
                  }
                }}
              >
                {t.fixUndo}
              </Button>
            ) : null}
          </div>
        ) : null}
        <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small">
          <Tab value="findings" data-testid="tab-findings">
            {t.tabFindings(pc.active.length)}
          </Tab>
          <Tab value="ignored" data-testid="tab-ignored">
            {t.tabIgnored(pc.ignored.length)}
          </Tab>
          <Tab value="settings" data-testid="tab-settings">
            {t.tabSettings}
          </Tab>
        </TabList>
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
          {tab === 'ignored' ? <IgnoredList items={pc.ignored} onRestore={(k) => void pc.restore(k)} onReset={() => void pc.resetIgnored()} /> : null}
          {tab === 'settings' ? <SettingsPanel settings={settings} onChange={updateSettings} /> : null}
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
      <FixPreviewDialog plan={plan} onApply={(p) => void applyPlan(p)} onCancel={() => setPlan(null)} />
    </div>
  );
}
