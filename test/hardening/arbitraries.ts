// fast-check arbitraries for hostile sheets: random grids built from the words the readers look
// for (so the fuzzer reaches deep into the readers and rules, not just "not a form"), and the seed
// forms mutated the way users and pasting damage them (cells moved, blanked, swapped, labels
// garbled, rows inserted and deleted, amounts turned into dates, booleans and error values).

import fc from 'fast-check';
import { GridData, ScalarValue } from '../../src/core/grid/grid';
import { parseRange, rangeToA1, toA1 } from '../../src/core/grid/address';
import { fixture, SEEDS } from '../fixtures/catalog';
import { specToGrid } from '../fixtures/sheet-spec';

/** Labels, titles and category names every reader and rule keys on. */
export const LABELS = [
  '部门整体预算绩效目标申报表', '部门整体绩效目标', '项目支出绩效目标表', '部门整体支出绩效自评表', '绩效自评报告',
  '预算整体情况', '部门预算支出', '预算金额（万元）', '收入来源', '基本支出', '项目支出', '事业发展性支出', '财政专项资金',
  '其他事业发展性支出', '财政拨款', '其他资金', '区本级使用资金', '拟用于对下转移支付资金', '按预算级次划分', '总体绩效目标',
  '年度重点工作任务', '名称', '任务名称', '主要实施内容', '拟投入的资金（万元）', '期望达到的目标（概述）', '其他需完成的任务（可选填）',
  '绩效指标', '一级指标', '二级指标', '三级指标', '实施周期指标值', '年度指标值', '本年度预期指标', '指标解释', '指标说明及公式',
  '计算单位', '实际完成值', '偏差原因分析及改进措施', '分值', '得分',
  '本年度部门预算收入', '总额(元)：28,036,202.00', '财政拨款收入(元)：', '财政专户管理资金', '其他收入', '年度目标', '任务1', '任务2', '任务十',
  '任务的绩效目标', '主要实施项目',
  '项目名称（资金使用单位）', '项目名称', '总计', '合计', '财政专户拨款', '绩效目标', '单位：万元', '单位:元', '中共广州市黄埔区委宣传部',
  '宣传经费', '---',
  '预算数', '执行数', '执行率', '完成率', '年度预算执行情况（万元）', '全年合计', '按资金来源分：一般公共预算财政拨款', '政府性基金预算财政拨款',
  '按支出性质分：基本支出', '年度总体目标',
  '产出指标', '效益指标', '满意度指标', '成本指标', '数量指标', '质量指标', '时效指标', '经济效益指标', '社会效益指标', '生态效益指标',
  '可持续影响指标', '服务对象满意度指标', '服务对象满意度', '经济成本指标', '数量、质量、时效、成本方面的指标', '-',
  '培训场次', '舆情日报数量', '群众满意度', '按时完成率', '成本控制率',
  '≥90%', '≥12场', '100%', '≤100%', '不少于50篇', '显著提升', '进一步提升', '有所提高', '按计划完成', '1', '≥90', '出圈',
  '南沙区美誉度提升程度', '深入人心', '[请填写三级指标]', '（请填写）', '部门名称', '填报人', '其他需要说明的情况',
];

const PACKED = [
  '1、1-产出指标；11-数量指标；培训场次；实施周期指标值：≥12场；年度指标值：≥12场。2、2-效益指标；22-社会效益指标；受益人数；年度指标值：≥2000人次。',
  '1、1-产出指标；22-社会效益；放映场次数量；实施周期指标值：放映场次数量；年度指标值：',
  '1.3-满意度指标;31-服务对象满意度指标;满意度;年度指标值:≥90%',
  '１、１－产出指标；１１－数量指标；；；；',
  '1、1-产出指标；11-数量指标；x；年度指标值：1、与中央合作15家；2、2-效益指标',
];

