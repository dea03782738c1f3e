// The bounded .xlsx reader: bytes -> one GridData per worksheet, reading only what a form can use
// (cell values, formulas, number formats, errors, merged areas, protection) and nothing else
// (data validations, column definitions, conditional formats, drawings are never expanded).
//
// Every part is inflated as a stream, with its declared size as a hard cap, and scanned as it
// arrives (xml-scan.ts); parts are found the way Excel finds them, through the package's
// relationships, not by file name. What can grow is counted as it grows and refused past a limit
// with one Chinese sentence: bytes inflated, cells kept, merged areas, shared-string text, rows and
// columns beyond Excel's own, and wall time. No part is held whole and no cell object is built.
//
// Pure TypeScript: the CLI (node) and the web page (a worker) run the same code.

import type { GridData, ScalarValue } from '../core/grid/grid';
import { parseRange, toA1 } from '../core/grid/address';
import { entryData, ZipEntryInfo, zipEntries } from './zip';
import { attrLocal, Attrs, XmlError, XmlHandler, XmlScanner } from './xml-scan';
import { slideFormula } from './shared-formula';
import { BUILTIN_NUM_FORMATS, excelSerialToIsoDate, isDateFormat, isoDateText } from './num-formats';

export type WorkbookErrorCode = 'not-a-workbook' | 'encrypted' | 'legacy-xls' | 'corrupt' | 'empty' | 'too-large';

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface SheetGrid {
  grid: GridData;
  hidden: boolean;
  /** What a viewer shows beside the values, in the window asked for (ReadOptions.view). */
  view?: SheetView;
}

/** The top-left block of a sheet a viewer shows (the web page's grid view: 3,000 x 60). */
export interface ViewWindow {
  rows: number;
  cols: number;
}

/**
 * The formatting the web page's grid view shows, for the cells of the view window only (so a
 * million formatted rows cost nothing): solid fills given as an RGB colour, bold text, and
 * column widths (Excel's character units; null where the sheet sets none).
 */
export interface SheetView {
  fills: Record<string, string>;
  bold: string[];
  widths: Array<number | null>;
}

/** Limits that keep any input within time and memory. Every one is refused with a sentence. */
export interface ReadLimits {
  /** Total bytes inflated from the parts the reader reads. */
  maxUncompressedBytes: number;
  /** Non-empty cells kept, over the whole workbook. */
  maxCells: number;
  /** Kept for callers of the old reader; the same as maxCells per sheet. */
  maxCellsPerSheet: number;
  /** Merged areas, over the whole workbook. */
  maxMerges: number;
  /** Characters of shared-string text. */
  maxSharedStringChars: number;
  /** Wall time for the whole read; past it the read stops with a sentence. */
  maxReadMs: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxUncompressedBytes: 300 * 1024 * 1024,
  maxCells: 4_000_000,
  maxCellsPerSheet: 4_000_000,
  maxMerges: 100_000,
  maxSharedStringChars: 50_000_000,
  maxReadMs: 15_000,
};

/**
 * Inflates a raw deflate stream in pieces, throwing InflateLimitError as soon as more than
 * `maxOutput` bytes come out. The default uses DecompressionStream (browsers, node >= 18).
 */
export type Inflate = (data: Uint8Array, maxOutput: number) => AsyncIterable<Uint8Array>;

export class InflateLimitError extends Error {}

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  inflate?: Inflate;
  /** Called now and then with the share of the parts read so far (0..1). */
  onProgress?: (fraction: number) => void;
  now?: () => number;
  /** Also collect the view formatting (SheetGrid.view) of this window of every sheet. */
  view?: ViewWindow;
}

// ---- sentences --------------------------------------------------------------------------------

const CORRUPT = '文件已损坏或不完整，无法作为 Excel 工作簿打开。';
const ENCRYPTED = '文件已加密（设置了打开密码），请在 Excel 中取消密码后再校验。';
const LIED = '文件解压后的大小超过了它自己声明的大小（可能是恶意构造的压缩包），已拒绝读取。';
const mb = (n: number) => Math.round(n / 1024 / 1024);
const count = (n: number) => n.toLocaleString('en-US');

/**
 * The refusals in English, by code, for hosts showing English (the Chinese sentence carries the
 * figures; the CLI with --lang en and the web page in English both say these).
 */
export const WORKBOOK_ERROR_EN: Record<WorkbookErrorCode, string> = {
  'not-a-workbook': 'The file is not an Excel workbook (.xlsx).',
  encrypted: 'The file is password-protected; remove the password in Excel first.',
  'legacy-xls': 'This is an old .xls file; save it as .xlsx in Excel first.',
  corrupt: 'The file is damaged or incomplete and cannot be opened as an Excel workbook.',
  empty: 'The workbook is empty.',
  'too-large': 'The file exceeds what can be checked (size, cells, merges or reading time); it was refused.',
};

