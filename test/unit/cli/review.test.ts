// `perfcheck check … --report review.xlsx --letters DIR`: the finance bureau's review workbook and
// return letters. Every sample and fixture goes into one report; each sheet is read back with exceljs
// and compared with the JSON output of the same run.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { run } from '../../../src/cli/main';
import { CATEGORIES, CATEGORY_LABELS, SEVERITIES, SEVERITY_LABELS } from '../../../src/core/report';
import { writeFileAtomic } from '../../../src/cli/review/atomic';
import { displayWidth } from '../../../src/cli/review/workbook';
import { formFacts } from '../../../src/cli/review/facts';
import { findingsSheet, MAX_LINKS_PER_SHEET, RuleLookup } from '../../../src/cli/review/rows';
import type { FormModel } from '../../../src/core/model';
import type { Report } from '../../../src/core/report';

jest.setTimeout(120_000);

const root = path.resolve(__dirname, '../../..');
const samples = path.join(root, 'assets/samples');
const fixtures = path.join(root, 'test/fixtures/xlsx');

interface JsonFinding {
  rule: string;
  category: (typeof CATEGORIES)[number];
  severity: (typeof SEVERITIES)[number];
  cell: string;
  message: string;
  suggestion?: string;
}
interface JsonReport {
  file: string;
  sheet: string;
  form: string | null;
  formName: string | null;
  profile: string;
  findings: JsonFinding[];
  summary: Record<(typeof SEVERITIES)[number], number>;
  measurability?: { measurable: number; total: number };
}
interface JsonDoc {
  reports: JsonReport[];
  failures: Array<{ file: string; message: string }>;
}
interface RuleJson {
  id: string;
  title: string;
  category: string;
  severity: (typeof SEVERITIES)[number];
  why: string;
}

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stderrIsTTY: false });
  return { code, stdout, stderr };
}

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'perfcheck-review-'));

/** A row's cells 1..n as exceljs reads them back; empty cells as null. */
function rowValues(ws: ExcelJS.Worksheet, r: number, n: number): unknown[] {
  const row = ws.getRow(r);
  return Array.from({ length: n }, (_, i) => {
    const v = row.getCell(i + 1).value;
    return v === undefined ? null : v;
  });
}

const rel = (dir: string, file: string) => path.relative(dir, file).split(path.sep).join('/');