/** Odd scalars users paste: control characters, emoji, right-to-left text, error text, dates. */
export const ODD_STRINGS = [
  '', ' ', '\u3000', '\t\n\r', '\u0000\u0001\u0007\u001b[31m', '\uFEFF\u200B\u200D', '😀👨‍👩‍👧‍👦🇨🇳', '\uD800', '\uDFFF\uD800',
  'שָׁלוֹם עוֹלָם', 'مرحبا بالعالم', '\u202Eevil\u202C', '#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NULL!', '#NUM!', '#SPILL!',
  '=SUM(A1:A3)', '2023-01-01', '2023/12/31', 'TRUE', 'FALSE', 'NaN', 'Infinity', '-0', '1e309', '(12.00)', '１，５６１．１７', '1, 499. 73',
  '¥1,000', '-¥5', '250万', '28,036,202.00元', '万元', '元', '%', '≥', '<script>alert(1)</script>', '<br/>', '大大大大大大大大大大大大大大',
  '　　产出　指标　', '一级指标\n二级指标', '年度指标值：', '：', '(', ')', '（万元）',
];

const NUMBERS: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.005, 0.726, 1561.17, 7093.89, 28036202, 1e15, -1e15, 5e-324, Number.MAX_VALUE, 44927 /* a date serial */),
  fc.double({ noNaN: false, noDefaultInfinity: false }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
);

const NUM_FMTS = ['General', '0.00', '#,##0.00', '0.00%', '0%', 'yyyy-mm-dd', 'm/d/yy h:mm', '@', '[Red]0.00;(0.00)', '"¥"#,##0.00', '0.00"万元"', ';;;', '', '[$-804]yyyy"年"m"月"d"日"'];
const ERRORS = ['#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', 'garbage'];

export const scalar: fc.Arbitrary<ScalarValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 1, arbitrary: fc.constantFrom(...PACKED) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 3, arbitrary: NUMBERS },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  // Labels glued to noise: "一级指标（万元）x", "  绩效指标：…".
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...LABELS), fc.constantFrom(...ODD_STRINGS), fc.constantFrom(...LABELS)).map(([a, b, c]) => `${a}${b}${c}`) },
);

export interface GridShape {
  maxRows: number;
  maxCols: number;
}

/** A1 address inside (or just outside) a rows x cols box. */
const addressIn = (rows: number, cols: number) => fc.tuple(fc.nat(rows), fc.nat(cols)).map(([r, c]) => toA1(r, c));

function sparseRecord<T>(rows: number, cols: number, value: fc.Arbitrary<T>, max: number): fc.Arbitrary<Record<string, T>> {
  return fc.array(fc.tuple(addressIn(rows, cols), value), { maxLength: max }).map((pairs) => Object.fromEntries(pairs));
}

const mergeIn = (rows: number, cols: number) =>
  fc.tuple(fc.nat(rows), fc.nat(cols), fc.nat(6), fc.nat(4)).map(([r, c, h, w]) => rangeToA1({ top: r, left: c, bottom: r + h, right: c + w }));

/** Random grids: ragged rows, sparse formulas, number formats, error cells, (overlapping) merges, an origin. */
export function randomGrid(shape: GridShape = { maxRows: 40, maxCols: 12 }): fc.Arbitrary<GridData> {
  return fc
    .tuple(fc.integer({ min: 0, max: shape.maxRows }), fc.integer({ min: 0, max: shape.maxCols }))
    .chain(([rows, cols]) =>
      fc.record(
        {
          name: fc.oneof(fc.constantFrom('Sheet1', '南沙', '项目表', ''), fc.string({ maxLength: 31 })),
          origin: fc.option(fc.record({ row: fc.nat(5), col: fc.nat(3) }), { nil: undefined }),
          // Ragged on purpose: rows of any length, including empty ones.
          values: fc.array(fc.array(scalar, { maxLength: cols }), { minLength: rows, maxLength: rows }),
          formulas: fc.option(sparseRecord(rows, cols, fc.constantFrom('=SUM(B2:B9)', '=C4+C5', '=D4/C4', '=#REF!+1', '=SUM(', '=1/0'), 6), { nil: undefined }),
          numFmts: fc.option(sparseRecord(rows, cols, fc.constantFrom(...NUM_FMTS), 8), { nil: undefined }),
          errors: fc.option(sparseRecord(rows, cols, fc.constantFrom(...ERRORS), 4), { nil: undefined }),
          merges: fc.option(fc.array(mergeIn(rows, cols), { maxLength: 6 }), { nil: undefined }),
          protected: fc.option(fc.boolean(), { nil: undefined }),
        },
        { requiredKeys: ['name', 'values'] },
      ),
    )
    .map(dropUndefined);
}

function dropUndefined(g: Partial<GridData>): GridData {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(g)) if (v !== undefined) out[k] = v;
  return out as GridData;
}

