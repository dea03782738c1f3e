// Preview of an edit plan before it touches the sheet (inserting rows can clear Excel's undo
// history, so the user sees exactly what will be written and can take it back afterwards). Every
// change is listed: new rows, fills of an empty category row's blank cells, appends to a packed
// 绩效指标 cell (describePlan: the plan's own preview lines, or its rows and writes).

import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { describePlan } from '../../core/templates/describe';
import type { EditPlan } from '../../host/types';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  lines: { margin: 0, paddingLeft: '18px', fontSize: tokens.fontSizeBase200, display: 'flex', flexDirection: 'column', gap: '4px' },
  line: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  scroll: { maxHeight: '40vh', overflow: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '6px 8px' },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, marginBottom: 0 },
  warn: { fontSize: tokens.fontSizeBase200, padding: '4px 8px', borderLeft: `3px solid ${tokens.colorStatusWarningBorderActive}`, backgroundColor: tokens.colorStatusWarningBackground1 },
  label: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, margin: '0 0 4px' },
});

/** The preview's change lines (the first line of describePlan is the description). */
export function previewLines(plan: EditPlan): string[] {
  return describePlan(plan)
    .split('\n')
    .slice(1)
    .map((l) => l.trim())
    .filter(Boolean);
}

export function FixPreviewDialog({ plan, onApply, onCancel }: { plan: EditPlan | null; onApply(plan: EditPlan): void; onCancel(): void }) {
  const t = useStrings();
  const styles = useStyles();
  const lines = useMemo(() => (plan ? previewLines(plan) : []), [plan]);
  return (
    <Dialog open={!!plan} onOpenChange={(_, d) => (!d.open ? onCancel() : undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.fixPreviewTitle}</DialogTitle>
          <DialogContent>
            <p style={{ marginTop: 0 }} data-testid="fix-description">
              {plan?.description}
            </p>
            {lines.length ? (
              <div className={styles.scroll}>
                <p className={styles.label} id="perfcheck-fix-preview-label">
                  {t.fixPreviewLabel}
                </p>
                <ul className={styles.lines} aria-labelledby="perfcheck-fix-preview-label" data-testid="fix-preview">
                  {lines.map((l, i) => (
                    <li key={i} className={styles.line} data-testid="fix-preview-line">
                      {l}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {lines.some((l) => l.includes('【待填】')) ? (
              <p className={styles.warn} data-testid="placeholder-note">
                {t.placeholderNote}
              </p>
            ) : null}
            <p className={styles.note}>{t.fixPreviewNote}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => plan && onApply(plan)} data-testid="fix-apply">
              {t.fixApply}
            </Button>
            <Button onClick={onCancel} data-testid="fix-cancel">
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
