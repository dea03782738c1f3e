// Hostile .xlsx files, built in memory: zip bombs (honest and lying), a sheet whose one stray cell
// sits at XFD1048576, a merged area over the whole sheet, a real form under 100,000 rows of noise,
// cells of 32,767 characters, and other containers dressed up as .xlsx.

import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { GridData, ScalarValue } from '../../src/core/grid/grid';
import { fixture } from '../fixtures/catalog';
import { SheetSpec, specToGrid } from '../fixtures/sheet-spec';
import { prng, xlsx, xlsxEntries, XlsxSheet, zip } from './zip';

/**
 * A raw deflate stream of `chunks` x `chunkBytes` zero bytes, compressed once and repeated: each
 * chunk ends with a sync flush (a non-final block), so the copies join into one valid stream.
 * 100 x 10 MiB gives about 1 GiB inflated from about 1 MB.
 */
export function zerosDeflate(chunks: number, chunkBytes = 10 * 1024 * 1024): { data: Buffer; size: number; crc: number } {
  const zeros = Buffer.alloc(chunkBytes);
  const chunk = deflateRawSync(zeros, { finishFlush: constants.Z_SYNC_FLUSH, level: 9 });
  const final = Buffer.from([0x03, 0x00]); // a final, empty block with fixed codes
  const data = Buffer.concat([...Array.from({ length: chunks }, () => chunk), final]);
  // crc32 of n zero chunks, computed incrementally over the same chunk.
  let crc = 0;
  for (let i = 0; i < chunks; i++) crc = crc32(zeros, crc);
  return { data, size: chunks * chunkBytes, crc };
}

function formSheet(spec: SheetSpec): XlsxSheet {
  return { name: spec.name, rows: spec.rows, merges: spec.merges, formulas: spec.formulas, errors: spec.errors };
}

/** A real workbook (seed 000) whose sheet part is replaced by a zip bomb. */
export function zipBomb(kind: 'honest' | 'lying', chunks = 110): Buffer {
  const entries = xlsxEntries([formSheet(fixture('seed-000'))]);
  const bomb = zerosDeflate(chunks);
  return zip(
    entries.map((e) =>
      e.name === 'xl/worksheets/sheet1.xml'
        ? { name: e.name, data: bomb.data, precompressed: { uncompressedSize: bomb.size, crc: bomb.crc }, ...(kind === 'lying' ? { declaredSize: 20_000 } : {}) }
        : e,
    ),
  );
}

/** Seed 000 with one more value at XFD1048576, the last cell Excel has. */
export function farCell(): Buffer {
  const spec = fixture('seed-000');
  const last = 1_048_575;
  return xlsx([{ ...formSheet(spec), rows: last + 1, row: (r) => (r < spec.rows.length ? spec.rows[r] : r === last ? [...new Array<ScalarValue>(16_383).fill(null), '末'] : []) }]);
}

/** Seed 000 with a merged area from below the form to XFD1048576 (17 billion cells to exceljs). */
export function giantMerge(): Buffer {
  const spec = fixture('seed-000');
  return xlsx([{ ...formSheet(spec), merges: [...spec.merges, `A${spec.rows.length + 3}:XFD1048576`] }]);
}

const CHARS = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命';

/** `count` rows of `width` columns of noise (numbers, short texts, booleans, blanks), reproducible. */
export function noiseRows(seed: number, width = 30): (r: number) => ScalarValue[] {
  const rnd = prng(seed);
  return () =>
    Array.from({ length: width }, () => {
      const x = rnd();
      if (x < 0.3) return Math.round(rnd() * 1e6) / 100;
      if (x < 0.85) {
        let s = '';
        const n = 1 + Math.floor(rnd() * 10);
        for (let i = 0; i < n; i++) s += CHARS[Math.floor(rnd() * CHARS.length)];
        return s;
      }
      if (x < 0.9) return rnd() < 0.5;
      return null;
    });
}

const noiseCache = new Map<string, ScalarValue[][]>();

/**
 * `count` rows of noise, built once per size and shared (the engine never writes to a grid): 5,000
 * distinct rows, repeated, which keeps a 100,000 x 30 block quick to build.
 */
export function noiseBlock(count: number, width = 30): ScalarValue[][] {
  const key = `${count}x${width}`;
  let rows = noiseCache.get(key);
  if (!rows) {
    const noise = noiseRows(7, width);
    const distinct = Array.from({ length: Math.min(count, 5_000) }, (_, i) => noise(i));
    rows = Array.from({ length: count }, (_, i) => distinct[i % distinct.length]);
    noiseCache.clear(); // one block at a time: 100,000 x 30 is about 200 MB
    noiseCache.set(key, rows);
  }
  return rows;
}

