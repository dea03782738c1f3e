// The ignore dialog: a reason is required; it is saved with the workbook.

import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Textarea } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Finding } from '../../core/report';
import { useStrings } from '../i18n';

/** Mounted with the dialog's surface: tells when the surface (and its modal hold on the page) is really gone. */
function Presence({ onOpened, onClosed }: { onOpened?: () => void; onClosed?: () => void }) {
  useEffect(() => {
    onOpened?.();
    return () => onClosed?.();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}

export function IgnoreDialog({ open, finding, onCancel, onConfirm, onOpened, onClosed }: { open: boolean; finding: Finding; onCancel(): void; onConfirm(reason: string): void; onOpened?: () => void; onClosed?: () => void }) {
  const t = useStrings();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const invalid = touched && !reason.trim();
  const submit = () => {
    setTouched(true);
    if (!reason.trim()) return;
    onConfirm(reason.trim());
    setReason('');
    setTouched(false);
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => (!d.open ? onCancel() : undefined)}>
      <DialogSurface aria-describedby={undefined}>
        <Presence onOpened={onOpened} onClosed={onClosed} />
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{t.ignoreTitle}</DialogTitle>
            <DialogContent>
              <p style={{ marginTop: 0 }}>
                {finding.cell}：{finding.message}
              </p>
              <Field label={t.ignoreReason} hint={t.ignoreReasonHint} validationMessage={invalid ? t.ignoreReasonRequired : undefined} required>
                <Textarea value={reason} onChange={(_, d) => setReason(d.value)} data-testid="ignore-reason" resize="vertical" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" data-testid="ignore-confirm">
                {t.ignoreConfirm}
              </Button>
              <Button onClick={onCancel}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
