// `perfcheck check --lang en` (issue 15, item 10): findings, the text output's own words, the
// verdict line and the reasons a file cannot be used are all in English; the user's own text (file
// names, sheet names, quoted cells and labels) stays as it is. Chinese stays the default.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../../src/cli/main';
import { CATALOGUE } from '../../../src/core/i18n/catalogue';
import { Msg, render } from '../../../src/core/i18n/text';
import { RULES } from '../../../src/core/rules';

const root = path.resolve(__dirname, '../../..');
const fx = (name: string) => path.join(root, 'test/fixtures/xlsx', name);
const samples = readdirSync(path.join(root, 'assets/samples')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(root, 'assets/samples', f));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stderrIsTTY: false });
  return { code, stdout, stderr };
}

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

interface JsonFinding {
  rule: string;
  cell: string;
  message: string;
  messageId?: string;
  params?: Msg['params'];
}
interface JsonDoc {
  reports: Array<{ findings: JsonFinding[] }>;
}

describe('perfcheck --lang en', () => {
  it('writes the text output in English: its own words, every finding as the engine renders it, the verdict', async () => {
    const r = await cli(['check', ...samples, '--lang', 'en']);
    const json = JSON.parse((await cli(['check', ...samples, '--format', 'json', '--lang', 'en'])).stdout) as JsonDoc;
    expect(r.stdout).toMatch(/Verdict: (PASS|FAIL \(errors found\))\.\n$/);
    expect(r.stdout).toMatch(/^ {2}Subtotal: \d+ errors/m);
    expect(r.stdout).not.toMatch(/结论|小计|建议：|工作表“|识别到/);
    for (const f of json.reports.flatMap((x) => x.findings)) expect(r.stdout).toContain(f.message.split('\n')[0]);
  }, 60_000);

  it('renders every finding from the catalogue: nothing Chinese left but the quoted user text', async () => {
    const doc = JSON.parse((await cli(['check', ...samples, '--format', 'json', '--lang', 'en'])).stdout) as JsonDoc;
    const findings = doc.reports.flatMap((x) => x.findings);
    expect(findings.length).toBeGreaterThan(50);
    const left = findings.filter((f) => !f.messageId || CJK.test(render({ id: f.messageId, params: f.params }, 'en', CATALOGUE, () => 'X')));
    expect(left.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    // The message printed is that rendering, with the user's text put back.
    for (const f of findings.slice(0, 50)) expect(f.message.replace(/…/g, '')).toContain(render({ id: f.messageId!, params: f.params }, 'en', CATALOGUE).slice(0, 20).replace(/…/g, ''));
  }, 60_000);

  it('gives findings with the same rules and cells in both languages, and message ids in JSON', async () => {
    const zh = JSON.parse((await cli(['check', ...samples, '--format', 'json'])).stdout) as JsonDoc;
    const en = JSON.parse((await cli(['check', ...samples, '--format', 'json', '--lang', 'en'])).stdout) as JsonDoc;
    const key = (doc: JsonDoc) => doc.reports.flatMap((r) => r.findings.map((f) => `${f.rule}@${f.cell}:${f.messageId}`));
    expect(key(en)).toEqual(key(zh));
    expect(key(zh).every((k) => !k.endsWith(':undefined'))).toBe(true);
  }, 60_000);

  it('says why a file cannot be used in English', async () => {
    const file = path.join(root, 'package.json');
    const r = await cli(['check', file, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not an Excel workbook/);
    expect(CJK.test(r.stderr)).toBe(false);
    const notForm = await cli(['check', fx('bad-not-a-form.xlsx'), '--lang', 'en']);
    expect(notForm.code).toBe(2);
    expect(notForm.stderr).toMatch(/holds no recognisable performance target form: .*indicator table/);
  });

  it('stays Chinese without --lang, and refuses a language it does not have', async () => {
    const r = await cli(['check', samples[0]]);
    expect(r.stdout).toMatch(/结论：/);
    const bad = await cli(['check', samples[0], '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--lang 只能是 zh、en/);
  });

  it('lists every rule with its English title and reason', async () => {
    const r = await cli(['rules', '--lang', 'en']);
    for (const rule of RULES) {
      expect(rule.meta.whyEn).toBeTruthy();
      expect(r.stdout).toContain(`${rule.meta.titleEn} — ${rule.meta.whyEn}`);
    }
  });
});
