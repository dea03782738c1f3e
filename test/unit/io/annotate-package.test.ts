// The annotated download keeps the workbook (issue 16, item 6): over every fixture and a set of edge
// workbooks (ISO dates, date serials, control characters, merged tails, data tables, external
// links, macros), every part of the original package comes back byte for byte except the parts
// the annotation must touch, and in those every value, formula and format is kept: on the painted
// sheet only `s` attributes change (and empty styled cells may be added), styles are appended to,
// the workbook gains two sheets.

import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { check } from '../../../src/core/check';
import type { Finding } from '../../../src/core/report';
import { annotatePackage, tagAttributes } from '../../../src/host/file/annotate-package';
import { HIGHLIGHT_FILLS, REPORT_SHEET_NAME, STATE_SHEET_NAME } from '../../../src/host/file/annotate';
import { annotatedName } from '../../../src/host/file/FileHost';
import { nodeInflate } from '../../../src/io/node';
import { readXlsx } from '../../../src/io/xlsx-read';
import { parseA1, parseRange, toA1 } from '../../../src/core/grid/address';
import { entryData, zipEntries } from '../../../src/io/zip';
import { xlsxEntries, zip, ZipEntry } from '../../hardening/zip';

jest.setTimeout(120_000);

const dir = path.join(__dirname, '../../fixtures/xlsx');
const TOUCHED = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];

function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of zipEntries(bytes)!) {
    const d = entryData(bytes, e)!;
    out.set(e.name, e.method === 8 ? inflateRawSync(d) : Buffer.from(d));
  }
  return out;
}

const cells = (xml: string) => [...xml.matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => m[0]);
const startTag = (el: string) => el.slice(0, el.indexOf('>') + 1);
const withoutS = (el: string) => el.replace(/\ss="\d+"/, '');
const xfs = (styles: string) => [...(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
const fills = (styles: string) => [...(/<fills\b[^>]*>([\s\S]*?)<\/fills>/.exec(styles)?.[1] ?? '').matchAll(/<fill\b[^>]*?(?:\/>|>[\s\S]*?<\/fill>)/g)].map((m) => m[0]);

/** Asserts the promise of item 6 for one annotation; returns the painted sheet's part name. */
function expectKept(before: Map<string, Buffer>, after: Map<string, Buffer>, sheetPart: string, painted: Map<string, string>): void {
  for (const [name, data] of before) {
    expect(after.has(name)).toBe(true);
    if (TOUCHED.includes(name) || name === sheetPart) continue;
    // Byte for byte.
    expect([name, after.get(name)!.equals(data)]).toEqual([name, true]);
  }
  const added = [...after.keys()].filter((n) => !before.has(n));
  expect(added).toHaveLength(2);
  for (const n of added) expect(n).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);

  // The painted sheet: every original cell is there with the same attributes (but s) and content.
  const was = before.get(sheetPart)!.toString('utf8');
  const now = after.get(sheetPart)!.toString('utf8');
  const nowCells = new Map(cells(now).map((c) => [tagAttributes(startTag(c)).r, c]));
  for (const c of cells(was)) {
    const r = tagAttributes(startTag(c)).r;
    const n = nowCells.get(r)!;
    expect(withoutS(n)).toBe(withoutS(c));
    if (!painted.has(r)) expect(n).toBe(c);
  }
  // New cells carry a style and nothing else.
  const wasRefs = new Set(cells(was).map((c) => tagAttributes(startTag(c)).r));
  for (const [r, c] of nowCells) if (!wasRefs.has(r)) expect(c).toMatch(/^<c r="[A-Z]+\d+" s="\d+"\/>$/);
  // Outside the sheet data nothing changed.
  const outside = (x: string) => x.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, '');
  expect(outside(now)).toBe(outside(was));

  // Styles: appended to, never changed; a painted cell's format is its own plus a fill.
  const sWas = before.get('xl/styles.xml')!.toString('utf8');
  const sNow = after.get('xl/styles.xml')!.toString('utf8');
  expect(xfs(sNow).slice(0, xfs(sWas).length)).toEqual(xfs(sWas));
  expect(fills(sNow).slice(0, fills(sWas).length)).toEqual(fills(sWas));
  for (const [r, argb] of painted) {
    const own = Number(tagAttributes(startTag(cells(was).find((c) => tagAttributes(startTag(c)).r === r) ?? '<c s="0">')).s ?? 0);
    const xf = xfs(sNow)[Number(tagAttributes(startTag(nowCells.get(r)!)).s)];
    const fillId = Number(tagAttributes(startTag(xf)).fillId);
    expect(fills(sNow)[fillId]).toContain(`rgb="${argb}"`);
    const strip = (x: string) => x.replace(/\s(fillId|applyFill)="[^"]*"/g, '');
    if (xfs(sWas)[own]) expect(strip(xf)).toBe(strip(xfs(sWas)[own]));
  }
  // The workbook: the same, plus two sheets.
  const wWas = before.get('xl/workbook.xml')!.toString('utf8');
  const wNow = after.get('xl/workbook.xml')!.toString('utf8');
  expect(wNow.replace(/<sheet name="(校验报告|_perfcheck_state)"[^>]*\/>/g, '')).toBe(wWas);
}