/** A seed form (with its merges, formats and formulas), `gap` blank rows, then noise. */
export function formOverNoise(seed: string, count: number, width = 30, gap = 2): GridData {
  const grid = specToGrid(fixture(seed));
  const rows: ScalarValue[][] = grid.values.map((r) => [...r]);
  for (let i = 0; i < gap; i++) rows.push([]);
  return { ...grid, values: rows.concat(noiseBlock(count, width)) };
}

export function formOverNoiseXlsx(seed: string, count: number, width = 30, gap = 2): Buffer {
  const spec = fixture(seed);
  const noise = noiseBlock(count, width);
  const top = spec.rows.length + gap;
  return xlsx([{ ...formSheet(spec), rows: top + count, row: (r) => (r < spec.rows.length ? spec.rows[r] : r < top ? [] : noise[r - top]) }]);
}

/** Seed 000 with 32,767-character texts (Excel's cell limit) in a label, an amount, a name and a target. */
export function hugeCellsSpec(): SheetSpec {
  const spec = fixture('seed-000');
  const long = (s: string) => s.repeat(Math.ceil(32_767 / s.length)).slice(0, 32_767);
  const rows = spec.rows.map((r) => [...r]);
  const find = (text: string) => {
    const r = rows.findIndex((row) => row.some((v) => v === text));
    return [r, rows[r].indexOf(text)] as const;
  };
  const [br, bc] = find('基本支出');
  rows[br][bc + 1] = long('1,561.17'); // an amount
  const [hr] = find('三级指标');
  rows[hr + 1][3] = long('培训场次'); // a 三级 name
  rows[hr + 1][4] = long('≥90%进一步提升'); // a target
  rows[hr + 2][5] = long('😀'); // emoji, split surrogate at the cut
  rows[0][3] = long('部门整体预算绩效目标申报表'); // a title-like prose cell
  return { ...spec, rows };
}

export function hugeCellsXlsx(): Buffer {
  return xlsx([formSheet(hugeCellsSpec())]);
}

/** Two different forms on two sheets, and one form pasted twice on one sheet. */
export function twoFormsTwoSheets(): Buffer {
  return xlsx([formSheet(fixture('seed-000')), formSheet(fixture('seed-003'))]);
}

export function formTwiceSpec(): SheetSpec {
  const a = fixture('seed-000');
  const gap = 3;
  const offset = a.rows.length + gap;
  const shiftRange = (m: string) => m.replace(/\d+/g, (n) => String(Number(n) + offset));
  const shiftAddress = (r: Record<string, string> | undefined) => Object.fromEntries(Object.entries(r ?? {}).map(([k, v]) => [shiftRange(k), v]));
  return {
    ...a,
    rows: [...a.rows.map((r) => [...r]), ...Array.from({ length: gap }, () => []), ...a.rows.map((r) => [...r])],
    merges: [...a.merges, ...a.merges.map(shiftRange)],
    numFmts: { ...a.numFmts, ...shiftAddress(a.numFmts) },
  };
}

export function formTwiceXlsx(): Buffer {
  return xlsx([formSheet(formTwiceSpec())]);
}

/** A zip that is not a workbook (a .docx renamed). */
export function docxRenamed(): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: 'word/document.xml', data: Buffer.from('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>') },
  ]);
}

/** The first bytes of a legacy .xls (an OLE compound file without an EncryptedPackage stream). */
export function xlsRenamed(): Buffer {
  const b = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
  Buffer.from('Workbook', 'utf16le').copy(b, 1024);
  return b;
}

export function csvRenamed(): Buffer {
  return Buffer.from('项目名称,总计,财政拨款\n宣传经费,100,100\n', 'utf8');
}

/** The first half of a real workbook, as a broken download leaves it. */
export function truncatedXlsx(): Buffer {
  const whole = xlsx([formSheet(fixture('seed-003'))]);
  return whole.subarray(0, Math.floor(whole.length / 2));
}

/** A workbook whose zip entries carry the "encrypted" flag (a zip password, not Office's). */
export function zipPasswordFlag(): Buffer {
  const whole = xlsx([formSheet(fixture('seed-000'))]);
  const out = Buffer.from(whole);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50) out.writeUInt16LE(out.readUInt16LE(i + 6) | 1, i + 6);
    else if (sig === 0x02014b50) out.writeUInt16LE(out.readUInt16LE(i + 8) | 1, i + 8);
  }
  return out;
}

// ---- expansions the reader must never perform (issue 16) -----------------------------------------

const seedSheet = () => formSheet(fixture('seed-000'));

/** Drop-down lists on whole columns and on the whole sheet, as templates carry them. */
export function wholeColumnValidations(): Buffer {
  const dv = (sqref: string) => `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${sqref}"><formula1>"是,否"</formula1></dataValidation>`;
  return xlsx([{ ...seedSheet(), tail: `<dataValidations count="3">${dv('A1:A1048576 B:B C:C D:D E:E')}${dv('A1:XFD1048576')}${dv('F1:XFD1048576')}</dataValidations>` }]);
}

