// `perfcheck check --profile …` reports 成本 placement according to the selected indicator system,
// and accepts an organisation's own profile file.

import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import guangdongJson from '../../../src/core/profiles/guangdong.json';
import { run } from '../../../src/cli/main';

const XLSX = path.join(__dirname, '../../fixtures/xlsx');

interface JsonFinding {
  rule: string;
  severity: string;
  cell: string;
  message: string;
}

async function checkJson(args: string[]): Promise<{ code: number; findings: JsonFinding[]; stderr: string }> {
  let out = '';
  let err = '';
  const code = await run(['check', ...args, '--format', 'json'], { stdout: (s) => (out += s), stderr: (s) => (err += s), stderrIsTTY: false });
  const doc = out ? (JSON.parse(out) as { reports: Array<{ findings: JsonFinding[] }> }) : { reports: [] };
  return { code, findings: doc.reports.flatMap((r) => r.findings), stderr: err };
}

describe('perfcheck check --profile', () => {
  const seed000 = path.join(XLSX, 'seed-000.xlsx');

  it('mof2021: 成本指标 under 产出指标 at C41 is a wrong placement (error, exit 1)', async () => {
    const { code, findings } = await checkJson([seed000, '--profile', 'mof2021']);
    const wrong = findings.filter((f) => f.rule === 'level2-wrong-level1');
    expect(wrong.map((f) => f.cell)).toEqual(['C41']);
    expect(wrong[0].severity).toBe('error');
    expect(wrong[0].message).toContain('“成本指标”是一级指标');
    expect(code).toBe(1);
  });

  it('guangdong (default): the same row is only an empty 二级 row (warning)', async () => {
    const { findings } = await checkJson([seed000]);
    expect(findings.filter((f) => f.cell === 'C41').map((f) => `${f.rule}/${f.severity}`)).toEqual(['empty-category/warning']);
    expect(findings.some((f) => f.rule === 'level2-wrong-level1')).toBe(false);
  });

  it('mof2021 on the project table: packed "14-成本指标" placed by the profile', async () => {
    const { findings } = await checkJson([path.join(XLSX, 'seed-003.xlsx'), '--profile', 'mof2021']);
    expect(findings.filter((f) => f.rule === 'level2-wrong-level1').map((f) => f.cell)).toEqual(['G27']);
    expect(findings.filter((f) => f.rule === 'missing-category' && f.message.includes('一级指标“成本指标”'))).toHaveLength(26);
  });

  describe('an organisation profile file', () => {
    let dir: string;
    beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'perfcheck-profile-'))));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is loaded from a path and its requirement levels apply', async () => {
      const p = JSON.parse(JSON.stringify(guangdongJson));
      p.id = 'my-bureau';
      p.level1[2].requirement = 'recommended';
      p.level1[2].level2[0].requirement = 'recommended';
      const file = path.join(dir, 'my-bureau.json');
      writeFileSync(file, JSON.stringify(p));
      const { findings, code } = await checkJson([path.join(XLSX, 'seed-002.xlsx'), '--profile', file]);
      const sat = findings.filter((f) => f.rule === 'missing-category' && f.message.includes('满意度指标'));
      expect(sat.map((f) => f.severity)).toEqual(['warning']);
      expect(code).toBe(1); // seed 002 still has errors (the missing 效益指标 label)
    });

    it('is rejected with exit 2 and a Chinese message when malformed', async () => {
      const file = path.join(dir, 'bad.json');
      writeFileSync(file, JSON.stringify({ ...guangdongJson, id: 'bad', level1: [{ ...guangdongJson.level1[0], level2: [{ ...guangdongJson.level1[0].level2[0] }, { ...guangdongJson.level1[0].level2[1], code: '11' }] }] }));
      const { code, stderr } = await checkJson([seed000, '--profile', file]);
      expect(code).toBe(2);
      expect(stderr).toContain('代码 11 同时用于“数量指标”和“质量指标”');
    });
  });
});