/** Address -> fill each finding cell should get: merged cells on their top-left, the worst severity winning. */
function paintedOf(findings: readonly Finding[], merges: string[] = []): Map<string, string> {
  const rank = { error: 3, warning: 2, info: 1 };
  const ranges = merges.map(parseRange);
  const master = (a: string) => {
    const p = parseA1(a);
    const m = ranges.find((r) => p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right);
    return m ? toA1(m.top, m.left) : a;
  };
  const worst = new Map<string, Finding['severity']>();
  for (const f of findings)
    for (const cell of f.cells.length ? f.cells : [f.cell]) {
      const a = master(cell);
      if (!worst.has(a) || rank[f.severity] > rank[worst.get(a)!]) worst.set(a, f.severity);
    }
  return new Map([...worst].map(([a, s]) => [a, HIGHLIGHT_FILLS[s]]));
}

const finding = (cell: string, severity: Finding['severity'] = 'error'): Finding => ({ rule: 'test', category: 'budget', severity, cell, cells: [cell], message: 'm' }) as Finding;

describe('every fixture: annotated part by part', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx') && !f.startsWith('bad-'));
  it.each(files)('%s', async (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
    const sheets = await readXlsx(bytes, { inflate: nodeInflate });
    const form = sheets.find((s) => check(s.grid).form) ?? sheets[0];
    // The engine's own findings (merged tails resolve to their master), plus a cell that does not exist.
    const findings = [...check(form.grid).findings, finding('Z300', 'info')];
    const out = await annotatePackage(bytes, { sheet: form.grid.name, findings, reportRows: [['绩效目标校验报告'], ['序号', '单元格'], [1, 'B5']], state: { k: 'v' } }, { inflate: nodeInflate });
    const before = unzip(bytes);
    const after = unzip(out);
    const wbXml = before.get('xl/workbook.xml')!.toString();
    const relsXml = before.get('xl/_rels/workbook.xml.rels')!.toString();
    const rid = tagAttributes([...wbXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => tagAttributes(t).name === form.grid.name)!)['r:id'];
    const target = tagAttributes([...relsXml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => tagAttributes(t).Id === rid)!).Target;
    const painted = paintedOf(findings, form.grid.merges);
    expectKept(before, after, `xl/${target}`, painted);
    // The values every sheet holds, read back, are those of the original.
    const again = await readXlsx(out, { inflate: nodeInflate });
    expect(again.slice(0, sheets.length).map((s) => s.grid)).toEqual(sheets.map((s) => s.grid));
    expect(again.slice(sheets.length).map((s) => [s.grid.name, s.hidden])).toEqual([[REPORT_SHEET_NAME, false], [STATE_SHEET_NAME, true]]);
    // Excel's other reader agrees it is a workbook.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out) as never);
    expect(wb.getWorksheet(STATE_SHEET_NAME)?.state).toBe('veryHidden');
  });
});