/** A column definition spanning 200 million columns. */
export function hugeColDefinition(): Buffer {
  return xlsx([{ ...seedSheet(), head: '<cols><col min="1" max="200000000" width="9" customWidth="1"/></cols>' }]);
}

/** A row numbered three billion (Excel has 1,048,576). */
export function rowThreeBillion(): Buffer {
  return xlsx([{ ...seedSheet(), extraRows: () => ['<row r="3000000000"><c r="A3000000000"><v>1</v></c></row>'] }]);
}

/** One million empty rows that carry only a format. */
export function millionFormattedRows(): Buffer {
  const top = fixture('seed-000').rows.length;
  return xlsx([
    {
      ...seedSheet(),
      extraRows: function* () {
        for (let start = top + 3; start <= 1_000_000; start += 10_000) {
          let s = '';
          for (let r = start; r < start + 10_000 && r <= 1_000_000; r++) s += `<row r="${r}" s="1" customFormat="1" ht="15" customHeight="1"/>`;
          yield s;
        }
      },
    },
  ]);
}

/** 20,000 small merged areas below the form. */
export function manyMerges(count = 20_000): Buffer {
  const spec = fixture('seed-000');
  const top = spec.rows.length + 3;
  const merges = [...spec.merges, ...Array.from({ length: count }, (_, i) => `A${top + i}:C${top + i}`)];
  return xlsx([{ ...seedSheet(), merges }]);
}

/** The form's sheet plus a shared-strings part whose one string is 3 million rich-text runs. */
export function richTextBomb(runs = 3_000_000): Buffer {
  const entries = xlsxEntries([seedSheet()]);
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si>'];
  const run = '<r><rPr><b/></rPr><t>绩</t></r>';
  for (let i = 0; i < runs; i += 100_000) parts.push(run.repeat(Math.min(100_000, runs - i)));
  parts.push('</si></sst>');
  return zip(
    [
      ...entries.map((e) =>
        e.name === 'xl/_rels/workbook.xml.rels'
          ? { ...e, data: Buffer.from(e.data.toString('utf8').replace('</Relationships>', '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')) }
          : e,
      ),
      { name: 'xl/sharedStrings.xml', data: Buffer.from(parts.join(''), 'utf8') },
    ],
  );
}

/** Seed 000 in a zip64 package. */
export function zip64Workbook(): Buffer {
  return zip(xlsxEntries([seedSheet()]), { zip64: true });
}

/**
 * Seed 000 with its sheet stored under another part name (found through the relationships, as
 * Excel does), optionally with a leading slash in the zip entry name.
 */
export function sheetUnderOtherName(partName = 'xl/data/Form 1.xml', entryName = partName): Buffer {
  const entries = xlsxEntries([seedSheet()]);
  return zip(
    entries.map((e) => {
      if (e.name === 'xl/worksheets/sheet1.xml') return { ...e, name: entryName };
      if (e.name === 'xl/_rels/workbook.xml.rels') return { ...e, data: Buffer.from(e.data.toString('utf8').replace('Target="worksheets/sheet1.xml"', `Target="/${partName}"`)) };
      if (e.name === '[Content_Types].xml') return { ...e, data: Buffer.from(e.data.toString('utf8').replace('/xl/worksheets/sheet1.xml', `/${partName}`)) };
      return e;
    }),
  );
}

/** Seed 000 behind 70,000 padding entries (past the 16-bit entry count of a plain zip). */
export function manyEntries(padding = 70_000): Buffer {
  const entries = xlsxEntries([{ ...seedSheet(), merges: [...fixture('seed-000').merges, 'A60:XFD1048576'] }]);
  const pad = Array.from({ length: padding }, (_, i) => ({ name: `customXml/p${i}.xml`, data: Buffer.from('<a/>'), store: true }));
  return zip([...pad, ...entries]);
}

/** Attributes that a naive scan would misread: a decoy "ref=" inside another attribute, and ">" in a value. */
export function decoyAttributes(): Buffer {
  const spec = fixture('seed-000');
  const entries = xlsxEntries([{ ...seedSheet(), merges: [] }]);
  const merges = spec.merges.map((m) => `<mergeCell xr:uid="ref='A1:XFD1048576' >" ref="${m}"/>`).join('');
  return zip(
    entries.map((e) =>
      e.name === 'xl/worksheets/sheet1.xml'
        ? { ...e, data: Buffer.from(e.data.toString('utf8').replace('</sheetData>', `</sheetData><mergeCells count="${spec.merges.length}">${merges}</mergeCells>`).replace(/<c r="/g, '<c note="r=&quot;XFD1&quot; >" r="')) }
        : e,
    ),
  );
}
