// Atomic file writes: the bytes go to a temporary file in the target's own folder (same file
// system, so the rename cannot copy), then one rename puts them in place. Whatever happens — a full
// disk, a failed rename, Ctrl+C — the target is either the old file or the complete new one, and the
// temporary file is removed.

import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface AtomicFs {
  writeFile(file: string, data: Uint8Array | string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string): Promise<void>;
}

const nodeFs: AtomicFs = {
  writeFile: (file, data) => fs.writeFile(file, data, { flag: 'wx' }),
  rename: (from, to) => fs.rename(from, to),
  rm: (file) => fs.rm(file, { force: true }),
};

export class InterruptedError extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super('写入被中断。');
  }
}

let counter = 0;

/** The temporary name: hidden, beside the target, recognisable (folder scans skip it). */
export const tempNameFor = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}-${++counter}`);

export async function writeFileAtomic(target: string, data: Uint8Array | string, io: AtomicFs = nodeFs): Promise<void> {
  const temp = tempNameFor(target);
  let interrupted: NodeJS.Signals | undefined;
  // While a listener is installed, Ctrl+C only sets the flag; the write is then abandoned cleanly.
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = signal;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await io.writeFile(temp, data);
    if (interrupted) throw new InterruptedError(interrupted);
    await io.rename(temp, target);
  } catch (e) {
    await io.rm(temp).catch(() => undefined);
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    // The user asked to stop: stop as they asked, now that nothing half-written is left behind.
    if (interrupted) process.kill(process.pid, interrupted);
  }
}
