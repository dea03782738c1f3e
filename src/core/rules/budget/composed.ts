// Budget relations of the forms composed from blocks (layouts.md A–D), built from whichever money
// blocks the sheet has, never from its layout name:
//   money pairs:   资金总额 = Σ 其中 (财政拨款 + 上年结转 + 其他资金); 年度资金总额 ≤ 中期资金总额
//   money tables:  per column (年初 / 全年 / 执行数) the 年度资金总额 row = Σ the source rows;
//                  执行率 = 执行数 ÷ 全年 (调整后) 预算数, compared at the precision it is shown;
//                  the 预算执行 得分 follows from the rate; no 得分 above its 分值
//   income / use:  Σ 按收入性质 = Σ 按支出性质 (= 资金总额 where written); 基本支出 = 人员经费 + 公用经费
//   duties:        Σ 履职目标 amounts = their 合计 (or ≤ the total budget when no 合计 row is written)
//   scores:        分值 of the indicators (and of 预算执行) add up to 100

import { AmountCell, ComposedForm, MoneyRow, MoneyTable } from '../../model';
import { MoneyUnit, convert } from '../../parse/amount';
import { parseNumber } from '../../parse/number';
import { msg, Msg, Param, quote } from '../../i18n/text';
import { amount, BudgetFinding, money, Relation, Term, termValue, uniqueCells } from './relation';
import { NamedAmount } from './values';
import { LayoutRelations, RelationSpec } from './layout';
import { label, plus, quoted } from './phrases';

const clean = (text: string) => text.replace(/\s+/g, '').replace(/^其中[:：]?/, '').replace(/[:：]$/, '');
/** A label of the form, cleaned, as a message parameter. */
const named = (text: string) => label(clean(text));
/** "财政拨款 1,561.17 + 其他资金 （空）": a sum written out so the reader can redo it. */
export const spelled = (terms: Term[], unit: MoneyUnit): Param =>
  plus(terms.map((t) => msg('budget.spelled-term', { name: t.name, amount: t.cell.status === 'ok' ? amount(termValue(t, unit), unit) : msg('budget.blank-mark') })));
const termOf = (cell: AmountCell, name?: Param): Term => ({ cell, name: name ?? named(cell.label) });
/** A column header of a money table, or the engine's word for it when the table has none. */
const header = (t: MoneyTable, key: 'initial' | 'adjusted' | 'executed', fallback: Param = key): Param => (t.headers[key] !== undefined ? named(t.headers[key]!) : fallback);

function sumRelation(id: string, title: Param, total: Term, parts: Term[], unit: MoneyUnit, why: Msg, partsName: Param = msg('budget.parts-sum')): RelationSpec {
  const relation: Relation = { id, rule: 'budget-sum-mismatch', kind: 'equal', left: [total], right: parts, leftIsTotal: true, unit, title };
  return {
    relation,
    totalName: total.name,
    text: (o) => ({
      primary: total.cell.cell,
      clause: msg('budget.clause.sum', { total: total.name, left: money(o.left, unit), parts: parts.length > 1 ? partsName : parts[0].name, right: money(o.right, unit), spelled: spelled(parts, unit) }),
      suggestion: why,
    }),
  };
}