describe('perfcheck check --report', () => {
  let dir: string;
  let report: string;
  let doc: JsonDoc;
  let forms: JsonReport[];
  let wb: ExcelJS.Workbook;
  let code: number;
  let stderr: string;
  let rules: RuleJson[];

  beforeAll(async () => {
    dir = tmp();
    report = path.join(dir, 'out', 'review.xlsx');
    mkdirSync(path.dirname(report));
    const r = await cli(['check', '--format', 'json', samples, fixtures, '--report', report]);
    code = r.code;
    stderr = r.stderr;
    doc = JSON.parse(r.stdout) as JsonDoc;
    forms = doc.reports.filter((x) => x.form !== null);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    rules = JSON.parse((await cli(['rules', '--format', 'json'])).stdout) as RuleJson[];
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads both folders whole and reports on stderr what it wrote', () => {
    const files = new Set([...doc.reports.map((x) => x.file), ...doc.failures.map((f) => f.file)]);
    const workbooks = (d: string) => readdirSync(d).filter((f) => /\.(xlsx|xlsm)$/.test(f)).map((f) => path.join(d, f));
    expect([...files].sort()).toEqual([...workbooks(samples), ...workbooks(fixtures)].sort());
    const bad = readdirSync(fixtures).filter((f) => f.startsWith('bad-'));
    expect(bad.length).toBeGreaterThanOrEqual(5);
    expect(doc.failures.map((f) => path.basename(f.file))).toEqual(expect.arrayContaining(bad));
    expect(code).toBe(2);
    expect(stderr).toContain(`正在写入审核汇总 ${report}（${forms.length} 张表单，`);
    expect(stderr).toContain(`已写入审核汇总：${report}\n`);
    expect(readdirSync(path.dirname(report))).toEqual(['review.xlsx']);
  });

  it('has the three sheets, frozen headers, filters, and no formula anywhere', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题清单', '规则统计']);
    const headerRows = { 汇总: 2, 问题清单: 1, 规则统计: 1 } as Record<string, number>;
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRows[ws.name] });
      const filter = ws.autoFilter as string;
      expect(filter).toBe(`A${headerRows[ws.name]}:${ws.getColumn(ws.columnCount).letter}${ws.rowCount}`);
      let formulas = 0;
      let cells = 0;
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell((cell) => {
          cells++;
          if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas++;
        }),
      );
      expect(cells).toBeGreaterThan(10);
      expect(formulas).toBe(0);
    }
  });

  it('汇总: one row per form sheet, matching the JSON, then the unreadable files with their sentence', () => {
    const ws = wb.getWorksheet('汇总')!;
    const width = 8 + 3 * (1 + CATEGORIES.length) + 6;
    expect(ws.columnCount).toBe(width);
    expect(rowValues(ws, 1, 9)).toEqual(['文件', '工作表', '部门', '项目', '表头标题', '表单类型', '指标体系', '结论', '合计']);
    const groupRow = rowValues(ws, 1, width);
    expect(CATEGORIES.map((_, k) => groupRow[11 + 3 * k])).toEqual(CATEGORIES.map((c) => CATEGORY_LABELS[c].zh));
    expect(rowValues(ws, 2, width).slice(8, 11 + 3 * CATEGORIES.length)).toEqual(Array(1 + CATEGORIES.length).fill(SEVERITIES.map((s) => SEVERITY_LABELS[s].zh)).flat());
    expect(rowValues(ws, 1, width).slice(-6)).toEqual(['可衡量指标比例', '金额', '金额单位', '金额来源', '问题清单', '说明']);
    expect(ws.rowCount).toBe(2 + forms.length + doc.failures.length);

    let findingRow = 2;
    forms.forEach((f, i) => {
      const v = rowValues(ws, 3 + i, width);
      const file = v[0] as { text: string; hyperlink: string };
      expect(file.text).toBe(rel(path.dirname(report), f.file));
      expect(path.resolve(path.dirname(report), decodeURIComponent(file.hyperlink))).toBe(f.file);
      expect(v[1]).toBe(f.sheet);
      expect(v[5]).toBe(f.formName);
      expect(v[6]).toBe(f.profile);
      expect(v[7]).toBe(f.summary.error > 0 ? '未通过' : '通过');
      expect(v.slice(8, 11)).toEqual(SEVERITIES.map((s) => f.summary[s]));
      const perCategory = CATEGORIES.flatMap((c) => SEVERITIES.map((s) => f.findings.filter((x) => x.category === c && x.severity === s).length));
      expect(v.slice(11, 11 + perCategory.length)).toEqual(perCategory);
      const m = f.measurability;
      expect(v[width - 6]).toBe(m && m.total > 0 ? m.measurable / m.total : null);
      if (m && m.total > 0) expect(ws.getRow(3 + i).getCell(width - 5).numFmt).toBe('0%');
      // The link's text; where it points is checked in the package itself (below).
      expect(v[width - 2]).toBe(f.findings.length > 0 ? `共 ${f.findings.length} 条（第 ${findingRow} 行起）` : '无');
      findingRow += f.findings.length;
      expect(v[width - 1]).toBeNull();
    });
    doc.failures.forEach((failure, i) => {
      const v = rowValues(ws, 3 + forms.length + i, width);
      expect((v[0] as { text: string }).text).toBe(rel(path.dirname(report), failure.file));
      expect(path.resolve(path.dirname(report), decodeURIComponent((v[0] as { hyperlink: string }).hyperlink))).toBe(failure.file);
      expect(v[7]).toBe('无法读取');
      expect(v[width - 1]).toBe(failure.message);
      expect(v.slice(8, width - 1).every((x) => x === null)).toBe(true);
    });
  });

  it('汇总: department, project and amount as read from the form, amounts stored as numbers', () => {
    const ws = wb.getWorksheet('汇总')!;
    const rowOf = (file: string, sheet: string) => 3 + forms.findIndex((f) => f.file === path.join(samples, file) && f.sheet === sheet);
    const facts = (file: string, sheet: string) => {
      const v = rowValues(ws, rowOf(file, sheet), ws.columnCount);
      return { department: v[2], project: v[3], title: v[4], amount: v[ws.columnCount - 5], unit: v[ws.columnCount - 4], source: v[ws.columnCount - 3] };
    };
    expect(facts('南沙区委宣传部-部门整体预算绩效目标申报表.xlsx', '南沙')).toEqual({
      department: '中国共产党广州市南沙区委员会宣传部',
      project: null,
      title: '部门整体预算绩效目标申报表',
      amount: null,
      unit: null,
      source: null,
    });
    expect(facts('荔湾区委宣传部-部门整体绩效目标.xlsx', '荔湾')).toMatchObject({ department: '中国共产党广州市荔湾区委员会宣传部', amount: 28036202, unit: '元', source: expect.stringMatching(/^总额\(元\)（[A-Z]+\d+）$/) });
    expect(facts('黄埔区委宣传部-项目支出绩效目标表.xlsx', '黄埔')).toMatchObject({ department: '中共广州市黄埔区委员会宣传部', project: '共 28 个项目', amount: 8777.2, unit: '万元' });
    expect(facts('荔湾区委宣传部-部门整体支出绩效自评表.xlsx', '绩效自评表')).toMatchObject({ amount: 3663.27, unit: '万元' });
    const amountCell = ws.getRow(rowOf('黄埔区委宣传部-项目支出绩效目标表.xlsx', '黄埔')).getCell(ws.columnCount - 4);
    expect(amountCell.type).toBe(ExcelJS.ValueType.Number);
    expect(amountCell.numFmt).toBe('#,##0.00');
  });

  it('问题清单: one row per finding in the JSON order, the file a working link relative to the report', () => {
    const ws = wb.getWorksheet('问题清单')!;
    expect(rowValues(ws, 1, 11)).toEqual(['序号', '文件', '工作表', '部门', '单元格', '规则', '规则名称', '类别', '严重程度', '问题', '修改建议']);
    const all = forms.flatMap((f) => f.findings.map((x) => ({ f, x })));
    expect(ws.rowCount).toBe(1 + all.length);
    const title = new Map(rules.map((r) => [r.id, r.title]));
    all.forEach(({ f, x }, i) => {
      const v = rowValues(ws, 2 + i, 11);
      const link = v[1] as { text: string; hyperlink: string };
      expect(v[0]).toBe(i + 1);
      expect(link.text).toBe(rel(path.dirname(report), f.file));
      expect(path.resolve(path.dirname(report), decodeURIComponent(link.hyperlink))).toBe(f.file);
      expect(v.slice(2)).toEqual([
        f.sheet,
        expect.anything(),
        x.cell,
        x.rule,
        title.get(x.rule) ?? title.get('unreadable-block'),
        CATEGORY_LABELS[x.category].zh,
        SEVERITY_LABELS[x.severity].zh,
        x.message,
        x.suggestion ?? null,
      ]);
    });
  });

  it('汇总 links to the first row of each form in 问题清单, as a location inside the workbook', async () => {
    const zip = await JSZip.loadAsync(readFileSync(report));
    const sheet1 = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const links = [...sheet1.matchAll(/<hyperlink ([^>]*)\/>/g)].map((m) => m[1]).filter((a) => a.includes('location='));
    const withFindings = forms.filter((f) => f.findings.length > 0);
    expect(links.length).toBe(withFindings.length);
    const problems = wb.getWorksheet('问题清单')!;
    let row = 2;
    for (const [i, f] of forms.entries()) {
      if (f.findings.length === 0) continue;
      const attrs = links.shift()!;
      const linkCol = wb.getWorksheet('汇总')!.getColumn(wb.getWorksheet('汇总')!.columnCount - 1).letter;
      expect(attrs).toBe(`ref="${linkCol}${3 + i}" location="&apos;问题清单&apos;!A${row}"`);
      expect((problems.getRow(row).getCell(2).value as { text: string }).text).toBe(rel(path.dirname(report), f.file));
      expect(problems.getRow(row).getCell(3).value).toBe(f.sheet);
      row += f.findings.length;
    }
    // No relationship left pointing at "#…" (exceljs's broken form of the same link).
    const rels = await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string');
    expect(rels).not.toContain('Target="#');
  });

  it('规则统计: every rule with times fired, forms affected and its title from `perfcheck rules`', () => {
    const ws = wb.getWorksheet('规则统计')!;
    expect(rowValues(ws, 1, 10)).toEqual(['规则', '规则名称', '类别', '默认严重程度', '出现次数', '涉及表单数', '其中错误', '其中警告', '其中提示', '依据']);
    const fired = new Map<string, { n: number; forms: number; sev: Record<string, number> }>();
    for (const f of forms) {
      for (const x of f.findings) {
        const s = fired.get(x.rule) ?? { n: 0, forms: 0, sev: { error: 0, warning: 0, info: 0 } };
        s.n++;
        s.sev[x.severity]++;
        fired.set(x.rule, s);
      }
      for (const id of new Set(f.findings.map((x) => x.rule))) fired.get(id)!.forms++;
    }
    const ids = new Set([...rules.map((r) => r.id), ...fired.keys()]);
    expect(ws.rowCount).toBe(1 + ids.size);
    const seen: string[] = [];
    let last = Infinity;
    for (let r = 2; r <= ws.rowCount; r++) {
      const v = rowValues(ws, r, 10);
      const id = v[0] as string;
      seen.push(id);
      const s = fired.get(id) ?? { n: 0, forms: 0, sev: { error: 0, warning: 0, info: 0 } };
      const meta = rules.find((m) => m.id === id) ?? rules.find((m) => m.id === 'unreadable-block')!;
      expect(v.slice(1)).toEqual([meta.title, expect.any(String), SEVERITY_LABELS[meta.severity].zh, s.n, s.forms, s.sev.error, s.sev.warning, s.sev.info, meta.why]);
      expect(s.n).toBeLessThanOrEqual(last);
      last = s.n;
    }
    expect(seen.sort()).toEqual([...ids].sort());
  });

  it('sizes columns to their Chinese text and wraps the long ones', () => {
    const summary = wb.getWorksheet('汇总')!;
    const departments = forms.map((_, i) => String(summary.getRow(3 + i).getCell(3).value ?? ''));
    expect(summary.getColumn(3).width).toBeGreaterThanOrEqual(Math.max(...departments.map(displayWidth)));
    expect(summary.getColumn(3).width).toBeLessThanOrEqual(60);
    const problems = wb.getWorksheet('问题清单')!;
    expect(problems.getColumn(10).width).toBe(50);
    expect(problems.getRow(2).getCell(10).alignment).toMatchObject({ wrapText: true });
    for (const ws of wb.worksheets) {
      ws.getRow(ws.name === '汇总' ? 2 : 1).eachCell((cell, col) => {
        if (typeof cell.value === 'string' && !cell.isMerged) expect(ws.getColumn(col).width).toBeGreaterThanOrEqual(displayWidth(cell.value));
      });
    }
  });
});