export const SENTENCES = {
  corrupt: CORRUPT,
  tooBig: (bytes: number, limit: number) => `文件解压后约 ${mb(bytes)} MB，超过 ${mb(limit)} MB 的上限，已拒绝读取。`,
  tooManyCells: (limit: number) => `文件中有超过 ${count(limit)} 个非空单元格，超出可校验的上限，已拒绝读取。`,
  tooManyMerges: (limit: number) => `文件中有超过 ${count(limit)} 个合并区域，超出可校验的上限，已拒绝读取。`,
  mergesTooBig: '文件中的合并区域相互重叠或覆盖过多单元格（可能是恶意构造的文件），已拒绝读取。',
  tooMuchText: (limit: number) => `文件中的文字超过 ${count(limit)} 个字符，超出可校验的上限，已拒绝读取。`,
  outOfSheet: (what: string) => `文件中有超出 Excel 行列范围的单元格（${what}），可能是恶意构造的文件，已拒绝读取。`,
  tooSlow: (ms: number) => `文件内容过多，${Math.round(ms / 1000)} 秒内未能读完，已停止读取。`,
};

// ---- container ----------------------------------------------------------------------------------

/** What the first bytes say the file is. */
export function sniff(bytes: Uint8Array): 'zip' | 'ole' | 'empty' | 'other' {
  if (bytes.length === 0) return 'empty';
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) return 'zip';
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  return 'other';
}

