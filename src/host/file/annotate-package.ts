// The annotated download, patched into the original package at XML level rather than re-written
// by exceljs (which loses ISO dates, rounds date serials, drops control characters, merged-tail
// values, data-table formulas, external links and VBA): every part is kept byte for byte except
//
//   - the painted sheet: only the `s` (style) attribute of finding cells changes; a finding on a
//     cell that does not exist yet gets an empty styled <c> (no value);
//   - xl/styles.xml: fills and cell formats appended, none changed;
//   - xl/workbook.xml, its .rels and [Content_Types].xml: two sheets appended (校验报告 and the
//     very-hidden state sheet), an earlier pair removed;
//   - the two new sheet parts.
//
// A .xlsm stays a .xlsm (its content types and vbaProject.bin are kept). Original style indices go
// into the state sheet so that annotating again first puts every cell's own style back.

import type { Finding, Severity } from '../../core/report';
import { parseRange, toA1, parseA1 } from '../../core/grid/address';
import { decodeEntities } from '../../io/xml-scan';
import { openPackage, Package, partKey, relsPartOf, resolveTarget, webInflate, WorkbookError, Inflate } from '../../io/xlsx-read';
import { crc32, entryData, writeZip, ZipEntryInfo, ZipWriteEntry, zipName } from '../../io/zip';
import { HIGHLIGHT_FILLS, PAINT_STATE_KEY, PaintRecord, REPORT_SHEET_NAME, STATE_SHEET_NAME } from './annotate';

export interface PackageAnnotation {
  sheet: string;
  findings: readonly Finding[];
  reportRows?: Array<Array<string | number>> | null;
  state?: Record<string, string>;
}