export function composedRelations(form: ComposedForm): LayoutRelations {
  const unit = form.unit;
  const relations: RelationSpec[] = [];
  const findings: BudgetFinding[] = [];
  const amounts: NamedAmount[] = [];

  // Label-value pairs.
  form.money.forEach((g, i) => {
    for (const p of g.parts) amounts.push({ cell: p, name: named(p.label) });
    if (!g.total) return;
    amounts.push({ cell: g.total, name: named(g.total.label) });
    const parts = g.parts.filter((p) => p.status !== 'blank' || g.parts.some((q) => q.status === 'ok'));
    const total = named(g.total.label);
    if (parts.length) relations.push(sumRelation(`pairs-${i}`, msg('budget.title.sources', { total }), termOf(g.total), parts.map((p) => termOf(p)), unit, msg('budget.why.pairs', { total })));
  });
  const annual = form.money.find((g) => g.period === 'annual' && g.total)?.total;
  const period = form.money.find((g) => g.period === 'period' && g.total)?.total;
  if (annual && period) {
    const relation: Relation = { id: 'annual-within-period', rule: 'budget-sum-mismatch', kind: 'lte', left: [termOf(annual)], right: [termOf(period)], unit, title: msg('budget.title.annual-within-period') };
    relations.push({
      relation,
      text: (o) => ({ primary: annual.cell, clause: msg('budget.clause.annual-within-period', { left: money(o.left, unit), right: money(o.right, unit) }), suggestion: msg('budget.why.annual-within-period') }),
    });
  }

  // Column tables.
  form.moneyTables.forEach((t, ti) => {
    const total = t.rows.find((r) => r.role === 'total');
    const parts = t.rows.filter((r) => r.role === 'part');
    for (const key of ['initial', 'adjusted', 'executed'] as const) {
      const column = header(t, key);
      const rowColumn = (r: MoneyRow) => msg('budget.row-column', { row: named(r.label), column });
      for (const r of t.rows) if (r[key]) amounts.push({ cell: r[key]!, name: rowColumn(r) });
      if (!total?.[key]) continue;
      const cells = parts.map((p) => p[key]).filter((a): a is AmountCell => !!a);
      // Parts written as 0 or "—" beside a blank total (money that came during the year) say nothing.
      if (!cells.some((a) => a.status === 'ok' && a.value !== 0) && total[key]!.status === 'blank') continue;
      relations.push(sumRelation(`table-${ti}-${key}`, msg('budget.title.sources', { total: rowColumn(total) }), termOf(total[key]!, rowColumn(total)), parts.filter((p) => p[key]).map((p) => termOf(p[key]!, named(p.label))), unit, msg('budget.why.table', { row: named(total.label), column })));
    }
    for (const r of t.rows) findings.push(...rateFindings(r, t), ...moneyScoreFindings(r, t));
  });

  // Income by source and by use.
  const iu = form.incomeUse;
  if (iu) {
    for (const a of [...iu.sources, ...iu.uses, ...iu.basicParts, ...(iu.total ? [iu.total] : [])]) amounts.push({ cell: a, name: named(a.label) });
    const sources = iu.sources.map((a) => termOf(a));
    const uses = iu.uses.map((a) => termOf(a));
    if (iu.total && sources.length) relations.push(sumRelation('income-total', msg('budget.title.income-total'), termOf(iu.total), sources, unit, msg('budget.why.income-total'), msg('budget.parts.by-income')));
    if (iu.total && uses.length) relations.push(sumRelation('use-total', msg('budget.title.use-total'), termOf(iu.total), uses, unit, msg('budget.why.use-total'), msg('budget.parts.by-use')));
    if (!iu.total && sources.length && uses.length) {
      const relation: Relation = { id: 'income-use', rule: 'budget-sum-mismatch', kind: 'equal', left: sources, right: uses, unit, title: msg('budget.title.income-use') };
      relations.push({
        relation,
        text: (o) => ({
          primary: uses[0].cell.cell,
          clause: msg('budget.clause.income-use', { left: money(o.left, unit), sources: spelled(sources, unit), right: money(o.right, unit), uses: spelled(uses, unit) }),
          suggestion: msg('budget.why.income-use'),
        }),
      });
    }
    if (iu.basic && iu.basicParts.length >= 2) relations.push(sumRelation('basic-parts', msg('budget.title.basic-parts'), termOf(iu.basic), iu.basicParts.map((a) => termOf(a)), unit, msg('budget.why.basic-parts')));
  }

  // 年度履职目标 amounts.
  const dutyTerms = form.duties.filter((d) => d.amount).map((d) => termOf(d.amount!, quoted(clean(d.name.text).slice(0, 16))));
  for (const t of dutyTerms) amounts.push({ cell: t.cell, name: msg('budget.duty-funds', { name: t.name }) });
  if (dutyTerms.length >= 2 && form.dutiesTotal) {
    amounts.push({ cell: form.dutiesTotal, name: named(form.dutiesTotal.label) });
    relations.push(sumRelation('duties-total', msg('budget.title.duties-total'), termOf(form.dutiesTotal, msg('budget.duty-total', { label: named(form.dutiesTotal.label) })), dutyTerms, unit, msg('budget.why.duties-total')));
  } else if (dutyTerms.length >= 2) {
    const budget = iu?.total ?? form.money.find((g) => g.total)?.total;
    if (budget) {
      const relation: Relation = { id: 'duties-within-budget', rule: 'task-funds-exceed', kind: 'lte', left: dutyTerms, right: [termOf(budget)], unit, title: msg('budget.title.duties-within-budget') };
      relations.push({
        relation,
        text: (o) => ({
          primary: largest(dutyTerms).cell.cell,
          cells: uniqueCells([...dutyTerms.map((t) => t.cell.cell), budget.cell]),
          clause: msg('budget.clause.duties-within-budget', { left: money(o.left, unit), spelled: spelled(dutyTerms, unit), budget: named(budget.label), right: money(o.right, unit) }),
          suggestion: msg('budget.why.duties-within-budget'),
        }),
      });
    }
  }

  findings.push(...indicatorScoreFindings(form));
  return { relations, findings, amounts };
}

