// The perfcheck command as a finance bureau reviewer uses it: exit codes, JSON shape, text layout,
// progress, and one clear sentence for every unusable input.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { run } from '../../../src/cli/main';
import { categorySchema, severitySchema } from '../../../src/core/report-schema';

const root = path.resolve(__dirname, '../../..');
const fx = (name: string) => path.join(root, 'test/fixtures/xlsx', name);

async function cli(args: string[], tty = false) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stderrIsTTY: tty });
  return { code, stdout, stderr };
}

const jsonDocSchema = z.object({
  reports: z.array(
    z.object({
      file: z.string(),
      sheet: z.string(),
      form: z.string().nullable(),
      findings: z.array(
        z.object({
          rule: z.string(),
          category: categorySchema,
          severity: severitySchema,
          cell: z.string().regex(/^[A-Z]+\d+$/),
          cells: z.array(z.string().regex(/^[A-Z]+\d+$/)).min(1),
          message: z.string().min(1),
          suggestion: z.string().optional(),
        }),
      ),
      summary: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
    }),
  ),
  failures: z.array(z.object({ file: z.string(), message: z.string() })),
});

describe('perfcheck check', () => {
  it('prints one JSON document covering every sheet of every file', async () => {
    const { code, stdout, stderr } = await cli(['check', '--format', 'json', fx('seed-000.xlsx'), fx('multi-sheet.xlsx'), fx('seed-003.xlsx')]);
    const doc = jsonDocSchema.parse(JSON.parse(stdout));
    expect(doc.reports.map((r) => [path.basename(r.file), r.sheet, r.form])).toEqual([
      ['seed-000.xlsx', '南沙', 'dept-overall'],
      ['multi-sheet.xlsx', '封面', null],
      ['multi-sheet.xlsx', '南沙', 'dept-overall'],
      ['multi-sheet.xlsx', '黄埔', 'project-expenditure'],
      ['seed-003.xlsx', '黄埔', 'project-expenditure'],
    ]);
    expect(doc.failures).toEqual([]);
    for (const r of doc.reports) {
      const counted = { error: 0, warning: 0, info: 0 };
      for (const f of r.findings) counted[f.severity]++;
      expect(r.summary).toEqual(counted);
    }
    const hasErrors = doc.reports.some((r) => r.summary.error > 0);
    expect(code).toBe(hasErrors ? 1 : 0);
    expect(stderr).toBe('');
  });

  it('groups text output by sheet, says which sheets were skipped, and ends with a summary line', async () => {
    const { stdout } = await cli(['check', fx('multi-sheet.xlsx')]);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe(`${fx('multi-sheet.xlsx')} · 工作表“封面”：不是绩效目标表，已跳过。`);
    expect(stdout).toContain('工作表“南沙” — 部门整体预算绩效目标申报表（指标体系：guangdong）');
    expect(stdout).toContain('工作表“黄埔” — 项目支出绩效目标表（指标体系：guangdong）');
    expect(lines.at(-1)).toMatch(/^共 1 个文件、2 张表单：错误 \d+，警告 \d+，提示 \d+。结论：/);
  });

  it('checks only the named sheet with --sheet, and refuses a sheet that does not exist', async () => {
    const one = await cli(['check', '--format=json', '--sheet', '黄埔', fx('multi-sheet.xlsx')]);
    expect(JSON.parse(one.stdout).reports.map((r: { sheet: string }) => r.sheet)).toEqual(['黄埔']);
    const missing = await cli(['check', '--sheet', '不存在', fx('multi-sheet.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('没有名为“不存在”的工作表（现有：封面、南沙、黄埔）');
  });

  it.each([
    ['bad-truncated.xlsx', '文件已损坏或不完整，无法作为 Excel 工作簿打开。'],
    ['bad-encrypted.xlsx', '文件已加密（设置了打开密码），请在 Excel 中取消密码后再校验。'],
    ['bad-not-a-form.xlsx', '文件中没有可识别的绩效目标表（申报表、项目支出绩效目标表或自评表）。'],
    ['bad-empty-workbook.xlsx', '文件中没有可识别的绩效目标表（申报表、项目支出绩效目标表或自评表）。'],
    ['bad-csv-renamed.xlsx', '文件不是 Excel 工作簿（.xlsx），可能是改了扩展名的其他文件。'],
    ['no-such-file.xlsx', '文件不存在或无法访问。'],
  ])('%s: exit 2 and one sentence on stderr and in failures', async (file, sentence) => {
    const text = await cli(['check', fx(file)]);
    expect(text.code).toBe(2);
    expect(text.stderr).toBe(`perfcheck: ${fx(file)}：${sentence}\n`);
    const json = await cli(['check', '--format', 'json', fx(file)]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).failures).toEqual([{ file: fx(file), message: sentence }]);
  });

  it('refuses a directory with a hint, and still reports the good files around a bad one', async () => {
    const { code, stdout, stderr } = await cli(['check', '--format', 'json', fx('seed-002.xlsx'), path.join(root, 'test/fixtures'), fx('seed-001.xlsx')]);
    expect(code).toBe(2);
    expect(stderr).toContain('这是一个目录，不是文件');
    expect(JSON.parse(stdout).reports.map((r: { sheet: string }) => r.sheet)).toEqual(['花都', '荔湾']);
  });

  it('shows progress on stderr for many files, never on stdout', async () => {
    const files = Array.from({ length: 12 }, () => fx('seed-004.xlsx'));
    const plain = await cli(['check', '--format', 'json', '--progress', ...files]);
    expect(plain.stderr).toMatch(/^检查中 1\/12 seed-004\.xlsx$/m);
    expect(() => JSON.parse(plain.stdout)).not.toThrow();
    const tty = await cli(['check', '--format', 'json', ...files], true);
    expect(tty.stderr).toContain('\r检查中 12/12');
    const quiet = await cli(['check', '--format', 'json', ...files], false);
    expect(quiet.stderr).toBe('');
  });

  it('rejects usage errors with exit 2 and the usage text', async () => {
    for (const args of [['check'], ['frobnicate'], ['check', '--format', 'xml', 'a.xlsx'], ['check', '--profile']]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^perfcheck: .+\n用法 \/ Usage:/);
    }
    const p = await cli(['check', '--profile', 'nosuch', fx('seed-000.xlsx')]);
    expect(p.code).toBe(2);
    expect(p.stderr).toContain('未知的指标体系：nosuch');
  });

  it('lists the rules with their severity', async () => {
    const r = await cli(['rules', '--format', 'json']);
    const rules = JSON.parse(r.stdout) as Array<{ id: string; severity: string; category: string }>;
    expect(rules.length).toBeGreaterThan(0);
    for (const m of rules) {
      expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info']).toContain(m.severity);
    }
  });
});

const built = path.join(root, 'dist/cli/main.js');
(existsSync(built) ? describe : describe.skip)('the built command (npm run build)', () => {
  it('runs as a process, with exit 2 and no stack trace for a corrupt file', () => {
    const r = spawnSync(process.execPath, [built, 'check', fx('bad-truncated.xlsx')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat \S+:\d+/);
    const version = execFileSync(process.execPath, [built, '--version'], { encoding: 'utf8' }).trim();
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
