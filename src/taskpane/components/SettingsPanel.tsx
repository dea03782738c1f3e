// Settings: the indicator system (built-in, or an organisation's JSON file checked by
// parseProfile with a Chinese message), and highlighting on the sheet.

import { Button, Field, makeStyles, Select, Switch, tokens } from '@fluentui/react-components';
import { ChangeEvent, useContext, useId, useRef, useState } from 'react';
import { BUILTIN_PROFILES } from '../../core/profiles';
import { parseProfile, ProfileError } from '../../core/profiles/parse';
import { Lang, SetLangContext, useLang, useStrings } from '../i18n';
import type { Settings } from '../settings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '16px', paddingTop: '8px' },
  fileRow: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  ok: { color: tokens.colorStatusSuccessForeground1, fontSize: tokens.fontSizeBase200 },
});

export interface BaselineChoice {
  /** Sheets of the workbook that could hold last year's self-evaluation. */
  sheets: string[];
  selected: string | null;
  onSelect(sheet: string | null): void;
}

export function SettingsPanel({ settings, onChange, baseline }: { settings: Settings; onChange(patch: Partial<Settings>): void; baseline?: BaselineChoice }) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  const [loadedMsg, setLoadedMsg] = useState<string | null>(null);

  let customName: string | null = null;
  if (settings.customProfileJson) {
    try {
      const p = parseProfile(settings.customProfileJson);
      customName = lang === 'en' ? p.nameEn ?? p.name : p.name;
    } catch {
      customName = null;
    }
  }

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setLoadedMsg(null);
    try {
      const text = await readText(file);
      const profile = parseProfile(text);
      setFileError(null);
      onChange({ profileId: 'custom', customProfileJson: text });
      setLoadedMsg(t.settingsProfileLoaded(lang === 'en' ? profile.nameEn ?? profile.name : profile.name));
    } catch (err) {
      setFileError(err instanceof ProfileError ? err.message : t.settingsProfileUnreadable(file.name));
    }
  };

  const setLang = useContext(SetLangContext);
  return (
    <section className={styles.root} aria-label={t.tabSettings} data-testid="settings">
      {setLang ? (
        <Field label={t.settingsLang} hint={t.settingsLangNote}>
          <Select value={lang} onChange={(_, d) => setLang(d.value as Lang)} data-testid="lang-select">
            <option value="zh">中文</option>
            <option value="en">English</option>
          </Select>
        </Field>
      ) : null}
      <Field label={t.settingsProfile}>
        <Select value={settings.profileId} onChange={(_, d) => onChange({ profileId: d.value })} data-testid="profile-select">
          {Object.values(BUILTIN_PROFILES).map((p) => (
            <option key={p.id} value={p.id}>
              {lang === 'en' ? p.nameEn ?? p.name : p.name}
            </option>
          ))}
          {customName ? <option value="custom">{t.settingsProfileCustom(customName)}</option> : null}
        </Select>
      </Field>

      <Field label={t.settingsProfileFile} hint={t.settingsProfileFileHint} validationMessage={fileError ?? undefined} validationState={fileError ? 'error' : 'none'}>
        <div className={styles.fileRow}>
          <input id={fileId} ref={fileInput} type="file" accept=".json,application/json" className={styles.hidden} onChange={onFile} data-testid="profile-file" aria-label={t.settingsProfileFile} />
          <Button onClick={() => fileInput.current?.click()}>{t.settingsProfileFile}</Button>
          {settings.customProfileJson ? (
            <Button
              appearance="subtle"
              onClick={() => {
                onChange({ customProfileJson: null, profileId: settings.profileId === 'custom' ? 'guangdong' : settings.profileId });
                setLoadedMsg(null);
              }}
            >
              {t.settingsProfileRemove}
            </Button>
          ) : null}
        </div>
      </Field>
      {loadedMsg ? (
        <p className={styles.ok} role="status">
          {loadedMsg}
        </p>
      ) : null}

      {baseline && baseline.sheets.length > 0 ? (
        <Field label={t.settingsBaseline} hint={t.settingsBaselineHint}>
          <Select value={baseline.selected ?? ''} onChange={(_, d) => baseline.onSelect(d.value || null)} data-testid="baseline-select">
            <option value="">{t.settingsBaselineNone}</option>
            {baseline.sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}

      <Field hint={t.settingsHighlightHint}>
        <Switch checked={settings.highlight} onChange={(_, d) => onChange({ highlight: d.checked })} label={t.settingsHighlight} data-testid="highlight-switch" />
      </Field>
    </section>
  );
}

/** File.text() where available; FileReader otherwise (older WebViews inside Office). */
export function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}