export interface PackageHooks {
  inflate?: Inflate;
  /** Raw deflate; default CompressionStream, or the part is stored uncompressed without one. */
  deflate?: (data: Uint8Array) => Promise<Uint8Array>;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const CHUNK = 30_000;
const REL_WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

// ---- small XML helpers (for parts Excel wrote; the reader's limits have already applied) -------

const ATTR_RE = /([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;

/** The attributes of a start tag's text ("<c r="A1" s="3">"). */
export function tagAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const open = tag.search(/\s/);
  if (open < 0) return out;
  ATTR_RE.lastIndex = open;
  for (let m = ATTR_RE.exec(tag); m; m = ATTR_RE.exec(tag)) out[m[1]] = decodeEntities(m[2].slice(1, -1));
  return out;
}

/** The start tag with one attribute set (added before the tag's end if missing). */
function setAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${value}"${tag.slice(end)}`;
}

function xmlText(s: string): string {
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const attrValue = (s: string) => xmlText(s).replace(/"/g, '&quot;');

// ---- the package -------------------------------------------------------------------------------

interface Part {
  name: string;
  entry?: ZipEntryInfo;
  /** New or changed content; undefined: the original entry is copied byte for byte. */
  text?: string;
  removed?: boolean;
}

async function readText(pkg: Package, entry: ZipEntryInfo, inflate: Inflate): Promise<string> {
  const data = entryData(pkg.bytes, entry);
  if (!data) throw new WorkbookError('corrupt', '文件已损坏或不完整，无法作为 Excel 工作簿打开。');
  if (entry.method === 0) return new TextDecoder().decode(data);
  const chunks: Uint8Array[] = [];
  for await (const c of inflate(data, Math.max(1, entry.uncompressedSize))) chunks.push(c);
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return new TextDecoder().decode(all);
}

async function defaultDeflate(data: Uint8Array): Promise<Uint8Array | null> {
  if (typeof CompressionStream === 'undefined') return null;
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  xml: string;
}

function relationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => {
    const a = tagAttributes(m[0]);
    return { id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '', xml: m[0] };
  });
}

export async function annotatePackage(original: Uint8Array, options: PackageAnnotation, hooks: PackageHooks = {}): Promise<Uint8Array> {
  const inflate = hooks.inflate ?? webInflate;
  const pkg = openPackage(original);
  const parts: Part[] = pkg.entries.map((e) => ({ name: e.name, entry: e }));
  const byKey = new Map<string, Part>();
  for (const p of parts) if (!byKey.has(partKey(p.name))) byKey.set(partKey(p.name), p);
  const text = async (name: string): Promise<string | undefined> => {
    const p = byKey.get(partKey(name));
    if (!p) return undefined;
    p.text ??= await readText(pkg, p.entry!, inflate);
    return p.text;
  };
  const addPart = (name: string, content: string) => {
    const p: Part = { name: zipName(name), text: content };
    parts.push(p);
    byKey.set(partKey(name), p);
  };
  const removePart = (name: string) => {
    const p = byKey.get(partKey(name));
    if (p) p.removed = true;
  };

  // The workbook part, through the package relationships.
  const rootRels = relationships((await text('_rels/.rels')) ?? '');
  const main = rootRels.find((r) => r.type.endsWith('/officeDocument'));
  const wbPart = main ? resolveTarget('', main.target) : 'xl/workbook.xml';
  let wbXml = await text(wbPart);
  const wbRelsPart = relsPartOf(wbPart);
  let relsXml = await text(wbRelsPart);
  let ctXml = await text('[Content_Types].xml');
  if (wbXml === undefined || relsXml === undefined || ctXml === undefined) throw new WorkbookError('not-a-workbook', '文件是压缩包，但不是 Excel 工作簿（.xlsx）：里面没有工作簿内容。');
  const rels = relationships(relsXml);
  const sheetTags = [...wbXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => ({ tag: m[0], a: tagAttributes(m[0]) }));
  const relIdOf = (a: Record<string, string>) => Object.entries(a).find(([k]) => k === 'id' || k.endsWith(':id'))?.[1];
  const partOfSheet = (a: Record<string, string>) => {
    const rel = rels.find((r) => r.id === relIdOf(a));
    return rel ? resolveTarget(wbPart, rel.target) : undefined;
  };

  // An earlier annotation: its original styles come back, its two sheets go.
  let earlier: PaintRecord[] = [];
  for (const { tag, a } of sheetTags) {
    if (a.name !== REPORT_SHEET_NAME && a.name !== STATE_SHEET_NAME) continue;
    const part = partOfSheet(a);
    if (a.name === STATE_SHEET_NAME && part) earlier = paintRecords((await text(part)) ?? '');
    wbXml = wbXml.replace(tag, '');
    const rel = rels.find((r) => r.id === relIdOf(a));
    if (rel) relsXml = relsXml.replace(rel.xml, '');
    if (part) {
      removePart(part);
      removePart(relsPartOf(part));
      ctXml = ctXml.replace(new RegExp(`<(?:\\w+:)?Override\\b[^>]*PartName="/${escapeRegExp(part)}"[^>]*>`, 'i'), '');
    }
  }

  // Styles: fills and formats appended.
  const stylesRel = rels.find((r) => r.type.endsWith('/styles'));
  let stylesPart: string | undefined = stylesRel ? resolveTarget(wbPart, stylesRel.target) : undefined;
  let styles = stylesPart ? await text(stylesPart) : undefined;
  if (styles === undefined) {
    // A workbook without a styles part (some generators omit it): Excel's minimal one.
    stylesPart = `${wbPart.includes('/') ? wbPart.slice(0, wbPart.lastIndexOf('/') + 1) : ''}styles.xml`;
    styles = MINIMAL_STYLES;
    addPart(stylesPart, styles);
    relsXml = relsXml.replace(/<\/((?:\w+:)?Relationships)>/, `<Relationship Id="rIdPerfCheckStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="${stylesPart.slice(stylesPart.lastIndexOf('/') + 1)}"/></$1>`);
    ctXml = ctXml.replace(/<\/((?:\w+:)?Types)>/, `<Override PartName="/${stylesPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></$1>`);
  }
  const st = new StylesPatch(styles);

  // The painted sheet.
  const target = sheetTags.find((s) => s.a.name === options.sheet);
  const records: PaintRecord[] = [];
  const targetPart = target ? partOfSheet(target.a) : undefined;
  if (targetPart && (await text(targetPart)) !== undefined) {
    const own = earlier.filter((r) => r.sheet === options.sheet && r.style !== undefined);
    const patched = paintSheet(byKey.get(partKey(targetPart))!.text!, options.findings, own, st, options.sheet, records);
    if (patched !== byKey.get(partKey(targetPart))!.text) byKey.get(partKey(targetPart))!.text = patched;
    else byKey.get(partKey(targetPart))!.text = undefined; // unchanged: copied as it was
  }

  // The two new sheets.
  const wbDir = wbPart.includes('/') ? wbPart.slice(0, wbPart.lastIndexOf('/') + 1) : '';
  // sheetN.xml: exceljs (the page opens the download again with it) finds sheets by that name only.
  const freeName = () => {
    for (let i = 1; ; i++) {
      const name = `${wbDir}worksheets/sheet${i}.xml`;
      if (!byKey.has(partKey(name))) return name;
    }
  };
  const freeId = (() => {
    let n = 0;
    return () => {
      let id: string;
      do id = `rIdPerfCheck${++n}`;
      while (rels.some((r) => r.id === id));
      return id;
    };
  })();
  let maxSheetId = Math.max(0, ...sheetTags.map((s) => Number(s.a.sheetId) || 0));
  const rPrefix = (Object.keys(sheetTags[0]?.a ?? {}).find((k) => k.endsWith(':id')) ?? 'r:id').replace(/:id$/, '');
  if (!new RegExp(`xmlns:${rPrefix}=`).test(wbXml)) wbXml = wbXml.replace(/<((?:\w+:)?workbook\b)/, `<$1 xmlns:${rPrefix}="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`);
  const newSheets: string[] = [];
  const newRels: string[] = [];
  const newTypes: string[] = [];
  const addSheet = (name: string, xml: string, state?: string) => {
    const part = freeName();
    addPart(part, xml);
    const id = freeId();
    newSheets.push(`<sheet name="${attrValue(name)}" sheetId="${++maxSheetId}"${state ? ` state="${state}"` : ''} ${rPrefix}:id="${id}"/>`);
    // Relative to the workbook part, as Excel writes it (exceljs does not follow absolute targets).
    newRels.push(`<Relationship Id="${id}" Type="${REL_WORKSHEET}" Target="${part.slice(wbDir.length)}"/>`);
    newTypes.push(`<Override PartName="/${part}" ContentType="${CT_WORKSHEET}"/>`);
  };
  if (options.reportRows) addSheet(REPORT_SHEET_NAME, reportSheetXml(options.reportRows, st));
  const state: Record<string, string> = { ...(options.state ?? {}), [PAINT_STATE_KEY]: JSON.stringify(records) };
  addSheet(STATE_SHEET_NAME, stateSheetXml(state), 'veryHidden');

  wbXml = wbXml.replace(/<\/((?:\w+:)?sheets)>/, `${newSheets.join('')}</$1>`);
  relsXml = relsXml.replace(/<\/((?:\w+:)?Relationships)>/, `${newRels.join('')}</$1>`);
  ctXml = ctXml.replace(/<\/((?:\w+:)?Types)>/, `${newTypes.join('')}</$1>`);
  byKey.get(partKey(wbPart))!.text = wbXml;
  byKey.get(partKey(wbRelsPart))!.text = relsXml;
  byKey.get(partKey('[Content_Types].xml'))!.text = ctXml;
  const stylesEntry = byKey.get(partKey(stylesPart!))!;
  stylesEntry.text = st.changed || !stylesEntry.entry ? st.result() : undefined;

  // Untouched parts go back exactly as they were; the others are compressed again.
  const deflate = hooks.deflate ?? defaultDeflate;
  const out: ZipWriteEntry[] = [];
  for (const p of parts) {
    if (p.removed) continue;
    if (p.text === undefined && p.entry) {
      const data = entryData(pkg.bytes, p.entry)!;
      out.push({ name: p.name, flags: p.entry.flags, method: p.entry.method === 8 ? 8 : 0, crc: p.entry.crc, compressed: data, uncompressedSize: p.entry.uncompressedSize });
      continue;
    }
    const raw = new TextEncoder().encode(p.text ?? '');
    const packed = await deflate(raw);
    out.push({ name: p.name, ...(p.entry ? { flags: p.entry.flags } : {}), method: packed ? 8 : 0, crc: crc32(raw), compressed: packed ?? raw, uncompressedSize: raw.length });
  }
  return writeZip(out);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---- styles ------------------------------------------------------------------------------------

class StylesPatch {
  private fills: string[] = [];
  private fonts: string[] = [];
  private xfs: string[] = [];
  private readonly fillCount: number;
  private readonly fontCount: number;
  private readonly xfList: string[];
  private readonly fillIds = new Map<string, number>();
  private readonly xfIds = new Map<string, number>();
  changed = false;

  constructor(private readonly xml: string) {
    this.fillCount = Number(/<(?:\w+:)?fills\b[^>]*\bcount="(\d+)"/.exec(xml)?.[1] ?? elements(section(xml, 'fills'), 'fill').length);
    this.fontCount = Number(/<(?:\w+:)?fonts\b[^>]*\bcount="(\d+)"/.exec(xml)?.[1] ?? elements(section(xml, 'fonts'), 'font').length);
    this.xfList = elements(section(xml, 'cellXfs'), 'xf');
  }

  /** The fill (an exceljs model) of an existing cell format, for the record the pane restores from. */
  fillOf(style: number): PaintRecord['fill'] {
    const xf = this.xfList[style];
    if (!xf) return null;
    const fillId = Number(tagAttributes(xf.slice(0, xf.indexOf('>') + 1)).fillId ?? 0);
    const fill = elements(section(this.xml, 'fills'), 'fill')[fillId];
    const pf = fill && /<(?:\w+:)?patternFill\b[^>]*>/.exec(fill);
    if (!pf) return null;
    const color = (name: string) => {
      const m = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>`).exec(fill);
      if (!m) return undefined;
      const a = tagAttributes(m[0]);
      return a.rgb ? { argb: a.rgb } : a.theme !== undefined ? { theme: Number(a.theme), ...(a.tint ? { tint: Number(a.tint) } : {}) } : a.indexed !== undefined ? { indexed: Number(a.indexed) } : undefined;
    };
    const fg = color('fgColor');
    const bg = color('bgColor');
    return { type: 'pattern', pattern: (tagAttributes(pf[0]).patternType ?? 'none') as 'solid', ...(fg ? { fgColor: fg } : {}), ...(bg ? { bgColor: bg } : {}) } as PaintRecord['fill'];
  }

  /** The cell format `style` with a solid fill of `argb`. */
  withFill(style: number, argb: string): number {
    const key = `${style}|${argb}`;
    const known = this.xfIds.get(key);
    if (known !== undefined) return known;
    let fillId = this.fillIds.get(argb);
    if (fillId === undefined) {
      fillId = this.fillCount + this.fills.length;
      this.fills.push(`<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`);
      this.fillIds.set(argb, fillId);
    }
    const base = this.xfList[style] ?? this.xfList[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const tagEnd = base.indexOf('>') + 1;
    const tag = setAttribute(setAttribute(base.slice(0, tagEnd), 'fillId', String(fillId)), 'applyFill', '1');
    return this.addXf(key, tag + base.slice(tagEnd));
  }

  /** A format for the report sheet: bold (and larger) text, or wrapped text. */
  reportStyle(kind: 'title' | 'header' | 'wrap'): number {
    const key = `report|${kind}`;
    const known = this.xfIds.get(key);
    if (known !== undefined) return known;
    if (kind === 'wrap') return this.addXf(key, '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>');
    const fontId = this.fontCount + this.fonts.length;
    this.fonts.push(kind === 'title' ? '<font><b/><sz val="14"/></font>' : '<font><b/><sz val="11"/></font>');
    return this.addXf(key, `<xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`);
  }

  private addXf(key: string, xml: string): number {
    const id = this.xfList.length + this.xfs.length;
    this.xfs.push(xml);
    this.xfIds.set(key, id);
    this.changed = true;
    return id;
  }

  result(): string {
    let xml = this.xml;
    xml = appendTo(xml, 'fills', this.fills, this.fillCount);
    xml = appendTo(xml, 'fonts', this.fonts, this.fontCount);
    xml = appendTo(xml, 'cellXfs', this.xfs, this.xfList.length);
    return xml;
  }
}

function section(xml: string, name: string): string {
  const m = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`).exec(xml);
  return m?.[1] ?? '';
}

function elements(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:\\w+:)?${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${name}>)`, 'g'))].map((m) => m[0]);
}

function appendTo(xml: string, name: string, items: string[], before: number): string {
  if (!items.length) return xml;
  const count = before + items.length;
  const re = new RegExp(`<((?:\\w+:)?${name})\\b([^>]*?)(/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`);
  return xml.replace(re, (_all, tag: string, attrs: string, _end: string, inner: string | undefined) => {
    const a = /\bcount\s*=/.test(attrs) ? attrs.replace(/\bcount\s*=\s*"[^"]*"/, `count="${count}"`) : `${attrs} count="${count}"`;
    return `<${tag}${a}>${inner ?? ''}${items.join('')}</${tag}>`;
  });
}

// ---- the painted sheet --------------------------------------------------------------------------

function paintSheet(xml: string, findings: readonly Finding[], earlier: PaintRecord[], st: StylesPatch, sheet: string, records: PaintRecord[]): string {
  const merges = [...xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)].flatMap((m) => {
    try {
      return [parseRange(tagAttributes(m[0]).ref ?? '')];
    } catch {
      return [];
    }
  });
  const masterOf = (address: string): string | undefined => {
    let p;
    try {
      p = parseA1(address);
    } catch {
      return undefined;
    }
    for (const m of merges) if (p.row >= m.top && p.row <= m.bottom && p.col >= m.left && p.col <= m.right) return toA1(m.top, m.left);
    return toA1(p.row, p.col);
  };
  const worst = new Map<string, Severity>();
  for (const f of findings) {
    for (const address of f.cells.length ? f.cells : [f.cell]) {
      const master = masterOf(address);
      if (!master) continue;
      const prev = worst.get(master);
      if (!prev || RANK[f.severity] > RANK[prev]) worst.set(master, f.severity);
    }
  }
  // Cells to change: the earlier annotation's go back to their own style; the new ones get a fill.
  const restore = new Map<string, number | null>();
  for (const r of earlier) if (r.style !== undefined) restore.set(r.address, r.style);
  if (!worst.size && !restore.size) return xml;
  const byRow = new Map<number, Map<number, string>>();
  for (const a of new Set([...worst.keys(), ...restore.keys()])) {
    const p = parseA1(a);
    if (!byRow.has(p.row + 1)) byRow.set(p.row + 1, new Map());
    byRow.get(p.row + 1)!.set(p.col, a);
  }
  // null: the cell had no s attribute (style 0), and gets none back.
  const styleFor = (address: string, current: number | null): number | null => {
    const own = restore.has(address) ? restore.get(address)! : current;
    const sev = worst.get(address);
    if (!sev) return own;
    records.push({ sheet, address, fill: st.fillOf(own ?? 0), style: own });
    return st.withFill(own ?? 0, HIGHLIGHT_FILLS[sev]);
  };

  const data = /<((?:\w+:)?)sheetData\b[^>]*?(\/>|>)/.exec(xml);
  if (!data) return xml;
  const prefix = data[1];
  let start = data.index + data[0].length;
  let end: number;
  if (data[2] === '/>') {
    xml = `${xml.slice(0, data.index)}<${prefix}sheetData>${`</${prefix}sheetData>`}${xml.slice(start)}`;
    start = data.index + `<${prefix}sheetData>`.length;
    end = start;
  } else end = xml.indexOf(`</${prefix}sheetData>`, start);
  const body = xml.slice(start, end);
  const pending = new Map(byRow);
  const rowRe = new RegExp(`<${prefix}row\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}row>)`, 'g');
  let out = '';
  let last = 0;
  const newRow = (r: number, cells: Map<number, string>) =>
    `<${prefix}row r="${r}">${[...cells.entries()].sort((a, b) => a[0] - b[0]).map(([, a]) => newCell(prefix, a, styleFor(a, null))).join('')}</${prefix}row>`;
  for (let m = rowRe.exec(body); m; m = rowRe.exec(body)) {
    const rowXml = m[0];
    const tagEnd = rowXml.indexOf('>') + 1;
    const r = Number(tagAttributes(rowXml.slice(0, tagEnd)).r);
    // Rows that do not exist yet go before the first row after them.
    for (const [pr, cells] of [...pending.entries()].sort((a, b) => a[0] - b[0])) {
      if (!Number.isFinite(r) || pr >= r) break;
      out += body.slice(last, m.index) + newRow(pr, cells);
      last = m.index;
      pending.delete(pr);
    }
    const cells = pending.get(r);
    if (!cells) continue;
    pending.delete(r);
    out += body.slice(last, m.index) + paintRow(rowXml, prefix, cells, styleFor);
    last = m.index + rowXml.length;
  }
  out += body.slice(last);
  for (const [pr, cells] of [...pending.entries()].sort((a, b) => a[0] - b[0])) out += newRow(pr, cells);
  return xml.slice(0, start) + out + xml.slice(end);
}

function newCell(prefix: string, address: string, s: number | null): string {
  return `<${prefix}c r="${address}"${s === null ? '' : ` s="${s}"`}/>`;
}

function withStyle(tag: string, s: number | null): string {
  return s === null ? tag.replace(/\ss\s*=\s*("[^"]*"|'[^']*')/, '') : setAttribute(tag, 's', String(s));
}

function paintRow(rowXml: string, prefix: string, cells: Map<number, string>, styleFor: (address: string, current: number | null) => number | null): string {
  const tagEnd = rowXml.indexOf('>') + 1;
  const selfClosing = rowXml.endsWith('/>') && tagEnd === rowXml.length;
  const rowTag = selfClosing ? `${rowXml.slice(0, -2)}>` : rowXml.slice(0, tagEnd);
  const inner = selfClosing ? '' : rowXml.slice(tagEnd, rowXml.length - `</${prefix}row>`.length);
  const rowStyle = /\bcustomFormat\s*=\s*"(1|true)"/.test(rowTag) && tagAttributes(rowTag).s !== undefined ? Number(tagAttributes(rowTag).s) : null;
  const left = new Map(cells);
  const cellRe = new RegExp(`<${prefix}c\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}c>)`, 'g');
  let out = '';
  let last = 0;
  for (let m = cellRe.exec(inner); m; m = cellRe.exec(inner)) {
    const cTagEnd = m[0].indexOf('>') + 1;
    const cTag = m[0].slice(0, cTagEnd);
    const a = tagAttributes(cTag);
    if (!a.r) continue;
    const col = parseA1(a.r).col;
    for (const [c, address] of [...left.entries()].sort((x, y) => x[0] - y[0])) {
      if (c >= col) break;
      out += inner.slice(last, m.index) + newCell(prefix, address, styleFor(address, rowStyle));
      last = m.index;
      left.delete(c);
    }
    const address = left.get(col);
    if (address === undefined) continue;
    left.delete(col);
    const s = styleFor(address, a.s === undefined ? null : Number(a.s));
    out += inner.slice(last, m.index) + withStyle(cTag, s) + m[0].slice(cTagEnd);
    last = m.index + m[0].length;
  }
  out += inner.slice(last);
  for (const [, address] of [...left.entries()].sort((x, y) => x[0] - y[0])) out += newCell(prefix, address, styleFor(address, rowStyle));
  return `${rowTag}${out}</${prefix}row>`;
}

// ---- the new sheets ----------------------------------------------------------------------------

function cellXml(row: number, col: number, v: string | number, s?: number): string {
  const r = toA1(row, col);
  const style = s === undefined ? '' : ` s="${s}"`;
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${r}"${style}><v>${v}</v></c>` : '';
  return `<c r="${r}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
}

function sheetXml(rows: string[], cols = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}">${cols}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

function reportSheetXml(rows: Array<Array<string | number>>, st: StylesPatch): string {
  const widths = [8, 10, 14, 10, 24, 60, 40, 40];
  const cols = `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
  return sheetXml(
    rows.map((values, i) => {
      const s = i === 0 ? st.reportStyle('title') : values[0] === '序号' ? st.reportStyle('header') : values.length > 5 ? st.reportStyle('wrap') : undefined;
      return `<row r="${i + 1}">${values.map((v, c) => cellXml(i, c, v, s)).join('')}</row>`;
    }),
    cols,
  );
}

