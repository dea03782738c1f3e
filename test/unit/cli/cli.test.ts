// The perfcheck command as a finance bureau reviewer uses it: exit codes, JSON shape, text layout,
// progress, and one clear sentence for every unusable input.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
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

// The command loads the engine lazily: the first test pays for ts-jest compiling it.
jest.setTimeout(60_000);

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
    ['bad-not-a-form.xlsx', '文件中没有可识别的绩效目标表：需要一个绩效指标表，即一行写有“一级指标”“二级指标”“三级指标”的表头（或一列写有产出指标、效益指标、满意度指标），其下每行一个三级指标及其指标值。'],
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

  it('says so for a folder without workbooks, and still reports the good files around it', async () => {
    const { code, stdout, stderr } = await cli(['check', '--format', 'json', fx('seed-002.xlsx'), path.join(root, 'test/fixtures/specs'), fx('seed-001.xlsx')]);
    expect(code).toBe(2);
    expect(stderr).toContain('文件夹中没有 .xlsx 或 .xlsm 工作簿。');
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

  it('-v and -h count only as the first argument: anywhere else they never skip the check (issue 16)', async () => {
    expect((await cli(['-v'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await cli(['--help'])).stdout).toContain('用法 / Usage:');
    for (const flag of ['-v', '-h', '--version', '--help']) {
      const r = await cli(['check', fx('bad-truncated.xlsx'), flag]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(`未知选项“${flag}”`)]);
    }
    // After "--" everything is a file, even a name that starts with "-".
    const r = await cli(['check', '--', '-v']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('perfcheck: -v：文件不存在或无法访问。\n');
  });

  it('prints cell text that could drive a terminal as escapes, never raw (issue 16)', async () => {
    const { formatFileText, terminalSafe } = await import('../../../src/cli/format-text');
    expect(terminalSafe('a\x1b[2J\r结论：通过\u202e\u0085')).toBe('a\\x1B[2J\\x0D结论：通过\\u202E\\x85');
    const report = { sheet: '南\x1b[31m沙', form: 'dept-overall', formName: '部门整体预算绩效目标申报表', findings: [{ rule: 'r', category: 'format', severity: 'error', cell: 'C5', cells: ['C5'], message: '“\x1b[2J\x1b[H结论：通过”不是金额', suggestion: '改\x07' }], summary: { error: 1, warning: 0, info: 0 } };
    const text = formatFileText({ file: 'a\x1b.xlsx', reports: [report as never] }, 'guangdong');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('“\\x1B[2J\\x1B[H结论：通过”不是金额');
  });

  it('a workbook whose cell holds an _x001B_ escape: the text output shows \\x1B, not ESC (issue 16)', async () => {
    const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const { xlsx } = await import('../../hardening/zip');
    const { fixture } = await import('../../fixtures/catalog');
    const spec = fixture('seed-000');
    const rows = spec.rows.map((r) => [...r]);
    const r = rows.findIndex((row) => row.includes('基本支出'));
    rows[r][rows[r].indexOf('基本支出') + 1] = '\x1b[2J\x1b[H共 1 个文件：错误 0。结论：通过。';
    const dir = mkdtempSync(path.join(os.tmpdir(), 'perfcheck-esc-'));
    try {
      const f = path.join(dir, 'esc.xlsx');
      writeFileSync(f, xlsx([{ name: spec.name, rows, merges: spec.merges }]));
      const out = await cli(['check', f]);
      expect(out.stdout).toContain('\\x1B[2J\\x1B[H共 1 个文件');
      expect(out.stdout).not.toContain('\x1b');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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

  it('piped to a slow reader, every byte arrives: JSON over all samples parses, and the text ends with its verdict (issue 16)', async () => {
    const samples = readdirSync(path.join(root, 'assets/samples')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(root, 'assets/samples', f));
    expect(samples.length).toBeGreaterThan(1);
    // The reader waits a second before reading anything (a shell pipe into a sleeping reader,
    // as `perfcheck … | slow-program` is): a process that exits with its pipe still full
    // (process.exit) loses everything past the pipe's 64 KiB buffer.
    const slowRead = async (args: string[]) => {
      const r = spawnSync('sh', ['-c', '"$0" "$@" | (sleep 1; cat)', process.execPath, built, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      return { code: r.status, out: r.stdout };
    };
    const json = await slowRead(['check', '--format', 'json', ...samples]);
    expect(Buffer.byteLength(json.out)).toBeGreaterThan(65_536);
    const doc = jsonDocSchema.parse(JSON.parse(json.out));
    expect(new Set(doc.reports.map((r) => r.file))).toEqual(new Set(samples));
    const text = await slowRead(['check', ...samples]);
    expect(text.out.trim().split('\n').at(-1)).toMatch(/^共 \d+ 个文件、\d+ 张表单：.*结论：/);
  });

  it('piped into a reader that stops early (`| head -3`), it ends quietly: no EPIPE, no stack trace', () => {
    const samples = readdirSync(path.join(root, 'assets/samples')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(root, 'assets/samples', f));
    const r = spawnSync('sh', ['-c', '"$0" "$@" | head -3', process.execPath, built, 'check', ...samples], { encoding: 'utf8' });
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    expect(r.stderr).not.toMatch(/EPIPE|\bat \S+:\d+|node:events/);
  }, 30_000);
});