describe('edge workbooks: what exceljs used to lose is kept', () => {
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr codeName="Sheet1"/><sheetData><row r="1"><c r="A1" t="d"><v>2024-03-01T00:00:00Z</v></c><c r="B1" s="1"><v>0.999999999</v></c><c r="C1"><f t="dataTable" ref="C1:C3" dt2D="0" dtr="0" r1="A1"/><v>5</v></c><c r="D1"><f>[1]Sheet1!A1*2</f><v>84</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">第一行_x000D_
第二行_x0007_</t></is></c></row><row r="5" spans="1:2"><c r="A5" t="inlineStr"><is><t>主</t></is></c><c r="B5" t="inlineStr"><is><t>合并区尾部的值</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const styles = '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss.000"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';
  const vba = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) & 0xff));

  function macroWorkbook(): Buffer {
    const base = xlsxEntries([{ name: '表', rows: [] }]);
    const entries: ZipEntry[] = base.map((e) => {
      const t = e.data.toString('utf8');
      if (e.name === '[Content_Types].xml')
        return { ...e, data: Buffer.from(t.replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml').replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>')) };
      if (e.name === 'xl/_rels/workbook.xml.rels')
        return { ...e, data: Buffer.from(t.replace('</Relationships>', '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/><Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>')) };
      if (e.name === 'xl/workbook.xml') return { ...e, data: Buffer.from(t.replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rId10"/></externalReferences>').replace('<workbook ', '<workbook codeName="ThisWorkbook" ')) };
      if (e.name === 'xl/worksheets/sheet1.xml') return { ...e, data: Buffer.from(sheet) };
      return e;
    });
    entries.push(
      { name: 'xl/styles.xml', data: Buffer.from(styles) },
      { name: 'xl/vbaProject.bin', data: vba, store: true },
      { name: 'xl/externalLinks/externalLink1.xml', data: Buffer.from('<?xml version="1.0"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>') },
      { name: 'xl/externalLinks/_rels/externalLink1.xml.rels', data: Buffer.from('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///C:/预算/上年.xlsx" TargetMode="External"/></Relationships>') },
    );
    return zip(entries);
  }

  it('ISO dates, a serial a hair before midnight, CR and control characters, a merged tail, a data table, an external link and VBA survive; .xlsm stays .xlsm', async () => {
    const bytes = new Uint8Array(macroWorkbook());
    const findings = ['A1', 'B1', 'C1', 'D1', 'A2', 'B5', 'F9'].map((a) => finding(a));
    const out = await annotatePackage(bytes, { sheet: '表', findings, reportRows: [['报告']] }, { inflate: nodeInflate });
    const before = unzip(bytes);
    const after = unzip(out);
    // B5 is the tail of A5:B5: its master A5 is painted, B5 keeps its value and its own (no) style.
    expectKept(before, after, 'xl/worksheets/sheet1.xml', new Map(['A1', 'B1', 'C1', 'D1', 'A2', 'A5', 'F9'].map((a) => [a, HIGHLIGHT_FILLS.error])));
    const now = after.get('xl/worksheets/sheet1.xml')!.toString();
    for (const kept of ['<v>2024-03-01T00:00:00Z</v>', '<v>0.999999999</v>', '<f t="dataTable" ref="C1:C3" dt2D="0" dtr="0" r1="A1"/>', '<f>[1]Sheet1!A1*2</f>', '第一行_x000D_\n第二行_x0007_', '<c r="B5" t="inlineStr"><is><t>合并区尾部的值</t></is></c>']) expect(now).toContain(kept);
    expect(after.get('xl/vbaProject.bin')!.equals(vba)).toBe(true);
    expect(after.get('[Content_Types].xml')!.toString()).toContain('macroEnabled.main+xml');
    expect(annotatedName('预算表.xlsm')).toBe('预算表-校验标注.xlsm');
    expect(annotatedName('预算表.XLSX')).toBe('预算表-校验标注.XLSX');
  });

  it('annotating an annotated workbook puts every cell’s own style back first: with no findings, the sheet is the original again', async () => {
    const bytes = new Uint8Array(macroWorkbook());
    const once = await annotatePackage(bytes, { sheet: '表', findings: ['A1', 'B1', 'A2'].map((a) => finding(a)), reportRows: [['报告']] }, { inflate: nodeInflate });
    const twice = await annotatePackage(once, { sheet: '表', findings: [], reportRows: null }, { inflate: nodeInflate });
    const a = unzip(bytes);
    const b = unzip(twice);
    expect(b.get('xl/worksheets/sheet1.xml')!.equals(a.get('xl/worksheets/sheet1.xml')!)).toBe(true);
    const names = (await readXlsx(twice, { inflate: nodeInflate })).map((s) => s.grid.name);
    expect(names).toEqual(['表', STATE_SHEET_NAME]);
  });

  it('zip details survive too: stored entries stay stored, CRCs match their content', async () => {
    const bytes = new Uint8Array(macroWorkbook());
    const out = await annotatePackage(bytes, { sheet: '表', findings: [finding('A1')] }, { inflate: nodeInflate });
    for (const e of zipEntries(out)!) {
      const d = entryData(out, e)!;
      const raw = e.method === 8 ? inflateRawSync(d) : Buffer.from(d);
      expect([e.name, crc32(raw) >>> 0]).toEqual([e.name, e.crc >>> 0]);
    }
    expect(zipEntries(out)!.find((e) => e.name === 'xl/vbaProject.bin')!.method).toBe(0);
    expect(deflateRawSync).toBeDefined();
  });
});