// ---- mutated seed forms ----------------------------------------------------------------------

export type Mutation =
  | { kind: 'move'; from: [number, number]; to: [number, number] }
  | { kind: 'blank'; at: [number, number] }
  | { kind: 'swap'; a: [number, number]; b: [number, number] }
  | { kind: 'garble'; at: [number, number]; how: number; noise: string }
  | { kind: 'set'; at: [number, number]; value: ScalarValue }
  | { kind: 'insertRow'; before: number }
  | { kind: 'deleteRow'; at: number }
  | { kind: 'swapRows'; a: number; b: number }
  | { kind: 'error'; at: [number, number]; code: string }
  | { kind: 'dropMerge'; index: number };

/** Seeds and their layout variants, by name. */
export const FORM_NAMES = [...Object.keys(SEEDS), 'seed-000-moved', 'seed-001-labels', 'seed-003-columns', 'seed-004-table-blank-row'];

// Positions are fractions of the sheet's size so that they land on real cells whatever the seed.
const fraction = fc.integer({ min: 0, max: 9_999 }).map((n) => n / 10_000);
const pos = fc.tuple(fraction, fraction);
type Pos = [number, number];

const mutation: fc.Arbitrary<{ kind: Mutation['kind']; p: Pos; q: Pos; n: number; noise: string; value: ScalarValue; code: string }> = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('move', 'blank', 'swap', 'garble', 'garble', 'garble', 'set', 'insertRow', 'deleteRow', 'swapRows', 'error', 'dropMerge'),
  p: pos,
  q: pos,
  n: fc.nat(7),
  noise: fc.constantFrom(...ODD_STRINGS, ' ', '（', '）', '：', '指标', '一', 'x'),
  value: scalar,
  code: fc.constantFrom(...ERRORS),
});

export interface MutatedForm {
  base: string;
  grid: GridData;
  /** What was done, for counterexample reports. */
  log: string[];
}

/** A seed form with 1..maxMutations random edits applied. */
export function mutatedForm(maxMutations = 8): fc.Arbitrary<MutatedForm> {
  return fc.record({ base: fc.constantFrom(...FORM_NAMES), edits: fc.array(mutation, { minLength: 1, maxLength: maxMutations }) }).map(({ base, edits }) => {
    const grid = specToGrid(fixture(base));
    const log: string[] = [];
    for (const e of edits) applyMutation(grid, e, log);
    return { base, grid, log };
  });
}

function at(grid: GridData, p: Pos): [number, number] {
  const rows = Math.max(1, grid.values.length);
  const r = Math.floor(p[0] * rows);
  const width = Math.max(1, grid.values[r]?.length ?? 1);
  return [r, Math.floor(p[1] * (width + 1))];
}

function get(grid: GridData, [r, c]: [number, number]): ScalarValue {
  return grid.values[r]?.[c] ?? null;
}

function put(grid: GridData, [r, c]: [number, number], v: ScalarValue): void {
  while (grid.values.length <= r) grid.values.push([]);
  const row = grid.values[r];
  while (row.length <= c) row.push(null);
  row[c] = v;
}