describe('perfcheck check --letters', () => {
  it('writes one UTF-8 letter per failing form: 问题 — 依据 — 修改建议 for every error, warnings after', async () => {
    const dir = tmp();
    try {
      const letters = path.join(dir, '退回意见');
      const r = await cli(['check', '--format', 'json', samples, '--letters', letters]);
      const doc = JSON.parse(r.stdout) as JsonDoc;
      const failing = doc.reports.filter((x) => x.form && x.summary.error > 0);
      const names = readdirSync(letters).sort();
      expect(names).toEqual(failing.map((f) => `${path.basename(f.file, '.xlsx')}-${f.sheet}-退回意见.txt`).sort());
      expect(r.stderr).toContain(`已写入 ${failing.length} 份退回意见：${letters}`);
      const rules = JSON.parse((await cli(['rules', '--format', 'json'])).stdout) as RuleJson[];
      const why = (id: string) => (rules.find((m) => m.id === id) ?? rules.find((m) => m.id === 'unreadable-block')!).why;
      for (const f of failing) {
        const bytes = readFileSync(path.join(letters, `${path.basename(f.file, '.xlsx')}-${f.sheet}-退回意见.txt`));
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = bytes.toString('utf8').slice(1);
        expect(text).not.toMatch(/[^\r]\n/);
        const errors = f.findings.filter((x) => x.severity === 'error');
        expect(text).toContain(`存在以下 ${errors.length} 个须修改的问题`);
        errors.forEach((x, i) => {
          expect(text).toContain(`${i + 1}. 问题：${x.message}（单元格 ${x.cell}）\r\n   依据：${why(x.rule)}\r\n   修改建议：${x.suggestion ?? '请按上述依据修改。'}\r\n`);
        });
        const warnings = f.findings.filter((x) => x.severity === 'warning');
        if (warnings.length) expect(text).toContain(`二、建议一并完善的问题（警告，共 ${warnings.length} 个，不影响本次审核结论）`);
        expect(text.trimEnd().endsWith('审核结论：未通过。')).toBe(true);
      }
      const huadu = readFileSync(path.join(letters, '花都区委宣传部-部门整体预算绩效目标申报表-花都-退回意见.txt'), 'utf8').slice(1).split('\r\n');
      expect(huadu.slice(0, 8)).toEqual([
        '关于中国共产党广州市花都区委员会宣传部《部门整体预算绩效目标申报表》的退回意见',
        '',
        '文件：花都区委宣传部-部门整体预算绩效目标申报表.xlsx（工作表“花都”）',
        '表单：部门整体预算绩效目标申报表；指标体系：guangdong',
        '部门：中国共产党广州市花都区委员会宣传部',
        '',
        '中国共产党广州市花都区委员会宣传部：',
        '  经审核，你单位报送的《部门整体预算绩效目标申报表》存在以下 3 个须修改的问题，现予退回，请逐项修改后重新报送。',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('folder arguments and where the report goes', () => {
  it('reads folders recursively, skipping lock files and the report itself', async () => {
    const dir = tmp();
    try {
      mkdirSync(path.join(dir, '区委宣传部', '2023'), { recursive: true });
      copyFileSync(path.join(samples, '花都区委宣传部-部门整体预算绩效目标申报表.xlsx'), path.join(dir, '区委宣传部', 'a.xlsx'));
      copyFileSync(path.join(samples, '南沙区委宣传部-部门整体预算绩效目标申报表.xlsx'), path.join(dir, '区委宣传部', '2023', 'b.xlsm'));
      writeFileSync(path.join(dir, '区委宣传部', '~$a.xlsx'), 'lock');
      writeFileSync(path.join(dir, '说明.docx'), 'not a workbook');
      const report = path.join(dir, 'review.xlsx');
      const first = await cli(['check', '--format', 'json', dir, '--report', report]);
      // The second run finds the first run's report in the folder and leaves it out.
      const second = await cli(['check', '--format', 'json', dir, '--report', report]);
      for (const r of [first, second]) {
        const doc = JSON.parse(r.stdout) as JsonDoc;
        expect(doc.reports.map((x) => path.relative(dir, x.file))).toEqual([path.join('区委宣传部', '2023', 'b.xlsm'), path.join('区委宣传部', 'a.xlsx')]);
        expect(doc.failures).toEqual([]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a report that would overwrite a form being checked, and a report name that is not .xlsx', async () => {
    const dir = tmp();
    try {
      const form = path.join(dir, 'a.xlsx');
      copyFileSync(path.join(samples, '花都区委宣传部-部门整体预算绩效目标申报表.xlsx'), form);
      const before = readFileSync(form);
      const r = await cli(['check', form, '--report', form]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^perfcheck: --report 指向了一个待检查的文件“.+a\.xlsx”，为免覆盖原表单，请换一个文件名。\n用法/);
      expect(readFileSync(form).equals(before)).toBe(true);
      const bad = await cli(['check', form, '--report', path.join(dir, 'review.csv')]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--report 的文件名须以 .xlsx 结尾（而不是“review.csv”）。');
      const missing = await cli(['check', form, '--letters']);
      expect(missing.stderr).toContain('选项 --letters 需要一个值。');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('atomic write', () => {
  it('leaves nothing behind when the report cannot be put in place, and says why in one sentence', async () => {
    const dir = tmp();
    try {
      const report = path.join(dir, 'review.xlsx');
      mkdirSync(report); // a folder where the file should go: the rename fails
      const r = await cli(['check', path.join(samples, '花都区委宣传部-部门整体预算绩效目标申报表.xlsx'), '--report', report]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/perfcheck: 无法写入审核汇总“.+review\.xlsx”：[^\n]+。\n$/);
      expect(readdirSync(dir)).toEqual(['review.xlsx']);
      expect(readdirSync(report)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the previous report whole when writing fails half-way, and removes the half-written file', async () => {
    const dir = tmp();
    try {
      const target = path.join(dir, 'review.xlsx');
      writeFileSync(target, 'previous report');
      const failing = {
        writeFile: async (file: string, data: Uint8Array | string) => {
          writeFileSync(file, typeof data === 'string' ? data.slice(0, 3) : data.subarray(0, 3));
          throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        },
        rename: async () => {
          throw new Error('never reached');
        },
        rm: async (file: string) => rmSync(file, { force: true }),
      };
      await expect(writeFileAtomic(target, new Uint8Array(100), failing)).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(readdirSync(dir)).toEqual(['review.xlsx']);
      expect(readFileSync(target, 'utf8')).toBe('previous report');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const built = path.join(root, 'dist/cli/review/atomic.js');
  (existsSync(built) ? it : it.skip)('on Ctrl+C during the write: stops with SIGINT, no report and no temporary file (built module)', () => {
    const dir = tmp();
    try {
      const target = path.join(dir, 'review.xlsx');
      const script = `
        const fs = require('node:fs');
        const { writeFileAtomic } = require(${JSON.stringify(built)});
        const io = {
          async writeFile(file, data) {
            fs.writeFileSync(file, data.subarray(0, 10));
            process.kill(process.pid, 'SIGINT');
            await new Promise((r) => setTimeout(r, 100));
            fs.appendFileSync(file, data.subarray(10));
          },
          rename: async (a, b) => fs.renameSync(a, b),
          rm: async (f) => fs.rmSync(f, { force: true }),
        };
        writeFileAtomic(${JSON.stringify(target)}, new Uint8Array(1000), io).then(() => console.log('finished'), (e) => console.log('failed', e.message));
        setTimeout(() => {}, 1000);`;
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
      expect(r.signal).toBe('SIGINT');
      expect(r.stdout).not.toContain('finished');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what the rows are made of', () => {
  it('reads department, project and total from a composed form\'s header fields and money groups', () => {
    // The composed layouts (项目支出绩效目标申报表 of other provinces) carry label-value header fields.
    const amount = (label: string, cell: string, value: number | null) => ({ key: 'x', label, labelCell: 'A1', cell, row: 0, col: 0, raw: String(value), value, status: 'ok', unit: '万元' });
    const composed = {
      form: 'project-target',
      title: '项目支出绩效目标申报表',
      tables: [],
      issues: [],
      unit: '万元',
      header: [
        { label: '项目名称', labelCell: 'A3', value: { text: '2024年 文明城市\n创建经费', cell: 'B3', row: 2, col: 1 } },
        { label: '主管部门', labelCell: 'A4', value: { text: '中共某区委宣传部', cell: 'B4', row: 3, col: 1 } },
        { label: '实施单位', labelCell: 'C4', value: { text: '某区文明办', cell: 'D4', row: 3, col: 3 } },
      ],
      money: [
        { period: 'period', total: amount('中期资金总额', 'C6', 300), parts: [] },
        { period: 'annual', total: amount('年度资金总额', 'E6', 120.5), parts: [] },
      ],
      moneyTables: [],
    } as unknown as FormModel;
    expect(formFacts(composed)).toEqual({
      department: '中共某区委宣传部',
      project: '2024年 文明城市 创建经费',
      title: '项目支出绩效目标申报表',
      total: { value: 120.5, unit: '万元', label: '年度资金总额', cell: 'E6' },
    });
    // A blank total is no total: nothing is summed in its place.
    const blank = { ...composed, money: [{ period: 'annual', total: amount('年度资金总额', 'E6', null), parts: [amount('财政拨款', 'E7', 100)] }] } as unknown as FormModel;
    expect(formFacts(blank).total).toBeUndefined();
    expect(formFacts(null)).toEqual({});
  });

  it('stops linking every finding row past Excel\'s 65,530 links a sheet, keeping one link per form', () => {
    const finding = { rule: 'vague-target', category: 'vague', severity: 'warning', cell: 'E5', cells: ['E5'], message: '…' } as const;
    const report = (n: number): Report => ({ sheet: 'S', form: 'dept-overall', formName: '部门整体预算绩效目标申报表', profile: 'guangdong', findings: Array(n).fill(finding), summary: { error: 0, warning: n, info: 0 } });
    const lookup = new RuleLookup([]);
    const small = findingsSheet({ forms: [{ file: '/r/a.xlsx', report: report(3), facts: {} }], failures: [] }, '/r/review.xlsx', lookup);
    expect(small.rows.map((r) => r[1])).toEqual(Array(3).fill({ text: 'a.xlsx', link: 'a.xlsx' }));
    const perForm = Math.ceil((MAX_LINKS_PER_SHEET + 1) / 2);
    const big = findingsSheet({ forms: [{ file: '/r/a b.xlsx', report: report(perForm), facts: {} }, { file: '/r/x/c#1.xlsx', report: report(perForm), facts: {} }], failures: [] }, '/r/review.xlsx', lookup);
    const links = big.rows.filter((r) => typeof r[1] === 'object');
    expect(links.map((r) => r[1])).toEqual([{ text: 'a b.xlsx', link: 'a%20b.xlsx' }, { text: 'x/c#1.xlsx', link: 'x/c%231.xlsx' }]);
    expect(big.rows[1][1]).toBe('a b.xlsx');
  });
});