/** 执行率 = 执行数 ÷ 全年 (调整后) 预算数; 年初预算数 only when the table has no adjusted column. */
function rateFindings(r: MoneyRow, t: MoneyTable): BudgetFinding[] {
  const rate = r.rate;
  if (!rate || rate.value === null) return [];
  let budget = r.adjusted ?? r.initial;
  let executed = r.executed;
  if (!budget || !executed || budget.status !== 'ok' || executed.status !== 'ok') return [];
  // A total of 0 beside filled sources (reported as a sum mismatch): its rate follows the sources.
  if (r.role === 'total' && !budget.value) {
    const key = r.adjusted ? 'adjusted' : 'initial';
    const parts = t.rows.filter((p) => p.role === 'part');
    const sum = (k: 'adjusted' | 'initial' | 'executed') => parts.reduce((n, p) => n + (p[k]?.status === 'ok' ? convert(p[k]!.value!, p[k]!.unit, budget!.unit) : 0), 0);
    if (sum(key) > 0) {
      budget = { ...budget, value: sum(key) };
      executed = { ...executed, value: sum('executed'), unit: budget.unit };
    }
  }
  if (!budget.value) return [];
  const budgetName = header(t, r.adjusted ? 'adjusted' : 'initial', msg('budget.budget-figure'));
  const e = convert(executed.value!, executed.unit, budget.unit);
  const exact = (e / budget.value) * 100;
  // A rate typed as a fraction into a General cell ("0.862") is read as 86.2%.
  const shown = rate.value <= 1.5 && exact > 1.5 && !rate.raw.includes('%') ? rate.value * 100 : rate.value;
  const decimals = rate.raw.includes('%') ? rate.decimals : Math.max(0, rate.decimals - 2);
  const half = 0.5 * 10 ** -decimals + 1e-9;
  if (Math.abs(exact - shown) <= half) return [];
  return [
    {
      rule: 'rate-mismatch',
      cell: rate.cell,
      cells: uniqueCells([rate.cell, executed.cell, budget.cell]),
      message: msg('budget.rate-mismatch.table', {
        row: named(r.label),
        raw: quote(rate.raw),
        cell: rate.cell,
        executedName: header(t, 'executed', msg('budget.executed-figure')),
        executed: money(e, budget.unit),
        budgetName,
        budget: money(budget.value, budget.unit),
        exact: exact.toFixed(2),
        precision: decimals < 2 ? msg('budget.rate-at-precision', { value: exact.toFixed(decimals) }) : '',
      }),
      suggestion: msg('budget.rate-mismatch.table.fix', { budgetName, value: exact.toFixed(Math.max(decimals, 2)) }),
    },
  ];
}

const num = (text: string | undefined) => (text === undefined ? null : parseNumber(text.replace(/分$/, '')));

/** 得分 ≤ 分值, and the 预算执行 得分 = 分值 × 执行率 (capped at the 分值). */
function moneyScoreFindings(r: MoneyRow, t: MoneyTable): BudgetFinding[] {
  const weight = num(r.weight?.text);
  const score = num(r.score?.text);
  if (weight === null || score === null || !r.weight || !r.score) return [];
  if (score > weight + 1e-9) {
    return [
      {
        rule: 'score-exceeds-weight',
        cell: r.score.cell,
        cells: [r.score.cell, r.weight.cell],
        message: msg('budget.row-score-exceeds-weight', { row: named(r.label), score: quote(r.score.text), cell: r.score.cell, weight: quote(r.weight.text) }),
        suggestion: msg('budget.score-exceeds-weight.fix', { weight: quote(r.weight.text) }),
      },
    ];
  }
  const budget = r.adjusted ?? r.initial;
  if (!budget?.value || r.executed?.status !== 'ok' || budget.status !== 'ok') return [];
  const rate = Math.min(1, convert(r.executed.value!, r.executed.unit, budget.unit) / budget.value);
  const expected = weight * rate;
  const decimals = /[.．](\d+)/.exec(r.score.text)?.[1].length ?? 0;
  if (Math.abs(expected - score) <= 0.5 * 10 ** -decimals + 0.01) return [];
  return [
    {
      rule: 'budget-score-mismatch',
      cell: r.score.cell,
      cells: uniqueCells([r.score.cell, r.weight.cell, r.executed.cell, budget.cell]),
      message: msg('budget.score-mismatch', {
        score: quote(r.score.text),
        cell: r.score.cell,
        weight: quote(r.weight.text),
        rate: (rate * 100).toFixed(2),
        expected: expected.toFixed(2),
        budgetName: header(t, r.adjusted ? 'adjusted' : 'initial', msg('budget.budget-figure')),
      }),
      suggestion: msg('budget.score-mismatch.fix', { expected: expected.toFixed(2) }),
    },
  ];
}

