// Debian's chromium through playwright-core (never a downloaded browser). CI installs it (.ci/run);
// there a missing browser is a failure with a clear message, locally the browser tests skip.

import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** PERFCHECK_CHROMIUM, when set, is the only place looked at. */
export const CHROMIUM_CANDIDATES = process.env.PERFCHECK_CHROMIUM ? [process.env.PERFCHECK_CHROMIUM] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function findChromium(): string | null {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const IN_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

export const MISSING_CHROMIUM_MESSAGE =
  `Chromium not found (looked at ${CHROMIUM_CANDIDATES.join(', ')}). The browser tests drive Debian's chromium: ` +
  'run `apt-get update && apt-get install -y chromium` (.ci/run does this), or set PERFCHECK_CHROMIUM to its path.';

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_CHROMIUM_MESSAGE);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
