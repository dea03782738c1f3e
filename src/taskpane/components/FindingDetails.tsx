// What opens under the selected finding: why it matters, how to fix it, the cells involved, and
// the actions (go to cell, fix, ignore with a reason).

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../core/report';
import { useStrings } from '../i18n';
import type { ViewFinding } from '../model';
import { lazyPart } from './lazyPart';

const useStyles = makeStyles({
  root: { padding: '0 8px 8px 30px', fontSize: tokens.fontSizeBase200, display: 'flex', flexDirection: 'column', gap: '4px' },
  label: { fontWeight: tokens.fontWeightSemibold, marginRight: '4px' },
  para: { margin: 0, overflowWrap: 'anywhere' },
  cells: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  fullText: {
    margin: '2px 0',
    padding: '4px 6px',
    maxHeight: '14em',
    overflowY: 'auto',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '4px', marginTop: '4px' },
});

export interface FindingDetailsProps {
  item: ViewFinding;
  onGoTo(item: ViewFinding): void;
  onIgnore(item: ViewFinding, reason: string): void | Promise<void>;
  /** Shown when the finding carries a fix and the pane was given a way to apply it. */
  onFix?: (finding: Finding) => void;
  /** The text the finding is about, in full (a packed item, or a long cell the grid cuts). */
  fullText?: { label: string; text: string } | null;
}

// The dialog (Fluent's Dialog, Field, Textarea) loads when 忽略 is first used (own chunk).
const IgnoreDialogPart = lazyPart(() => import(/* webpackChunkName: "pane-dialogs" */ './IgnoreDialog').then((m) => m.IgnoreDialog));
export const preloadIgnoreDialog = IgnoreDialogPart.preload;

export function FindingDetails({ item, onGoTo, onIgnore, onFix, fullText }: FindingDetailsProps) {
  const t = useStrings();
  const styles = useStyles();
  const f = item.finding;
  const [ignoring, setIgnoring] = useState(false);
  const ignoreButton = useRef<HTMLButtonElement>(null);
  const [pendingReason, setPendingReason] = useState<string | null>(null);
  const [dialogGone, setDialogGone] = useState(true);
  // Closing the dialog (cancel, Esc) returns focus to 忽略, not to the page body.
  const wasIgnoring = useRef(false);
  useEffect(() => {
    if (wasIgnoring.current && !ignoring) ignoreButton.current?.focus();
    wasIgnoring.current = ignoring;
  }, [ignoring]);
  useEffect(() => {
    if (pendingReason === null || !dialogGone) return;
    setPendingReason(null);
    void onIgnore(item, pendingReason);
  }, [pendingReason, dialogGone, item, onIgnore]);
  return (
    <div className={styles.root} data-testid="finding-details">
      {fullText ? (
        <div>
          <span className={styles.label}>{fullText.label}：</span>
          <p className={styles.fullText} data-testid="full-text" tabIndex={0}>
            {fullText.text}
          </p>
        </div>
      ) : null}
      {f.why ? (
        <p className={styles.para}>
          <span className={styles.label}>{t.why}：</span>
          {f.why}
        </p>
      ) : null}
      {f.suggestion ? (
        <p className={styles.para} data-testid="suggestion">
          <span className={styles.label}>{t.suggestion}：</span>
          {f.suggestion}
        </p>
      ) : null}
      {f.cells.length > 1 ? (
        <p className={styles.para}>
          <span className={styles.label}>{t.cells}：</span>
          <span className={styles.cells}>{f.cells.join('、')}</span>
        </p>
      ) : null}
      <div className={styles.actions}>
        <Button size="small" onClick={() => onGoTo(item)} data-testid="go-to-cell">
          {t.goToCell}
        </Button>
        {f.fix && onFix ? (
          <Button size="small" appearance="primary" onClick={() => onFix(f)} data-testid="fix">
            {t.fix(f.fix.label)}
          </Button>
        ) : null}
        <Button size="small" ref={ignoreButton} onClick={() => setIgnoring(true)} data-testid="ignore">
          {t.ignore}
        </Button>
      </div>
      <IgnoreDialogPart
        open={ignoring}
        onClosed={() => setDialogGone(true)}
        onOpened={() => setDialogGone(false)}
        finding={f}
        onCancel={() => setIgnoring(false)}
        onConfirm={(reason) => {
          // Close first; ignore once the dialog is gone: ignoring removes this finding (and this
          // component), and a modal dialog torn down mid-close leaves the page aria-hidden.
          setIgnoring(false);
          setPendingReason(reason);
        }}
      />
    </div>
  );
}

