// The pane's settings: indicator system (built-in or a custom JSON file), highlight on/off.
// Per user, not per workbook: kept in localStorage when there is one.

import { useCallback, useEffect, useMemo, useState } from 'react';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID, Profile } from '../core/profiles';

export const SETTINGS_KEY = 'perfcheck.settings';

export interface Settings {
  /** A built-in profile id, or "custom" for customProfileJson. */
  profileId: string;
  customProfileJson: string | null;
  highlight: boolean;
  /**
   * The user picked the indicator system. Until then a form laid out in another system (成本指标 as
   * a 一级) is checked against that system, and the pane says so; a choice always holds.
   */
  profileChosen?: boolean;
}

export const DEFAULT_SETTINGS: Settings = { profileId: DEFAULT_PROFILE_ID, customProfileJson: null, highlight: true };

export interface SettingsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function defaultStore(): SettingsStore | null {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : null;
  } catch {
    return null; // storage disabled (privacy mode, sandboxed iframe)
  }
}

export function loadSettings(store: SettingsStore | null = defaultStore()): Settings {
  if (!store) return DEFAULT_SETTINGS;
  try {
    const raw = store.getItem(SETTINGS_KEY);
    if (!raw) return DEFAULT_SETTINGS;
    const s = JSON.parse(raw) as Partial<Settings>;
    const out: Settings = {
      profileId: typeof s.profileId === 'string' ? s.profileId : DEFAULT_SETTINGS.profileId,
      customProfileJson: typeof s.customProfileJson === 'string' ? s.customProfileJson : null,
      highlight: typeof s.highlight === 'boolean' ? s.highlight : true,
      ...(s.profileChosen === true ? { profileChosen: true } : {}),
    };
    if (out.profileId === 'custom' ? !out.customProfileJson : !BUILTIN_PROFILES[out.profileId]) out.profileId = DEFAULT_PROFILE_ID;
    return out;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function saveSettings(settings: Settings, store: SettingsStore | null = defaultStore()): void {
  try {
    store?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Quota or disabled storage: settings then last for this session only.
  }
}

type ParseProfile = (jsonText: string) => Profile;

/**
 * The profile the settings select: a built-in id, or the parsed custom profile. The parser (zod) is
 * loaded on demand: until it is there, a custom profile falls back to the default.
 */
export function selectedProfile(settings: Settings, parseProfile?: ParseProfile): string | Profile {
  if (settings.profileId === 'custom' && settings.customProfileJson && parseProfile) {
    try {
      return parseProfile(settings.customProfileJson);
    } catch {
      return DEFAULT_PROFILE_ID;
    }
  }
  return BUILTIN_PROFILES[settings.profileId] ? settings.profileId : DEFAULT_PROFILE_ID;
}

export function useSettings(initial?: Partial<Settings>, store?: SettingsStore | null): [Settings, (patch: Partial<Settings>) => void, string | Profile] {
  const [settings, setSettings] = useState<Settings>(() => ({ ...loadSettings(store === undefined ? defaultStore() : store), ...initial }));
  const update = useCallback(
    (patch: Partial<Settings>) => {
      setSettings((prev) => {
        // Picking a system (even the default one) is a choice the form's own layout never overrides.
        const next = { ...prev, ...patch, ...('profileId' in patch || 'customProfileJson' in patch ? { profileChosen: true } : {}) };
        saveSettings(next, store === undefined ? defaultStore() : store);
        return next;
      });
    },
    [store],
  );
  // Only a change of profile re-parses (and so re-checks); toggling highlights does not.
  const { profileId, customProfileJson } = settings;
  // An organisation's file is parsed with zod, loaded only when such a file is in use.
  const wantsCustom = profileId === 'custom' && !!customProfileJson;
  const [parser, setParser] = useState<{ parse: ParseProfile } | null>(null);
  useEffect(() => {
    if (wantsCustom && !parser) void import(/* webpackChunkName: "profile-parse" */ '../core/profiles/parse').then((m) => setParser({ parse: m.parseProfile }));
  }, [wantsCustom, parser]);
  const profile = useMemo(() => selectedProfile({ ...DEFAULT_SETTINGS, profileId, customProfileJson }, parser?.parse), [profileId, customProfileJson, parser]);
  return [settings, update, profile];
}
