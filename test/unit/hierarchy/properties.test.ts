// Properties: shuffling the rows inside one 二级 group, shuffling the items of a packed cell, or
// renaming a category label to an accepted synonym never changes the findings.

import fc from 'fast-check';
import { fixture } from '../../fixtures/catalog';
import { SheetSpec, setCells } from '../../fixtures/sheet-spec';
import { parseA1, parseRange, rangeToA1, toA1 } from '../../../src/core/grid/address';
import { CategoryIndex, getProfile } from '../../../src/core/profiles';
import { IndicatorTable } from '../../../src/core/model';
import { Finding } from '../../../src/core/report';
import { mapFinding, placement, treeCheck, treeFindings } from './helpers';

const TABLE_SEEDS = ['seed-000', 'seed-001', 'seed-002', 'seed-004-table'] as const;

/**
 * The seeds, plus seed 000 with row-level findings planted inside its 数量指标 group (a
 * satisfaction rate, a value without a name, a duplicate), so that shuffling really moves findings.
 */
const SPECS: Record<string, () => SheetSpec> = {
  ...Object.fromEntries(TABLE_SEEDS.map((s) => [s, () => fixture(s)])),
  'seed-000-planted': () => setCells(fixture('seed-000'), { D25: '群众满意度', D30: null, D33: '短视频平台总发布量' }),
};
const SPEC_NAMES = Object.keys(SPECS);

interface Group {
  seed: string;
  rows: number[];
  /** Columns right of the 二级 column move with their row; the category columns stay. */
  firstMoving: number;
}

/** Runs of two or more consecutive indicator rows under one 二级 cell, in every table seed. */
function groups(): Group[] {
  const out: Group[] = [];
  for (const seed of SPEC_NAMES) {
    const model = treeCheck(SPECS[seed]()).result.model!;
    for (const t of model.tables as IndicatorTable[]) {
      const firstMoving = (t.columns.level2 ?? t.columns.level1 ?? 0) + 1;
      let run: number[] = [];
      let key = '';
      for (const ind of t.indicators) {
        const k = `${ind.level1?.cell}|${ind.level2?.cell}`;
        if (k === key && run.length > 0 && ind.row === run[run.length - 1] + 1) run.push(ind.row);
        else {
          if (run.length >= 2) out.push({ seed, rows: run, firstMoving });
          run = [ind.row];
          key = k;
        }
      }
      if (run.length >= 2) out.push({ seed, rows: run, firstMoving });
    }
  }
  return out;
}

/** newRow(rows[i]) gets the moving cells of rows[perm[i]]; row-local merges there move too. */
function permuteGroup(spec: SheetSpec, g: Group, perm: number[]): SheetSpec {
  const out: SheetSpec = JSON.parse(JSON.stringify(spec));
  const source = new Map<number, number>(g.rows.map((r, i) => [r, g.rows[perm[i]]]));
  const target = new Map<number, number>(g.rows.map((r, i) => [g.rows[perm[i]], r]));
  for (const [to, from] of source) {
    const src = spec.rows[from] ?? [];
    const row = [...(spec.rows[to] ?? [])];
    const width = Math.max(row.length, src.length);
    for (let c = g.firstMoving; c < width; c++) row[c] = src[c] ?? null;
    out.rows[to] = row;
  }
  out.merges = spec.merges.map((m) => {
    const r = parseRange(m);
    if (r.top !== r.bottom || r.left < g.firstMoving || !target.has(r.top)) return m;
    const to = target.get(r.top)!;
    return rangeToA1({ ...r, top: to, bottom: to });
  });
  return out;
}

/** Findings as a multiset of rule, severity and cells, with moved cells mapped back. */
function digest(findings: Finding[], back: (row: number, col: number) => [number, number]): string[] {
  return findings
    .map((f) => mapFinding(f, back))
    .map((f) => `${f.rule}|${f.severity}|${[...f.cells].sort().join(',')}|${f.rule === 'duplicate-indicator' ? '' : f.message}`)
    .sort();
}

describe('property: shuffling rows inside one 二级 group', () => {
  const all = groups();

  it('finds groups to shuffle in every table seed, and row-level findings inside them', () => {
    expect(new Set(all.map((g) => g.seed))).toEqual(new Set(SPEC_NAMES));
    const planted = treeFindings(SPECS['seed-000-planted']()).map((f) => `${f.rule}@${f.cell}`);
    expect(planted).toEqual(expect.arrayContaining(['level3-wording-mismatch@D25', 'indicator-without-name@D30', 'duplicate-indicator@D33']));
  });

  it('never changes the findings', () => {
    const baseline = new Map(SPEC_NAMES.map((s) => [s, digest(treeFindings(SPECS[s]()), (r, c) => [r, c])]));
    const arb = fc
      .constantFrom(...all)
      .chain((g) => fc.tuple(fc.constant(g), fc.shuffledSubarray(g.rows.map((_, i) => i), { minLength: g.rows.length, maxLength: g.rows.length })));
    fc.assert(
      fc.property(arb, ([g, perm]) => {
        const shuffled = permuteGroup(SPECS[g.seed](), g, perm);
        // Content now at rows[i] came from rows[perm[i]].
        const from = new Map<number, number>(g.rows.map((r, i) => [r, g.rows[perm[i]]]));
        const back = (r: number, c: number): [number, number] => [c >= g.firstMoving && from.has(r) ? from.get(r)! : r, c];
        expect(digest(treeFindings(shuffled), back)).toEqual(baseline.get(g.seed));
      }),
      { numRuns: 80 },
    );
  });

  it('also holds with a planted duplicate inside the group (the duplicate moves, the finding stays)', () => {
    const spec = setCells(fixture('seed-000'), { D23: '社会宣传阵地管理维护工作完成率' });
    const g: Group = { seed: 'seed-000', rows: [20, 21, 22, 23, 24], firstMoving: 3 };
    const base = digest(treeFindings(spec), (r, c) => [r, c]);
    expect(base.filter((d) => d.startsWith('duplicate-indicator'))).toEqual(['duplicate-indicator|warning|D21,D23|']);
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }), (perm) => {
        const from = new Map<number, number>(g.rows.map((r, i) => [r, g.rows[perm[i]]]));
        const back = (r: number, c: number): [number, number] => [c >= 3 && from.has(r) ? from.get(r)! : r, c];
        expect(digest(treeFindings(permuteGroup(spec, g, perm)), back)).toEqual(base);
      }),
      { numRuns: 30 },
    );
  });
});

