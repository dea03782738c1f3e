// `npm start`: build and serve the add-in on localhost (webpack-dev-server, https when dev
// certificates are available). With Excel desktop (Windows/macOS) and office-addin-debugging
// installed, it sideloads the add-in into Excel; otherwise (Linux, CI, no Excel) it serves the
// standalone page with a bundled sample form open and prints its URL.
//
//   npm start                       the first bundled sample
//   npm start -- --sample 黄埔       a sample whose file name contains "黄埔"
//   npm start -- --standalone       never try Excel, even where it is installed

import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const PORT = 3000;
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function pickSample(samplesDir: string, wanted?: string): string | null {
  const files = existsSync(samplesDir) ? readdirSync(samplesDir).filter((f) => /\.xlsx$/i.test(f)).sort() : [];
  if (!files.length) return null;
  return (wanted && files.find((f) => f.includes(wanted))) || files[0];
}

/** Why we will not sideload into Excel here, or null when we can. */
export function sideloadBlocker(platform: NodeJS.Platform = process.platform, hasDebugging = existsSync(bin('office-addin-debugging'))): string | null {
  if (platform !== 'win32' && platform !== 'darwin') return `Excel desktop does not run on ${platform}`;
  if (!hasDebugging) return 'office-addin-debugging is not installed (npm i -D office-addin-debugging to sideload into Excel desktop)';
  return null;
}

function run(cmd: string, args: string[], onLine?: (line: string) => void): ChildProcess {
  const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['inherit', 'pipe', 'pipe'], shell: process.platform === 'win32' });
  for (const stream of [child.stdout!, child.stderr!]) {
    let buf = '';
    stream.on('data', (chunk: Buffer) => {
      buf += chunk.toString();
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        // eslint-disable-next-line no-control-regex
        const line = buf.slice(0, i).replace(/\x1b\[[0-9;]*m/g, '');
        buf = buf.slice(i + 1);
        if (onLine) onLine(line);
      }
    });
  }
  return child;
}

function main(): void {
  const sample = pickSample(path.join(ROOT, 'assets/samples'), arg('sample'));
  const blocker = process.argv.includes('--standalone') ? 'asked for the standalone page (--standalone)' : sideloadBlocker();

  if (!blocker) {
    // office-addin-debugging starts the dev server (npm run dev-server) and sideloads manifest.xml.
    console.log('[perfcheck] sideloading the add-in into Excel desktop (office-addin-debugging)…');
    const child = spawn(bin('office-addin-debugging'), ['start', 'manifest.xml', 'desktop', '--app', 'excel', '--dev-server', 'npm run dev-server', '--dev-server-port', String(PORT)], {
      cwd: ROOT,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }

  console.log(`[perfcheck] not sideloading into Excel: ${blocker}. Serving the standalone page instead.`);
  console.log('[perfcheck] building (webpack, development mode)… the first build takes a minute.');
  let protocol: 'http' | 'https' | null = null;
  let announced = false;
  const server = run(bin('webpack'), ['serve', '--mode', 'development'], (line) => {
    const m = /(https?):\/\/localhost:\d+/.exec(line);
    if (m && !protocol) protocol = m[1] as 'http' | 'https';
    if (process.env.PERFCHECK_VERBOSE) console.log(line);
    if (/EADDRINUSE/.test(line)) console.error(`[perfcheck] port ${PORT} is in use: stop the other server (or the other \`npm start\`) and try again.`);
    if (/error/i.test(line) && !/overlay/.test(line)) console.error(line);
    if (!announced && /compiled (successfully|with \d+ warning)/.test(line)) {
      announced = true;
      const base = `${protocol ?? 'http'}://localhost:${PORT}/`;
      const query = sample ? `?sample=${encodeURIComponent(sample)}` : '';
      console.log('');
      console.log(`  Standalone page (${sample ?? 'no bundled sample'}):`);
      console.log(`    ${base}standalone.html${query}`);
      console.log(`  Task pane for Excel (needs https + sideloading manifest.xml): ${base}taskpane.html`);
      if (protocol !== 'https') console.log('  (http: Office only loads https add-ins; run `npx office-addin-dev-certs install` once for https.)');
      console.log('');
      console.log('  Ctrl+C stops the server.');
    }
  });
  const stop = () => {
    server.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}

if (require.main === module) main();