function stateSheetXml(state: Record<string, string>): string {
  const rows = [['PerfCheck state', 'v1'], ...Object.entries(state).map(([key, value]) => {
    const chunks: string[] = [];
    for (let i = 0; i < value.length; i += CHUNK) chunks.push(value.slice(i, i + CHUNK));
    return [key, ...(chunks.length ? chunks : [''])];
  })];
  return sheetXml(rows.map((values, i) => `<row r="${i + 1}">${values.map((v, c) => cellXml(i, c, v)).join('')}</row>`));
}

/** The paint records in a state sheet written by stateSheetXml (inline strings, one key a row). */
function paintRecords(xml: string): PaintRecord[] {
  for (const row of xml.matchAll(/<(?:\w+:)?row\b[^>]*>([\s\S]*?)<\/(?:\w+:)?row>/g)) {
    const texts = [...row[1].matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => decodeEntities(m[1]).replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    if (texts[0] !== PAINT_STATE_KEY) continue;
    try {
      const parsed = JSON.parse(texts.slice(1).join('')) as unknown;
      return Array.isArray(parsed) ? parsed.filter((r): r is PaintRecord => !!r && typeof r.sheet === 'string' && typeof r.address === 'string') : [];
    } catch {
      return [];
    }
  }
  return [];
}