describe('property: shuffling the items of a packed cell', () => {
  const seed = fixture('seed-003');
  const model = treeCheck(seed).result.model!;
  const cells = model.tables.filter((t) => t.source === 'packed' && t.indicators.length >= 2 && !model.issues.some((i) => i.cell === t.cell));

  it('never changes the findings (items renumbered 1、2、3…)', () => {
    const strip = (f: Finding) => `${f.rule}|${f.severity}|${f.cells.join(',')}|${f.message.replace(/第\d+项[：、]?/g, '').replace(/（第[\d项、]+）/g, '')}`;
    const base = treeFindings(seed).map(strip).sort();
    const arb = fc.constantFrom(...cells).chain((t) => fc.tuple(fc.constant(t), fc.shuffledSubarray(t.indicators.map((_, i) => i), { minLength: t.indicators.length, maxLength: t.indicators.length })));
    fc.assert(
      fc.property(arb, ([t, perm]) => {
        const bodies = t.indicators.map((ind) => ind.packedRaw!.replace(/^\d{1,3}\s*[、,，.．]\s*/, '').replace(/[。.]?\s*$/, ''));
        const text = perm.map((p, i) => `${i + 1}、${bodies[p]}。`).join('');
        const { row, col } = parseA1(t.cell!);
        const shuffled = setCells(seed, { [toA1(row, col)]: text });
        expect(treeFindings(shuffled).map(strip).sort()).toEqual(base);
      }),
      { numRuns: 40 },
    );
  });
});

describe('property: renaming a category label to an accepted synonym', () => {
  const index = new CategoryIndex(getProfile('guangdong')!);

  /** Every way a user may write a category: names and synonyms, with or without 指标, spaced. */
  function spellingsOf(key: string): string[] {
    const out = new Set<string>();
    for (const s of index.spellings()) {
      const k = s.match.level === 1 ? s.match.level1.key : s.match.level2.key;
      if (k !== key) continue;
      const bare = s.text.replace(/指标$/, '');
      for (const t of [s.text, bare, `${bare}指标`, `${bare} 指标`, ` ${s.text} `]) out.add(t);
    }
    return [...out];
  }

  const labels = TABLE_SEEDS.flatMap((seed) => {
    const model = treeCheck(fixture(seed)).result.model!;
    const seen = new Map<string, { seed: (typeof TABLE_SEEDS)[number]; cell: string; key: string }>();
    for (const t of model.tables)
      for (const ind of t.indicators)
        for (const c of [ind.level1, ind.level2]) {
          if (!c || c.inherited) continue;
          const m = index.match(c.text);
          if (m) seen.set(c.cell, { seed, cell: c.cell, key: m.level === 1 ? m.level1.key : m.level2.key });
        }
    return [...seen.values()];
  });

  it('never changes the findings (rule, severity, cells)', () => {
    const baseline = new Map(TABLE_SEEDS.map((s) => [s, treeFindings(fixture(s)).map(placement).sort()]));
    const arb = fc.constantFrom(...labels).chain((l) => fc.tuple(fc.constant(l), fc.constantFrom(...spellingsOf(l.key))));
    fc.assert(
      fc.property(arb, ([l, spelling]) => {
        const renamed = setCells(fixture(l.seed), { [l.cell]: spelling });
        expect(treeFindings(renamed).map(placement).sort()).toEqual(baseline.get(l.seed));
      }),
      { numRuns: 80 },
    );
  });

  it('also holds for packed text ("22-社会效益" -> "22-社会效益指标")', () => {
    const seed = fixture('seed-003');
    const base = treeFindings(seed).map(placement).sort();
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 34 }), fc.constantFrom('社会效益指标', '社会效益', ' 社会效益 指标'), (row, spelling) => {
        const text = seed.rows[row]?.[6];
        fc.pre(typeof text === 'string' && text.includes('22-社会效益'));
        const renamed = setCells(seed, { [toA1(row, 6)]: (text as string).replace(/22-社会效益(?!指标)/g, `22-${spelling}`) });
        expect(treeFindings(renamed).map(placement).sort()).toEqual(base);
      }),
      { numRuns: 30 },
    );
  });
});