/** An encrypted .xlsx is an OLE container holding "EncryptedPackage" (UTF-16LE). */
function isEncryptedOle(bytes: Uint8Array): boolean {
  const needle = 'EncryptedPackage';
  const limit = Math.min(bytes.length, 64 * 1024 * 1024);
  outer: for (let i = 0; i + needle.length * 2 <= limit; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (bytes[i + j * 2] !== needle.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** The zip's entries, or a WorkbookError saying what the bytes are instead. */
export function openPackage(bytes: Uint8Array): Package {
  const kind = sniff(bytes);
  if (kind === 'empty') throw new WorkbookError('empty', '文件是空的（0 字节），不是 Excel 工作簿。');
  if (kind === 'ole') {
    if (isEncryptedOle(bytes)) throw new WorkbookError('encrypted', ENCRYPTED);
    throw new WorkbookError('legacy-xls', '这是旧版 .xls 格式的文件，请在 Excel 中另存为 .xlsx 后再校验。');
  }
  if (kind !== 'zip') throw new WorkbookError('not-a-workbook', '文件不是 Excel 工作簿（.xlsx），可能是改了扩展名的其他文件。');
  const entries = zipEntries(bytes);
  if (entries === undefined) throw new WorkbookError('corrupt', CORRUPT);
  return new Package(bytes, entries);
}

/** Part names compare case-insensitively, without a leading slash (OPC). The first copy wins. */
export function partKey(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase();
}

export class Package {
  readonly parts = new Map<string, ZipEntryInfo>();

  constructor(
    readonly bytes: Uint8Array,
    readonly entries: ZipEntryInfo[],
  ) {
    for (const e of entries) {
      const key = partKey(e.name);
      if (!this.parts.has(key)) this.parts.set(key, e);
    }
  }

  get(name: string): ZipEntryInfo | undefined {
    return this.parts.get(partKey(name));
  }
}

/** Resolves a relationship target against the part that holds the relationship. */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : partKey(sourcePart).split('/').slice(0, -1);
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

export function relsPartOf(part: string): string {
  const key = partKey(part);
  const slash = key.lastIndexOf('/');
  return `${key.slice(0, slash + 1)}_rels/${key.slice(slash + 1)}.rels`;
}

// ---- streaming a part ---------------------------------------------------------------------------

/** DecompressionStream('deflate-raw'), capped. */
export const webInflate: Inflate = async function* (data, maxOutput) {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value.length;
      if (total > maxOutput) throw new InflateLimitError();
      yield value;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
};

class Budget {
  inflated = 0;
  cells = 0;
  merges = 0;
  sharedChars = 0;
  readCompressed = 0;
  private readonly started: number;

  constructor(
    readonly limits: ReadLimits,
    readonly totalCompressed: number,
    private readonly now: () => number,
    private readonly onProgress?: (fraction: number) => void,
  ) {
    this.started = now();
  }

  tick(compressed: number): void {
    this.readCompressed += compressed;
    const elapsed = this.now() - this.started;
    if (elapsed > this.limits.maxReadMs) throw new WorkbookError('too-large', SENTENCES.tooSlow(this.limits.maxReadMs));
    this.onProgress?.(this.totalCompressed ? Math.min(1, this.readCompressed / this.totalCompressed) : 1);
  }
}

const CHUNK = 64 * 1024;

async function scanPart(pkg: Package, entry: ZipEntryInfo, handler: XmlHandler, inflate: Inflate, budget: Budget): Promise<void> {
  const data = entryData(pkg.bytes, entry);
  if (!data) throw new WorkbookError('corrupt', CORRUPT);
  const remaining = budget.limits.maxUncompressedBytes - budget.inflated;
  if (entry.uncompressedSize > remaining) throw new WorkbookError('too-large', SENTENCES.tooBig(budget.inflated + entry.uncompressedSize, budget.limits.maxUncompressedBytes));
  const scanner = new XmlScanner(handler);
  (handler as { scanner?: XmlScanner }).scanner = scanner;
  const decoder = new TextDecoder('utf-8');
  let produced = 0;
  const feed = (chunk: Uint8Array) => {
    produced += chunk.length;
    budget.inflated += chunk.length;
    scanner.write(decoder.decode(chunk, { stream: true }));
  };
  try {
    if (entry.method === 0) {
      for (let i = 0; i < data.length && !scanner.stopped; i += CHUNK) {
        const piece = data.subarray(i, Math.min(data.length, i + CHUNK));
        feed(piece);
        budget.tick(piece.length);
      }
    } else if (entry.method === 8) {
      let lastIn = 0;
      for await (const chunk of inflate(data, Math.max(1, entry.uncompressedSize))) {
        feed(chunk);
        // Progress in compressed bytes, estimated from the share inflated.
        const inSoFar = entry.uncompressedSize ? Math.floor((data.length * produced) / entry.uncompressedSize) : 0;
        budget.tick(Math.max(0, inSoFar - lastIn));
        lastIn = inSoFar;
        if (scanner.stopped) break;
      }
      if (!scanner.stopped && produced !== entry.uncompressedSize) throw new WorkbookError('corrupt', CORRUPT);
    } else throw new WorkbookError('corrupt', CORRUPT);
    if (!scanner.stopped) {
      scanner.write(decoder.decode());
      scanner.end();
    }
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    if (e instanceof InflateLimitError) throw new WorkbookError('too-large', LIED);
    if (e instanceof XmlError) throw new WorkbookError('corrupt', CORRUPT);
    // A truncated or garbled deflate stream.
    if (e instanceof TypeError || /incorrect|invalid|unexpected end|premature/i.test(String((e as Error)?.message))) throw new WorkbookError('corrupt', CORRUPT);
    throw e;
  }
}

/** Collects an element's text, up to `max` characters (Excel's cell limit is 32,767). */
class TextSink {
  private parts: string[] = [];
  private length = 0;
  on = false;

  constructor(private readonly max = 32_767) {}

  get full(): boolean {
    return this.length >= this.max;
  }

  start(): void {
    this.parts = [];
    this.length = 0;
    this.on = true;
  }

  add(t: string): void {
    if (!this.on || this.length >= this.max) return;
    const take = t.length > this.max - this.length ? t.slice(0, this.max - this.length) : t;
    this.parts.push(take);
    this.length += take.length;
  }

  take(): string {
    this.on = false;
    const s = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts = [];
    return ownCopy(s);
  }
}

/**
 * A string that does not share memory with the chunk it was cut from. V8 cuts a substring of 13
 * or more characters as a view on its parent, so one kept cell would keep its whole 64 KB chunk
 * of decoded XML alive (a sheet of long texts would then cost its XML twice over).
 */
function ownCopy(s: string): string {
  // JSON's round trip is a fast native copy into a fresh string (measured: a sheet of long texts
  // kept 73 MB of heap without it, 25 MB with it).
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** Excel's `_xHHHH_` escape for characters XML cannot carry. */
function unescapeOoxml(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

// ---- package-level parts ------------------------------------------------------------------------

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

const ALL = () => true;

function relsHandler(out: Relationship[]): XmlHandler {
  return {
    wants: ALL,
    open(name, a) {
      if (name === 'Relationship' && a.Id !== undefined && a.Target !== undefined) out.push({ id: a.Id, type: a.Type ?? '', target: a.Target, external: a.TargetMode === 'External' });
    },
    close() {},
    text() {},
  };
}

interface SheetEntry {
  name: string;
  relId: string;
  state: string;
}

function workbookHandler(out: { sheets: SheetEntry[]; date1904: boolean }): XmlHandler {
  return {
    wants: (name) => (name === 'sheet' ? ['name', 'id', 'state'] : name === 'workbookPr' ? ['date1904'] : false),
    open(name, a) {
      if (name === 'sheet') out.sheets.push({ name: a.name ?? '', relId: attrLocal(a, 'id') ?? '', state: a.state ?? 'visible' });
      else if (name === 'workbookPr') out.date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
    close() {},
    text() {},
  };
}

/** What styles.xml says about one cell format: its number format, fill and font. */
interface StyleTable {
  formats: Map<number, string>;
  /** cellXfs: numFmtId, fillId, fontId per cell format. */
  xfs: number[];
  xfFill: number[];
  xfFont: number[];
  /** Solid fills' RGB ("#RRGGBB"), by fill index; undefined for any other fill. */
  fills: Array<string | undefined>;
  bold: boolean[];
}

function stylesHandler(out: StyleTable): XmlHandler {
  let inCellXfs = false;
  let inFills = false;
  let inFonts = false;
  let fill: { solid: boolean; rgb?: string } | null = null;
  const flag = (v: string | undefined) => v === undefined || (v !== '0' && v !== 'false');
  return {
    wants: (name) =>
      name === 'numFmt' ? ['numFmtId', 'formatCode'] : name === 'xf' ? ['numFmtId', 'fillId', 'fontId'] : name === 'patternFill' ? ['patternType'] : name === 'fgColor' ? ['rgb'] : name === 'b' ? ['val'] : false,
    open(name, a, selfClosing) {
      if (name === 'numFmt' && a.numFmtId !== undefined && a.formatCode !== undefined) out.formats.set(Number(a.numFmtId), a.formatCode);
      else if (name === 'cellXfs') inCellXfs = !selfClosing;
      else if (name === 'xf' && inCellXfs) {
        out.xfs.push(Number(a.numFmtId ?? 0));
        out.xfFill.push(Number(a.fillId ?? 0));
        out.xfFont.push(Number(a.fontId ?? 0));
      } else if (name === 'fills') inFills = !selfClosing;
      else if (name === 'fonts') inFonts = !selfClosing;
      else if (name === 'fill' && inFills) {
        fill = { solid: false };
        if (selfClosing) out.fills.push(undefined), (fill = null);
      } else if (name === 'patternFill' && fill) fill.solid = a.patternType === 'solid';
      else if (name === 'fgColor' && fill && a.rgb) fill.rgb = a.rgb;
      else if (name === 'font' && inFonts) out.bold.push(false);
      else if (name === 'b' && inFonts && out.bold.length) out.bold[out.bold.length - 1] = flag(a.val);
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
      else if (name === 'fills') inFills = false;
      else if (name === 'fonts') inFonts = false;
      else if (name === 'fill' && fill) {
        out.fills.push(fill.solid && fill.rgb && /^[0-9A-Fa-f]{6,8}$/.test(fill.rgb) ? `#${fill.rgb.slice(-6).toUpperCase()}` : undefined);
        fill = null;
      }
    },
    text() {},
  };
}

function sharedStringsHandler(out: string[], budget: Budget): XmlHandler & { scanner?: XmlScanner } {
  const sink = new TextSink();
  let inT = false;
  const handler: XmlHandler & { scanner?: XmlScanner; textOn: boolean } = {
    textOn: false,
    wants: () => false,
    open(name, _a, selfClosing) {
      if (name === 'si') sink.start();
      // Phonetic guides are not part of the text; runs past Excel's 32,767 characters are not kept.
      else if (name === 'rPh' && !selfClosing) handler.scanner?.skipElement('rPh');
      else if (name === 'r' && sink.full && !selfClosing) handler.scanner?.skipElement('si');
      else if (name === 't' && sink.on) handler.textOn = inT = true;
    },
    close(name) {
      if (name === 't') handler.textOn = inT = false;
      else if (name === 'si') {
        handler.textOn = inT = false;
        const s = unescapeOoxml(sink.take());
        budget.sharedChars += s.length;
        if (budget.sharedChars > budget.limits.maxSharedStringChars) throw new WorkbookError('too-large', SENTENCES.tooMuchText(budget.limits.maxSharedStringChars));
        out.push(s);
        if (out.length > budget.limits.maxCells * 2) throw new WorkbookError('too-large', SENTENCES.tooManyCells(budget.limits.maxCells));
      }
    },
    text(t) {
      if (inT) sink.add(t);
    },
  };
  return handler;
}

// ---- worksheets ----------------------------------------------------------------------------------

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

interface SheetContext {
  shared: string[];
  numFmtOf: (style: number) => string | undefined;
  isDateStyle: (style: number) => boolean;
  date1904: boolean;
  budget: Budget;
  /** The window whose formatting is collected (SheetGrid.view), if any. */
  view?: ViewWindow;
}

interface SheetResult {
  values: ScalarValue[][];
  formulas: Record<string, string>;
  numFmts: Record<string, string>;
  errors: Record<string, string>;
  merges: string[];
  protected: boolean;
  /** Style index of the cells in the view window: row * window.cols + col -> style. */
  styles?: Map<number, number>;
  /** Row styles (customFormat) of the window's rows, and column styles and widths of its columns. */
  rowStyles?: Map<number, number>;
  colStyles?: Array<number | undefined>;
  widths?: Array<number | null>;
}

/** Parses "AB12" into zero-based row and column without building objects; undefined if malformed. */
function parseRef(ref: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
    if (col > MAX_COL) return { row: 0, col: col - 1 };
  }
  if (i === 0 || i === ref.length) return undefined;
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    row = row * 10 + (c - 48);
    if (row > MAX_ROW) return { row: row - 1, col: col - 1 };
  }
  return { row: row - 1, col: col - 1 };
}

const CELL_ATTRS = ['r', 't', 's'];
const ROW_ATTRS = ['r'];
const ROW_ATTRS_VIEW = ['r', 's', 'customFormat'];
const COL_ATTRS = ['min', 'max', 'width', 'style'];
/** Sheet elements never read, however large: skipped whole without parsing their children. */
const SKIPPED = new Set(['dataValidations', 'conditionalFormatting', 'extLst', 'hyperlinks', 'rowBreaks', 'colBreaks', 'ignoredErrors', 'customSheetViews', 'sheetViews']);

class SheetHandler implements XmlHandler {
  readonly result: SheetResult = { values: [], formulas: {}, numFmts: {}, errors: {}, merges: [], protected: false };
  private row = -1;
  private col = -1;
  private cellType = 'n';
  private cellStyle = 0;
  private cellAddress = '';
  private value: string | undefined;
  private formula: string | undefined;
  private formulaAttrs: Attrs | undefined;
  private inline = false;
  private inPhonetic = 0;
  private readonly sink = new TextSink();
  private readonly inlineSink = new TextSink();
  private collecting: 'v' | 'f' | 't' | null = null;
  textOn = false;
  /** Shared formulas: si -> the master's text and address; copies wait for the end of the sheet. */
  private readonly masters = new Map<string, { formula: string; row: number; col: number }>();
  private readonly copies: Array<{ si: string; row: number; col: number; address: string }> = [];

  constructor(private readonly ctx: SheetContext) {
    if (ctx.view) {
      this.result.styles = new Map();
      this.result.rowStyles = new Map();
      this.result.colStyles = [];
      this.result.widths = new Array<number | null>(ctx.view.cols).fill(null);
    }
  }

  scanner?: XmlScanner;

  wants(name: string): boolean | readonly string[] {
    switch (name) {
      case 'c':
        return CELL_ATTRS;
      case 'row':
        return this.ctx.view ? ROW_ATTRS_VIEW : ROW_ATTRS;
      case 'col':
        return this.ctx.view ? COL_ATTRS : false;
      case 'f':
      case 'mergeCell':
      case 'sheetProtection':
        return true;
      default:
        return false;
    }
  }

  open(name: string, a: Attrs, selfClosing: boolean): void {
    switch (name) {
      case 'c': {
        let pos: { row: number; col: number } | undefined;
        if (a.r !== undefined) pos = parseRef(a.r);
        if (pos) {
          if (pos.row >= MAX_ROW || pos.col >= MAX_COL) throw new WorkbookError('too-large', SENTENCES.outOfSheet(a.r.slice(0, 20)));
          this.col = pos.col;
          if (this.row < 0) this.row = pos.row;
        } else this.col++;
        if (this.col >= MAX_COL) throw new WorkbookError('too-large', SENTENCES.outOfSheet(`第 ${this.col + 1} 列`));
        if (this.row < 0) this.row = 0;
        this.cellType = a.t ?? 'n';
        this.cellStyle = a.s !== undefined ? Number(a.s) : 0;
        const view = this.ctx.view;
        if (view && this.row < view.rows && this.col < view.cols) this.result.styles!.set(this.row * view.cols + this.col, this.cellStyle);
        this.cellAddress = '';
        this.value = undefined;
        this.formula = undefined;
        this.formulaAttrs = undefined;
        this.inline = false;
        return;
      }
      case 'v':
        this.sink.start();
        this.collecting = 'v';
        this.textOn = true;
        return;
      case 'f':
        this.formulaAttrs = a;
        this.sink.start();
        this.collecting = 'f';
        this.textOn = true;
        return;
      case 'is':
        this.inline = true;
        this.inlineSink.start();
        return;
      case 'rPh':
        this.inPhonetic++;
        return;
      case 't':
        if (this.inline && this.inPhonetic === 0) {
          this.collecting = 't';
          this.textOn = true;
        }
        return;
      case 'row': {
        const r = a.r !== undefined ? Number(a.r) : this.row + 2;
        if (!Number.isInteger(r) || r < 1 || r > MAX_ROW) throw new WorkbookError('too-large', SENTENCES.outOfSheet(`第 ${String(a.r).slice(0, 20)} 行`));
        this.row = r - 1;
        this.col = -1;
        const view = this.ctx.view;
        if (view && this.row < view.rows && a.s !== undefined && (a.customFormat === '1' || a.customFormat === 'true')) this.result.rowStyles!.set(this.row, Number(a.s));
        return;
      }
      case 'cols':
        if (!this.ctx.view && !selfClosing) this.scanner?.skipElement(name);
        return;
      case 'col': {
        const view = this.ctx.view;
        if (!view) return;
        // Only the window's columns: a <col> 200 million columns wide costs nothing.
        const min = Math.max(1, Number(a.min) || 1);
        const max = Math.min(view.cols, Number(a.max) || min);
        const width = a.width !== undefined && Number.isFinite(Number(a.width)) ? Number(a.width) : null;
        for (let c = min; c <= max; c++) {
          if (width !== null) this.result.widths![c - 1] = width;
          if (a.style !== undefined) this.result.colStyles![c - 1] = Number(a.style);
        }
        return;
      }
      case 'mergeCell': {
        if (a.ref === undefined) return;
        if (++this.ctx.budget.merges > this.ctx.budget.limits.maxMerges) throw new WorkbookError('too-large', SENTENCES.tooManyMerges(this.ctx.budget.limits.maxMerges));
        try {
          const r = parseRange(a.ref);
          if (r.bottom < MAX_ROW && r.right < MAX_COL) this.result.merges.push(toA1(r.top, r.left) + (r.bottom !== r.top || r.right !== r.left ? `:${toA1(r.bottom, r.right)}` : ''));
        } catch {
          // An unreadable merge is ignored, as Excel would repair it away.
        }
        return;
      }
      case 'sheetProtection':
        this.result.protected = a.sheet === '1' || a.sheet === 'true';
        return;
      default:
        if (!selfClosing && SKIPPED.has(name)) this.scanner?.skipElement(name);
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
        if (this.collecting === 'v') this.value = this.sink.take();
        this.collecting = null;
        this.textOn = false;
        return;
      case 'f':
        if (this.collecting === 'f') this.formula = this.sink.take();
        this.collecting = null;
        this.textOn = false;
        return;
      case 't':
        if (this.collecting === 't') {
          this.collecting = null;
          this.textOn = false;
        }
        return;
      case 'rPh':
        this.inPhonetic--;
        return;
      case 'c':
        this.finishCell();
        return;
      default:
    }
  }

  text(t: string): void {
    if (this.collecting === 'v' || this.collecting === 'f') this.sink.add(t);
    else if (this.collecting === 't') this.inlineSink.add(t);
  }

  private address(): string {
    return (this.cellAddress ||= toA1(this.row, this.col));
  }

  private finishCell(): void {
    const ctx = this.ctx;
    let value: ScalarValue = null;
    let error: string | undefined;
    const raw = this.value;
    switch (this.cellType) {
      case 's': {
        const s = raw !== undefined ? ctx.shared[Number(raw)] : undefined;
        value = s ?? null;
        break;
      }
      case 'inlineStr':
        value = this.intern(this.inline ? unescapeOoxml(this.inlineSink.take()) : raw ?? null);
        break;
      case 'str':
        value = this.intern(raw ?? null);
        break;
      case 'b':
        value = raw === undefined ? null : raw === '1' || raw === 'true';
        break;
      case 'e':
        error = raw || undefined;
        break;
      case 'd':
        value = raw ? isoDateText(raw) ?? raw : null;
        break;
      default: {
        if (raw === undefined || raw.trim() === '') break;
        const n = Number(raw);
        if (!Number.isFinite(n)) value = raw;
        else if (ctx.isDateStyle(this.cellStyle)) value = excelSerialToIsoDate(n, ctx.date1904) ?? n;
        else value = n;
      }
    }
    if (value === '' && this.cellType !== 'str' && this.cellType !== 'inlineStr' && this.cellType !== 's') value = null;
    const fa = this.formulaAttrs;
    let formula: string | undefined;
    if (fa) {
      const text = this.formula ?? '';
      if (fa.t === 'shared' && fa.si !== undefined) {
        if (text) this.masters.set(fa.si, { formula: text, row: this.row, col: this.col });
        else this.copies.push({ si: fa.si, row: this.row, col: this.col, address: this.address() });
        if (text) formula = `=${text}`;
      } else if (fa.t === 'dataTable') formula = `=TABLE(${fa.r1 ?? ''},${fa.r2 ?? ''})`;
      else if (text) formula = `=${text}`;
    }
    if (value === null && !error && !formula) return;
    if (formula) this.result.formulas[this.address()] = formula;
    if (error) this.result.errors[this.address()] = error;
    if (value !== null || error) {
      const fmt = ctx.numFmtOf(this.cellStyle);
      if (fmt && fmt !== 'General') this.result.numFmts[this.address()] = fmt;
    }
    if (value === null) return;
    if (++ctx.budget.cells > ctx.budget.limits.maxCells) throw new WorkbookError('too-large', SENTENCES.tooManyCells(ctx.budget.limits.maxCells));
    (this.result.values[this.row] ??= [])[this.col] = value;
  }

  /**
   * One string per distinct short text, as a shared-strings part gives it: inline strings repeat
   * (labels, 是/否, units) and each copy would otherwise be its own string on the heap.
   */
  private readonly interned = new Map<string, string>();
  private intern(s: string | null): string | null {
    if (s === null || s.length > 32) return s;
    const known = this.interned.get(s);
    if (known !== undefined) return known;
    if (this.interned.size < 65_536) this.interned.set(s, s);
    return s;
  }

  /** After the part: shared-formula copies, merged tails. */
  finish(): SheetResult {
    for (const c of this.copies) {
      const m = this.masters.get(c.si);
      // A copy whose master is missing keeps its cached value and no formula (Excel repairs it so).
      if (m) this.result.formulas[c.address] = `=${slideFormula(m.formula, m.row, m.col, c.row, c.col)}`;
    }
    this.clearMergedTails();
    return this.result;
  }

  /**
   * Excel keeps a merged area's value in its top-left cell; a value stored in a tail is hidden
   * and not part of the form. Work is bounded by the cells actually stored, and overall.
   */
  private clearMergedTails(): void {
    const { values, formulas, numFmts, errors } = this.result;
    let work = 0;
    const limit = 20_000_000;
    for (const m of this.result.merges) {
      const r = parseRange(m);
      const bottom = Math.min(r.bottom, values.length - 1);
      for (let row = r.top; row <= bottom; row++) {
        const cells = values[row];
        work += 1;
        if (!cells) continue;
        const right = Math.min(r.right, cells.length - 1);
        for (let col = row === r.top ? r.left + 1 : r.left; col <= right; col++) {
          work++;
          if (cells[col] !== undefined) {
            delete cells[col];
            const a = toA1(row, col);
            delete formulas[a];
            delete numFmts[a];
            delete errors[a];
          }
        }
        if (work > limit) throw new WorkbookError('too-large', SENTENCES.mergesTooBig);
      }
    }
    // Errors and formulas of tails that held no value.
    const tails = (record: Record<string, string>) => {
      for (const a of Object.keys(record)) if (this.isTail(a)) delete record[a];
    };
    // (Skipped when it would be quadratic: a hidden tail formula changes no finding's cell text.)
    if (this.result.merges.length * (Object.keys(errors).length + Object.keys(formulas).length) < 2_000_000) {
      tails(errors);
      tails(formulas);
    }
  }

  private isTail(a: string): boolean {
    const p = parseRef(a);
    if (!p) return false;
    for (const m of this.result.merges) {
      const r = parseRange(m);
      if (p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right && (p.row !== r.top || p.col !== r.left)) return true;
    }
    return false;
  }
}

/**
 * The view's formatting, as Excel applies it: a cell's own format; for a cell the sheet does not
 * store, its row's format (customFormat), else its column's. Rows past the last one holding a
 * value are not shown, so they are not resolved.
 */
function sheetView(r: SheetResult, window: ViewWindow, usedRows: number, styles: StyleTable): SheetView {
  const fills: Record<string, string> = {};
  const bold: string[] = [];
  const fillOf = (style: number) => {
    const fillId = styles.xfFill[style];
    return fillId ? styles.fills[fillId] : undefined;
  };
  const boldOf = (style: number) => styles.bold[styles.xfFont[style] ?? 0] === true;
  const apply = (row: number, col: number, style: number) => {
    const fill = fillOf(style);
    if (!fill && !boldOf(style)) return;
    const a = toA1(row, col);
    if (fill) fills[a] = fill;
    if (boldOf(style)) bold.push(a);
  };
  for (const [key, style] of r.styles!) if (style) apply(Math.floor(key / window.cols), key % window.cols, style);
  const colStyles = r.colStyles!;
  const styled = (style: number | undefined): style is number => !!style && (!!fillOf(style) || boldOf(style));
  const rows = Math.min(window.rows, usedRows);
  if (r.rowStyles!.size || colStyles.some(styled)) {
    for (let row = 0; row < rows; row++) {
      const rowStyle = r.rowStyles!.get(row);
      for (let col = 0; col < window.cols; col++) {
        if (r.styles!.has(row * window.cols + col)) continue;
        const style = rowStyle ?? colStyles[col];
        if (styled(style)) apply(row, col, style);
      }
    }
  }
  return { fills, bold, widths: r.widths! };
}

function denseRows(values: ScalarValue[][]): ScalarValue[][] {
  // Rows as long as their last cell (a ragged grid: one cell at XFD1048576 must not become a
  // 1,048,576 x 16,384 array); missing rows become empty rows, holes become null.
  let length = values.length;
  while (length > 0 && !values[length - 1]?.some((v) => v !== undefined)) length--;
  const dense: ScalarValue[][] = new Array(length);
  for (let r = 0; r < length; r++) {
    const row = values[r];
    if (!row) {
      dense[r] = [];
      continue;
    }
    let end = row.length;
    while (end > 0 && row[end - 1] === undefined) end--;
    const out: ScalarValue[] = new Array(end);
    for (let c = 0; c < end; c++) out[c] = row[c] ?? null;
    dense[r] = out;
  }
  return dense;
}

// ---- the workbook ---------------------------------------------------------------------------------

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const REL_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';
const relIs = (r: Relationship, kind: string) => r.type === REL + kind || r.type === REL_STRICT + kind || r.type.endsWith(`/${kind}`);

export async function readXlsx(bytes: Uint8Array, options: ReadOptions = {}): Promise<SheetGrid[]> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const pkg = openPackage(bytes);
  const inflate = options.inflate ?? webInflate;
  if (pkg.entries.some((e) => e.encrypted)) throw new WorkbookError('encrypted', ENCRYPTED);

  // The main part, through the package relationships (xl/workbook.xml when they are missing).
  const rootRels: Relationship[] = [];
  const totalCompressed = pkg.entries.reduce((n, e) => n + (Number.isFinite(e.compressedSize) ? e.compressedSize : 0), 0);
  const budget = new Budget(limits, totalCompressed, options.now ?? Date.now, options.onProgress);
  const rootRelsEntry = pkg.get('_rels/.rels');
  if (rootRelsEntry) await scanPart(pkg, rootRelsEntry, relsHandler(rootRels), inflate, budget);
  const main = rootRels.find((r) => relIs(r, 'officeDocument') && !r.external);
  const workbookPart = main ? resolveTarget('', main.target) : 'xl/workbook.xml';
  const workbookEntry = pkg.get(workbookPart);
  if (!workbookEntry) throw new WorkbookError('not-a-workbook', '文件是压缩包，但不是 Excel 工作簿（.xlsx）：里面没有工作簿内容。');

  // Only the parts a form needs: their declared sizes are checked before any is inflated.
  const wbRels: Relationship[] = [];
  const wbRelsEntry = pkg.get(relsPartOf(workbookPart));
  if (wbRelsEntry) await scanPart(pkg, wbRelsEntry, relsHandler(wbRels), inflate, budget);
  const wb = { sheets: [] as SheetEntry[], date1904: false };
  await scanPart(pkg, workbookEntry, workbookHandler(wb), inflate, budget);
  const target = (r: Relationship | undefined) => (r && !r.external ? pkg.get(resolveTarget(workbookPart, r.target)) : undefined);
  const sheetParts = wb.sheets.map((s) => {
    const rel = wbRels.find((r) => r.id === s.relId);
    return { sheet: s, rel, entry: rel && relIs(rel, 'worksheet') ? target(rel) : undefined };
  });
  const sharedEntry = target(wbRels.find((r) => relIs(r, 'sharedStrings')));
  const stylesEntry = target(wbRels.find((r) => relIs(r, 'styles')));
  const toRead = [sharedEntry, stylesEntry, ...sheetParts.map((p) => p.entry)].filter((e): e is ZipEntryInfo => !!e);
  const declared = toRead.reduce((n, e) => n + e.uncompressedSize, budget.inflated);
  if (declared > limits.maxUncompressedBytes) throw new WorkbookError('too-large', SENTENCES.tooBig(declared, limits.maxUncompressedBytes));

  const styles: StyleTable = { formats: new Map(), xfs: [], xfFill: [], xfFont: [], fills: [], bold: [] };
  if (stylesEntry) await scanPart(pkg, stylesEntry, stylesHandler(styles), inflate, budget);
  const shared: string[] = [];
  if (sharedEntry) await scanPart(pkg, sharedEntry, sharedStringsHandler(shared, budget), inflate, budget);

  const fmtCache = new Map<number, string | undefined>();
  const numFmtOf = (style: number): string | undefined => {
    if (fmtCache.has(style)) return fmtCache.get(style);
    const id = styles.xfs[style];
    const fmt = id === undefined ? undefined : styles.formats.get(id) ?? BUILTIN_NUM_FORMATS[id];
    fmtCache.set(style, fmt);
    return fmt;
  };
  const dateCache = new Map<number, boolean>();
  const isDateStyle = (style: number): boolean => {
    let d = dateCache.get(style);
    if (d === undefined) dateCache.set(style, (d = isDateFormat(numFmtOf(style))));
    return d;
  };

  const sheets: SheetGrid[] = [];
  for (const p of sheetParts) {
    if (!p.rel || !relIs(p.rel, 'worksheet')) continue; // chart sheets, dialog sheets: no cells
    if (!p.entry) throw new WorkbookError('corrupt', CORRUPT);
    const handler = new SheetHandler({ shared, numFmtOf, isDateStyle, date1904: wb.date1904, budget, view: options.view });
    await scanPart(pkg, p.entry, handler, inflate, budget);
    const r = handler.finish();
    const values = denseRows(r.values);
    const grid: GridData = {
      name: p.sheet.name,
      values,
      ...(Object.keys(r.formulas).length ? { formulas: r.formulas } : {}),
      ...(Object.keys(r.numFmts).length ? { numFmts: r.numFmts } : {}),
      ...(Object.keys(r.errors).length ? { errors: r.errors } : {}),
      ...(r.merges.length ? { merges: r.merges } : {}),
      ...(r.protected ? { protected: true } : {}),
    };
    const view = options.view ? sheetView(r, options.view, values.length, styles) : undefined;
    sheets.push({ grid, hidden: p.sheet.state === 'hidden' || p.sheet.state === 'veryHidden', ...(view ? { view } : {}) });
  }
  if (sheets.length === 0) throw new WorkbookError('empty', '工作簿中没有任何工作表。');
  options.onProgress?.(1);
  return sheets;
}