function garble(text: string, how: number, noise: string): string {
  const i = Math.floor(text.length / 2);
  switch (how) {
    case 0: return text.slice(0, i) + noise + text.slice(i);          // noise inside the word
    case 1: return text.slice(0, i) + text.slice(i + 1);              // a character lost
    case 2: return text + text;                                       // doubled by a paste
    case 3: return text.split('').reverse().join('');                 // scrambled
    case 4: return `${noise}${text}${noise}`;                         // wrapped in junk
    case 5: return text.normalize('NFKD').replace(/\(/g, '（');       // other widths
    case 6: return text.replace(/指标/g, '指 标').replace(/\s/g, '\u3000'); // spaces inside words
    default: return text.repeat(200);                                 // very long
  }
}

export function applyMutation(grid: GridData, e: { kind: Mutation['kind']; p: Pos; q: Pos; n: number; noise: string; value: ScalarValue; code: string }, log: string[]): void {
  const a = at(grid, e.p);
  const b = at(grid, e.q);
  switch (e.kind) {
    case 'move': {
      const v = get(grid, a);
      put(grid, a, null);
      put(grid, b, v);
      log.push(`move ${toA1(...a)} -> ${toA1(...b)}`);
      break;
    }
    case 'blank':
      put(grid, a, null);
      log.push(`blank ${toA1(...a)}`);
      break;
    case 'swap': {
      const v = get(grid, a);
      put(grid, a, get(grid, b));
      put(grid, b, v);
      log.push(`swap ${toA1(...a)} <-> ${toA1(...b)}`);
      break;
    }
    case 'garble': {
      const v = get(grid, a);
      const text = typeof v === 'string' ? v : v === null ? '' : String(v);
      put(grid, a, garble(text, e.n, e.noise));
      log.push(`garble ${toA1(...a)} #${e.n} ${JSON.stringify(e.noise)}`);
      break;
    }
    case 'set':
      put(grid, a, e.value);
      log.push(`set ${toA1(...a)} = ${JSON.stringify(e.value)}`);
      break;
    case 'insertRow':
      grid.values.splice(a[0], 0, []);
      log.push(`insert row before ${a[0] + 1} (merges, formulas and formats stay where they were)`);
      break;
    case 'deleteRow':
      grid.values.splice(a[0], 1);
      log.push(`delete row ${a[0] + 1}`);
      break;
    case 'swapRows': {
      const [r1, r2] = [a[0], b[0]];
      if (r1 < grid.values.length && r2 < grid.values.length) [grid.values[r1], grid.values[r2]] = [grid.values[r2], grid.values[r1]];
      log.push(`swap rows ${r1 + 1} <-> ${r2 + 1}`);
      break;
    }
    case 'error':
      put(grid, a, e.code);
      grid.errors = { ...(grid.errors ?? {}), [toA1(...a)]: e.code };
      log.push(`error ${toA1(...a)} ${e.code}`);
      break;
    case 'dropMerge': {
      const merges = grid.merges ?? [];
      if (merges.length) {
        const i = e.n % merges.length;
        log.push(`unmerge ${merges[i]}`);
        grid.merges = merges.filter((_, j) => j !== i);
      }
      break;
    }
  }
}

/** A merge list stays parseable after mutations (mutations never write merges). */
export function mergesParse(grid: GridData): boolean {
  return (grid.merges ?? []).every((m) => {
    try {
      parseRange(m);
      return true;
    } catch {
      return false;
    }
  });
}

// ---- forms assembled from random blocks ------------------------------------------------------

const L1 = ['产出指标', '效益指标', '满意度指标', '成本指标', '', '-', '产出', '满意度'];
const L2 = ['数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标', '经济成本指标', '', '数量、质量、时效、成本方面的指标'];
const NAMES = ['培训场次', '舆情日报数量', '群众满意度', '按时完成率', '成本控制率', '服务对象满意度', '正面新闻报道量', '', '【待填】按时完成率', '[请填写]'];
const TARGETS = ['≥90%', '≥12场', '100%', '≤100%', '不少于50篇', '显著提升', '进一步提升', '1', '≥90', '出圈', '12月31日前完成', '0停播、0事故', '每月2场', '低于3元/人次', '', '【待填】100%'];
const HEADER_ROLES = ['一级指标', '二级指标', '三级指标', '实施周期指标值', '年度指标值', '本年度预期指标', '实际完成值', '计算单位', '指标解释', '偏差原因分析及改进措施', '分值'];

const cellFrom = (pool: string[]): fc.Arbitrary<ScalarValue> => fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: scalar }, { weight: 1, arbitrary: fc.constant(null) });
const amount: fc.Arbitrary<ScalarValue> = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 999_999 }).map((n) => n / 100) }, { weight: 1, arbitrary: fc.constantFrom('1, 499. 73', '1,561.17', '０．００', '-', '无', '#REF!', '2023-01-01', true, '') }, { weight: 1, arbitrary: scalar });

type Block = ScalarValue[][];

const indicatorBlock: fc.Arbitrary<Block> = fc
  .tuple(fc.shuffledSubarray(HEADER_ROLES, { minLength: 2 }), fc.nat(2), fc.array(fc.tuple(cellFrom(L1), cellFrom(L2), cellFrom(NAMES), fc.array(cellFrom(TARGETS), { maxLength: 8 })), { maxLength: 25 }))
  .map(([roles, indent, rows]) => {
    const pad = new Array<ScalarValue>(indent).fill(null);
    const out: Block = [[...pad, '绩效指标', ...roles]];
    for (const [l1, l2, name, values] of rows) {
      const cells: ScalarValue[] = roles.map((r, i) => (r === '一级指标' ? l1 : r === '二级指标' ? l2 : r === '三级指标' ? name : values[i] ?? null));
      out.push([...pad, null, ...cells]);
    }
    return out;
  });

