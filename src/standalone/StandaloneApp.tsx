// The standalone page: open an .xlsx (picker or drag-and-drop) or a bundled sample, see the sheet
// read-only with highlights, the same pane beside it, and download the workbook with the findings
// marked. A workbook is read, shown and checked by the bounded reader (in a worker); exceljs is loaded only
// when the user first inserts template rows, so neither the page's first JS nor opening a file pays for it.

import { Button, FluentProvider, makeStyles, Spinner, tokens, webLightTheme } from '@fluentui/react-components';
import { Tabs } from '../taskpane/components/Tabs';
import { ArrowDownload20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import { DragEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { SheetInfo } from '../host/types';
import type { FileHost } from '../host/file/FileHost';
import { Pane } from '../taskpane/components/Pane';
import { planFixWithTemplates } from '../taskpane/fix';
import { Lang, LangContext, SetLangContext, STRINGS } from '../taskpane/i18n';
import { useLangChoice } from '../taskpane/langChoice';
import { reportRows } from '../taskpane/model';
import type { CheckOutcome, PerfCheck } from '../taskpane/usePerfCheck';
import { errorMessage } from '../taskpane/usePerfCheck';
import { lazyPart } from '../taskpane/components/lazyPart';
import { loadSampleList, openFileHost, SampleInfo } from './load';
import { PAGE_STRINGS } from './strings';

// The grid view (and the sheet reader it uses) comes with the workbook, not with the page.
const GridView = lazyPart(() => import(/* webpackChunkName: "file-host" */ './GridView').then((m) => m.GridView));

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '8px 12px',
    padding: '8px 12px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0, marginRight: 'auto', '@media (max-width: 720px)': { fontSize: tokens.fontSizeBase400, width: '100%' } },
  // A native select (Fluent's Select is not worth its weight in the page's first JS).
  sampleSelect: {
    minWidth: 0,
    maxWidth: '100%',
    width: '260px',
    height: '32px',
    padding: '0 8px',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium, '@media (max-width: 720px)': { width: 'auto', flex: '1 1 120px' } },
  fileName: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  // Narrow screens: the page does not scroll; the pane (verdict first) on top and the sheet below
  // share the height, so the verdict is in view at once and 定位单元格 shows its cell on screen.
  main: { display: 'flex', flexGrow: 1, minHeight: 0, '@media (max-width: 720px)': { flexDirection: 'column' } },
  sheetArea: { flexGrow: 1, minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column', '@media (max-width: 720px)': { flex: '1 1 45%' } },
  gridWrap: { flexGrow: 1, minHeight: '200px', position: 'relative', '@media (max-width: 720px)': { minHeight: '96px' } },
  pane: {
    width: '340px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 720px)': { order: -1, width: '100%', flex: '1 1 55%', minHeight: 0, borderLeft: 'none', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  },
  drop: {
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: '12px',
    margin: '16px',
    padding: '24px',
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
  },
  dragging: { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-3px' },
  error: { margin: '8px 12px', padding: '8px 10px', backgroundColor: tokens.colorStatusDangerBackground1, borderLeft: `4px solid ${tokens.colorStatusDangerBorderActive}` },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
});

export function StandaloneApp({ lang: forced, initialSample }: { lang?: Lang; initialSample?: string | null }) {
  const [lang, setLang] = useLangChoice(forced);
  return (
    <LangContext.Provider value={lang}>
      <SetLangContext.Provider value={setLang}>
        <FluentProvider theme={webLightTheme} lang={lang === 'en' ? 'en-US' : 'zh-CN'} style={{ height: '100%' }}>
          <Page lang={lang} initialSample={initialSample ?? null} />
        </FluentProvider>
      </SetLangContext.Provider>
    </LangContext.Provider>
  );
}

function Page({ lang, initialSample }: { lang: Lang; initialSample: string | null }) {
  const styles = useStyles();
  const t = PAGE_STRINGS[lang];
  const [host, setHost] = useState<FileHost | null>(null);
  /** Bumped per opened workbook: the pane remounts, so nothing of the last file lingers. */
  const [hostKey, setHostKey] = useState(0);
  const [sheets, setSheets] = useState<SheetInfo[]>([]);
  const [loading, setLoading] = useState(false);
  /** The bounded read's progress while a workbook opens (0..1), or null. */
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [samples, setSamples] = useState<SampleInfo[]>([]);
  const [sample, setSample] = useState('');
  const [dragging, setDragging] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const paneState = useRef<PerfCheck | null>(null);

  /**
   * A file that cannot be opened closes the one before: its grid, verdict and download must not
   * stay on screen under a message about another file (the user would download the old report).
   */
  const reject = useCallback(
    (name: string, message: string) => {
      setHost(null);
      setSheets([]);
      setHostKey((k) => k + 1);
      paneState.current = null;
      setSample('');
      document.title = t.title;
      setError(t.rejected(name, message));
    },
    [t],
  );

  const open = useCallback(
    async (name: string, load: () => Promise<Uint8Array>) => {
      setLoading(true);
      setError(null);
      try {
        const bytes = await load();
        const [h] = await Promise.all([openFileHost(bytes, name, setProgress), GridView.preload()]);
        setSheets(await h.listSheets());
        setHost(h);
        setHostKey((k) => k + 1);
        document.title = `${name} · ${STRINGS[lang].appTitle}`;
      } catch (e) {
        reject(name, errorMessage(e, lang));
      } finally {
        setLoading(false);
        setProgress(null);
      }
    },
    [lang, reject],
  );

  const openFile = useCallback(
    (file: File) => {
      if (!/\.xls[xm]?$/i.test(file.name) && file.type && !file.type.includes('sheet')) {
        reject(file.name, t.notXlsx(file.name));
        return;
      }
      void open(file.name, async () => new Uint8Array(await file.arrayBuffer()));
    },
    [open, reject, t],
  );

  const openSample = useCallback(
    (file: string) => {
      setSample(file);
      void open(file, async () => {
        const res = await fetch(`samples/${encodeURIComponent(file)}`);
        if (!res.ok) throw new Error(t.sampleFailed(file));
        return new Uint8Array(await res.arrayBuffer());
      });
    },
    [open, t],
  );

  useEffect(() => {
    void loadSampleList().then(setSamples);
    if (initialSample) openSample(initialSample);
  }, [initialSample, openSample]);

  // Keep the sheet tabs in step with the host (sheet switches from the pane or the tabs).
  useEffect(() => {
    if (!host) return;
    return host.onChange(() => void host.listSheets().then(setSheets));
  }, [host]);

  const download = useCallback(
    async (outcome?: CheckOutcome) => {
      const pc = paneState.current;
      if (!host) return;
      setDownloading(true);
      try {
        const report = outcome?.report ?? pc?.report;
        const active = outcome ? outcome.active : (pc?.active ?? []).map((v) => v.finding);
        const rows = outcome?.rows ?? (pc?.report ? reportRows(pc.report, pc.active, pc.ignored) : null);
        const { bytes, fileName } = await host.download({ sheet: report?.sheet ?? host.activeSheet, findings: report?.form ? active : [], reportRows: rows ?? host.exportedReportRows });
        saveBytes(bytes, fileName);
      } catch (e) {
        setError(errorMessage(e, lang));
      } finally {
        setDownloading(false);
      }
    },
    [host, lang],
  );

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files?.[0];
    if (file) openFile(file);
  };

  const picker = (
    <>
      <input ref={fileInput} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className={styles.hidden} tabIndex={-1} aria-hidden data-testid="file-input" aria-label={t.open} onChange={(e) => {
        const f = e.target.files?.[0];
        e.target.value = '';
        if (f) openFile(f);
      }} />
      <Button icon={<FolderOpen20Regular />} onClick={() => fileInput.current?.click()} data-testid="open-file">
        {t.open}
      </Button>
    </>
  );

  return (
    <div
      className={`${styles.page} ${dragging ? styles.dragging : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
      data-testid="standalone"
    >
      <header className={styles.header}>
        <h1 className={styles.title}>{t.title}</h1>
        {picker}
        {samples.length ? (
          <select className={styles.sampleSelect} aria-label={t.sample} value={sample} onChange={(e) => e.target.value && openSample(e.target.value)} data-testid="sample-select">
            <option value="">{t.sample}</option>
            {samples.map((s) => (
              <option key={s.file} value={s.file}>
                {s.label}
              </option>
            ))}
          </select>
        ) : null}
        <Button appearance="primary" icon={<ArrowDownload20Regular />} disabled={!host || downloading} onClick={() => void download()} data-testid="download">
          {t.download}
        </Button>
      </header>
      {error ? (
        <div className={styles.error} role="alert" data-testid="page-error">
          {error}
        </div>
      ) : null}
      <div className={styles.main}>
        <section className={styles.sheetArea} aria-label={t.sheetArea}>
          {host ? (
            <>
              <div className={styles.fileName} style={{ padding: '4px 12px' }} data-testid="file-name">
                {host.fileName}
              </div>
              {sheets.length > 1 ? (
                <Tabs
                  selected={sheets.find((s) => s.active)?.name}
                  onSelect={(name) => void host.activateSheet(name).then(() => host.listSheets().then(setSheets))}
                  label={t.sheets}
                  testId="sheet-tabs"
                  items={sheets.map((s) => ({ value: s.name, label: s.name }))}
                />
              ) : null}
              <div className={styles.gridWrap}>
                <GridView host={host} label={t.gridLabel(host.activeSheet)} />
              </div>
            </>
          ) : (
            <div className={styles.drop} data-testid="drop-zone">
              {loading ? <Spinner label={progress === null ? t.loading : `${t.loading} ${Math.round(progress * 100)}%`} /> : <p>{t.dropHint}</p>}
            </div>
          )}
        </section>
        <aside className={styles.pane} aria-label={STRINGS[lang].appTitle}>
          <Pane
            key={hostKey}
            host={host}
            planFix={planFixWithTemplates}
            onState={(s) => {
              paneState.current = s;
            }}
            onCheckDone={(outcome) => {
              if (outcome.exported) void download(outcome);
            }}
            emptyAction={
              loading ? (
                <Spinner size="small" label={progress === null ? t.loading : `${t.loading} ${Math.round(progress * 100)}%`} />
              ) : (
                <Button icon={<FolderOpen20Regular />} onClick={() => fileInput.current?.click()}>
                  {t.open}
                </Button>
              )
            }
          />
        </aside>
      </div>
    </div>
  );
}

function saveBytes(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
