// `perfcheck check --lang en` (issue 15, item 10): findings, the text output's own words, the
// verdict line and the reasons a file cannot be used are all in English; the user's own text (file
// names, sheet names, quoted cells and labels) stays as it is. Chinese stays the default.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../../src/cli/main';

const root = path.resolve(__dirname, '../../..');
const fx = (name: string) => path.join(root, 'test/fixtures/xlsx', name);
const samples = readdirSync(path.join(root, 'assets/samples')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(root, 'assets/samples', f));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stderrIsTTY: false });
  return { code, stdout, stderr };
}

/** Chinese left once the user's own text is taken out: quoted text, and the file names we passed. */
function untranslated(out: string, files: string[]): string[] {
  let rest = out;
  for (const f of files) rest = rest.split(f).join('FILE');
  rest = rest.replace(/“[^”\n]*”/g, 'X');
  return rest.split('\n').filter((l) => /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/.test(l));
}

describe('perfcheck --lang en', () => {
  it('writes every finding and the verdict in English over the bundled samples', async () => {
    const r = await cli(['check', ...samples, '--lang', 'en']);
    expect(r.stdout).toMatch(/Verdict: (PASS|FAIL \(errors found\))\.\n$/);
    expect(r.stdout).toMatch(/ (Error|Warning|Tip) /);
    expect(untranslated(r.stdout, samples).slice(0, 20)).toEqual([]);
  }, 60_000);

  it('gives findings with the same rules and cells in both languages, and message ids in JSON', async () => {
    const zh = JSON.parse((await cli(['check', ...samples, '--format', 'json'])).stdout);
    const en = JSON.parse((await cli(['check', ...samples, '--format', 'json', '--lang', 'en'])).stdout);
    const key = (doc: { reports: Array<{ findings: Array<{ rule: string; cell: string; messageId?: string }> }> }) => doc.reports.flatMap((r) => r.findings.map((f) => `${f.rule}@${f.cell}:${f.messageId}`));
    expect(key(en)).toEqual(key(zh));
    expect(key(zh).every((k) => !k.endsWith(':undefined'))).toBe(true);
  }, 60_000);

  it('says why a file cannot be used in English', async () => {
    const r = await cli(['check', path.join(root, 'package.json'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not an Excel workbook/);
    expect(untranslated(r.stderr, [path.join(root, 'package.json')])).toEqual([]);
  });

  it('stays Chinese without --lang, and refuses a language it does not have', async () => {
    const r = await cli(['check', samples[0]]);
    expect(r.stdout).toMatch(/结论：/);
    const bad = await cli(['check', samples[0], '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--lang 只能是 zh、en/);
  });

  it('lists the rules in English', async () => {
    const r = await cli(['rules', '--lang', 'en']);
    expect(untranslated(r.stdout, []).slice(0, 10)).toEqual([]);
  });
});