const budgetBlock: fc.Arbitrary<Block> = fc.array(amount, { minLength: 8, maxLength: 8 }).map((a) => [
  ['预算整体情况', '部门预算支出', '预算金额（万元）', '收入来源', '预算金额（万元）'],
  [null, '基本支出', a[0], '财政拨款', a[4]],
  [null, '项目支出', a[1], '其他资金', a[5]],
  [null, '事业发展性支出', '预算金额（万元）', '按预算级次划分', '预算金额（万元）'],
  [null, '财政专项资金', a[2], '区本级使用资金', a[6]],
  [null, '其他事业发展性支出', a[3], '拟用于对下转移支付资金', a[7]],
]);

const tasksBlock: fc.Arbitrary<Block> = fc.array(fc.tuple(cellFrom(['重点任务一', '宣传', '']), amount, cellFrom(TARGETS)), { maxLength: 6 }).map((rows) => [
  ['年度重点工作任务', '名称', '主要实施内容', '拟投入的资金（万元）', '期望达到的目标（概述）'],
  ...rows.map(([n, f, g]) => [null, n, '开展培训', f, g]),
]);

const projectBlock: fc.Arbitrary<Block> = fc
  .array(fc.tuple(cellFrom(['中共广州市黄埔区委宣传部', '宣传经费', '报刊征订', '合计', '']), amount, amount, amount, amount, cellFrom(PACKED)), { maxLength: 8 })
  .map((rows) => [['项目名称（资金使用单位）', '总计', '财政拨款', '财政专户拨款', '其他资金', '绩效目标', '绩效指标'], ...rows.map(([n, a, b, c, d, p]) => [n, a, b, c, d, '完成工作', p])]);

const executionBlock: fc.Arbitrary<Block> = fc.array(amount, { minLength: 6, maxLength: 6 }).map((a) => [
  ['年度预算执行情况（万元）', '项目', '预算数', '执行数', '执行率'],
  [null, '全年合计', a[0], a[1], a[2]],
  [null, '按资金来源分：一般公共预算财政拨款', null, a[3], null],
  [null, '按支出性质分：基本支出', null, a[4], null],
  [null, '项目支出', null, a[5], null],
]);

const tasksVariantBlock: fc.Arbitrary<Block> = fc.tuple(amount, amount, fc.nat(3)).map(([t, f, n]) => [
  ['本年度部门预算收入'],
  [`总额(元)：${String(t)}`, `财政拨款收入(元)：${String(f)}`],
  ...Array.from({ length: n }, (_, i) => [[`任务${i + 1}`], ['任务名称', '任务的绩效目标', '主要实施项目'], ['宣传', '完成', '项目']]).flat(),
]);

const titleBlock: fc.Arbitrary<Block> = fc.constantFrom('部门整体预算绩效目标申报表', '部门整体绩效目标', '项目支出绩效目标表', '部门整体支出绩效自评表', '').map((t) => [[t], ['部门名称', '广州市某区某局']]);

/** A form put together from random blocks in random order, with random gaps and noise rows. */
export function assembledForm(): fc.Arbitrary<GridData> {
  const block = fc.oneof(indicatorBlock, indicatorBlock, budgetBlock, tasksBlock, projectBlock, executionBlock, tasksVariantBlock, titleBlock, fc.array(fc.array(scalar, { maxLength: 8 }), { maxLength: 3 }));
  return fc.record({ blocks: fc.array(fc.tuple(block, fc.nat(2)), { minLength: 1, maxLength: 6 }), merges: fc.array(mergeIn(60, 8), { maxLength: 4 }) }).map(({ blocks, merges }) => {
    const values: ScalarValue[][] = [];
    for (const [b, gap] of blocks) {
      for (let i = 0; i < gap; i++) values.push([]);
      values.push(...b.map((r) => [...r]));
    }
    return { name: 'assembled', values, ...(merges.length ? { merges } : {}) };
  });
}
