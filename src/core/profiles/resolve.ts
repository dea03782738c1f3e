// A profile option (built-in id or parsed profile) -> the profile. Its own small module so the pane
// can resolve the profile for its first render without loading the engine (check.ts re-exports it).

import { DEFAULT_PROFILE_ID, getProfile, Profile } from './index';

export class UnknownProfileError extends Error {
  constructor(readonly profileId: string) {
    super(`未知的指标体系：${profileId}（可用：guangdong、mof2021，或指定 JSON 文件）`);
  }
}

export function resolveProfile(profile: string | Profile | undefined): Profile {
  if (profile && typeof profile === 'object') return profile;
  const id = profile ?? DEFAULT_PROFILE_ID;
  const p = getProfile(id);
  if (!p) throw new UnknownProfileError(id);
  return p;
}