/** Every 得分 ≤ its 分值, and the 分值 (indicators + 预算执行) add up to 100. */
function indicatorScoreFindings(form: ComposedForm): BudgetFinding[] {
  const out: BudgetFinding[] = [];
  const weights: Array<{ cell: string; value: number }> = [];
  for (const t of form.tables) {
    for (const ind of t.indicators) {
      const w = num(ind.weight?.text);
      const s = num(ind.score?.text);
      if (w !== null && ind.weight) weights.push({ cell: ind.weight.cell, value: w });
      if (w !== null && s !== null && s > w + 1e-9 && ind.score && ind.weight) {
        out.push({
          rule: 'score-exceeds-weight',
          cell: ind.score.cell,
          cells: [ind.score.cell, ind.weight.cell],
          message: msg('budget.indicator-score-exceeds-weight', { name: quote((ind.name?.text ?? '').slice(0, 30)), score: quote(ind.score.text), weight: quote(ind.weight.text) }),
          suggestion: msg('budget.score-exceeds-weight.fix', { weight: quote(ind.weight.text) }),
        });
      }
    }
  }
  out.push(...scoreTotalFindings(form));
  const indicatorCount = form.tables.reduce((n, t) => n + t.indicators.length, 0);
  // Only when 分值 are really used: on most rows of the form.
  if (weights.length >= 3 && weights.length >= indicatorCount * 0.6) {
    const moneyWeights = form.moneyTables.flatMap((t) => t.rows.filter((r) => r.role === 'total' && num(r.weight?.text) !== null).map((r) => ({ cell: r.weight!.cell, value: num(r.weight!.text)! })));
    const all = [...moneyWeights, ...weights];
    const total = all.reduce((s, w) => s + w.value, 0);
    const indicatorsOnly = weights.reduce((s, w) => s + w.value, 0);
    // 90 for the indicators alone is the national template's split (10 for 预算执行 kept apart).
    if (Math.abs(total - 100) > 0.01 && !(moneyWeights.length === 0 && Math.abs(indicatorsOnly - 90) <= 0.01)) {
      out.push({
        rule: 'weights-not-100',
        cell: all[0].cell,
        cells: all.map((w) => w.cell),
        message: msg('budget.weights-not-100', {
          total: String(+total.toFixed(2)),
          detail: moneyWeights.length ? msg('budget.weights-split', { money: moneyWeights.map((w) => w.value).join('+'), indicators: String(+indicatorsOnly.toFixed(2)) }) : '',
        }),
        suggestion: msg('budget.weights-not-100.fix'),
      });
    }
  }
  return out;
}

/** The 总分 / 合计 row under a scored table: its 分值 and 得分 are the sums of the rows above (and 预算执行). */
function scoreTotalFindings(form: ComposedForm): BudgetFinding[] {
  const out: BudgetFinding[] = [];
  for (const t of form.tables) {
    if (t.closingRow === undefined || t.source !== 'table') continue;
    for (const key of ['weight', 'score'] as const) {
      const cell = t.closingTotals?.[key];
      if (!cell) continue;
      const totalCell = cell.cell;
      const written = cell.text;
      const total = num(written);
      const parts = t.indicators.map((i) => num(i[key]?.text)).filter((n): n is number => n !== null);
      if (total === null || parts.length < 2) continue;
      const money = form.moneyTables.flatMap((m) => m.rows.filter((r) => r.role === 'total').map((r) => num(r[key]?.text))).filter((n): n is number => n !== null);
      const sum = [...money, ...parts].reduce((a, b) => a + b, 0);
      const sumIndicators = parts.reduce((a, b) => a + b, 0);
      // The 总分 includes 预算执行 wherever the money block carries its 分值 (the national template).
      if (Math.abs(sum - total) <= 0.01 || (money.length === 0 && Math.abs(sumIndicators - total) <= 0.01)) continue;
      const name = msg(key === 'weight' ? 'budget.weight' : 'budget.score');
      out.push({
        rule: 'score-total-mismatch',
        cell: totalCell,
        cells: [totalCell, ...t.indicators.flatMap((i) => (i[key] ? [i[key]!.cell] : []))],
        message: msg('budget.score-total-mismatch', {
          name,
          written: quote(written),
          cell: totalCell,
          sum: String(+sum.toFixed(2)),
          detail: money.length ? msg('budget.score-total-with-budget', { money: money.join('+') }) : '',
        }),
        suggestion: msg('budget.score-total-mismatch.fix', { name }),
      });
    }
  }
  return out;
}

/** The largest amount of a sum that is too big: the likeliest culprit, where the finding is shown. */
function largest(terms: Term[]): Term {
  return terms.reduce((a, b) => ((b.cell.value ?? 0) > (a.cell.value ?? 0) ? b : a));
}
