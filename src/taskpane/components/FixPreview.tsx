// Preview of an edit plan before it touches the sheet (inserting rows can clear Excel's undo
// history, so the user sees exactly what will be written and can take it back afterwards).

import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { EditPlan } from '../../host/types';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%' },
  td: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', overflowWrap: 'anywhere' },
  scroll: { maxHeight: '40vh', overflow: 'auto' },
});

export function FixPreviewDialog({ plan, onApply, onCancel }: { plan: EditPlan | null; onApply(plan: EditPlan): void; onCancel(): void }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <Dialog open={!!plan} onOpenChange={(_, d) => (!d.open ? onCancel() : undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.fixPreviewTitle}</DialogTitle>
          <DialogContent>
            <p style={{ marginTop: 0 }} data-testid="fix-description">
              {plan?.description}
            </p>
            <div className={styles.scroll}>
              <table className={styles.table}>
                <tbody>
                  {plan?.insertions.flatMap((ins, i) =>
                    ins.rows.map((row, j) => (
                      <tr key={`${i}-${j}`}>
                        <td className={styles.td}>{ins.beforeRow + j + 1}</td>
                        {row.map((v, k) => (
                          <td key={k} className={styles.td}>
                            {v ?? ''}
                          </td>
                        ))}
                      </tr>
                    )),
                  )}
                  {plan?.writes.map((w) => (
                    <tr key={w.address}>
                      <td className={styles.td}>{w.address}</td>
                      <td className={styles.td}>{w.value ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => plan && onApply(plan)} data-testid="fix-apply">
              {t.fixApply}
            </Button>
            <Button onClick={onCancel}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
