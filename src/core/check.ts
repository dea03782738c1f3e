// check(grid, options) -> Report: the one entry point every host calls.

import { Grid, GridData } from './grid/grid';
import { toA1 } from './grid/address';
import { FORM_NAMES, FormModel } from './model';
import { readForm, SheetScan } from './forms';
import { CategoryIndex, getProfile, Profile } from './profiles';
import { resolveProfile } from './profiles/resolve';
import { Finding, Report, sortFindings, summarize } from './report';
import { RULES, Rule } from './rules';
import { clipText } from './parse/text';
import { measurability as measureTargets } from './rules/vague';
import { BaselineInput, baselineMatch, summarizeMatch } from './baseline';

export interface CheckOptions {
  /** A built-in profile id or a parsed profile. Defaults to guangdong. */
  profile?: string | Profile;
  /** Run only these rule ids (all by default). */
  rules?: string[];
  /**
   * The profile was not chosen by the user: a form laid out in another system (成本指标 as a 一级 →
   * mof2021) is checked against that system instead, and the report says so.
   */
  profileAuto?: boolean;
  /** Last year's self-evaluation: turns on the across-years rules (target-below-last-year, indicator-dropped). */
  baseline?: BaselineInput;
}

export interface CheckResult {
  report: Report;
  model: FormModel | null;
}

export { resolveProfile, UnknownProfileError } from './profiles/resolve';

// Rules quote the cell text they judge (“…”). A cell can hold 32,767 characters; a message that
// quotes it whole is unreadable in the pane and the CLI, so very long quotes are shortened here,
// once for every rule.
const LONG_QUOTE = /“([^”]{200,})”/g;

export function clipQuotes(message: string): string {
  return message.length < 200 ? message : message.replace(LONG_QUOTE, (_m, inner: string) => `“${clipText(inner, 120)}”`);
}

export function check(input: Grid | GridData, options: CheckOptions = {}): Report {
  return checkWithModel(input, options).report;
}

/** Like check, but also returns the model (for the pane's template planner and tests). */
export function checkWithModel(input: Grid | GridData, options: CheckOptions = {}): CheckResult {
  const grid = input instanceof Grid ? input : new Grid(input);
  let profile = resolveProfile(options.profile);
  const scan = new SheetScan(grid);
  const { model } = readForm(scan);
  if (!model) {
    const near = grid.rowCount === 0 ? undefined : nearMiss(scan);
    const findings: Finding[] = [
      {
        rule: 'not-a-form',
        category: 'structure',
        severity: 'info',
        cell: near?.cell ?? 'A1',
        cells: [near?.cell ?? 'A1'],
        message:
          grid.rowCount === 0
            ? '此工作表为空，不是绩效目标表。'
            : `此工作表不是可识别的绩效目标表：需要一个绩效指标表，即一行写有“一级指标”“二级指标”“三级指标”的表头（或一列写有产出指标、效益指标、满意度指标），其下每行一个三级指标及其指标值。${near ? near.text : ''}`,
        why: '只有识别出表单类型，才能按相应规则校验。',
      },
    ];
    return { model: null, report: { sheet: grid.name, form: null, formName: null, profile: profile.id, findings, summary: summarize(findings) } };
  }
  const notes: Finding[] = [];
  if ((options.profile === undefined || options.profileAuto) && 'impliedProfile' in model && model.impliedProfile && model.impliedProfile !== profile.id) {
    const implied = getProfile(model.impliedProfile);
    if (implied) {
      notes.push({
        rule: 'profile-from-form',
        category: 'structure',
        severity: 'info',
        cell: model.impliedProfileCell ?? 'A1',
        cells: [model.impliedProfileCell ?? 'A1'],
        message: `表中“成本指标”是一级指标，下设经济、社会、生态环境成本指标，按${implied.name}校验（可在设置或 --profile 中改选指标体系）。`,
        why: '表单采用的指标体系决定了哪些一级、二级指标是规定的。',
      });
      profile = implied;
    }
  }
  const categories = new CategoryIndex(profile);
  const ctx = { grid, model, profile, categories, baseline: options.baseline };
  const selected: Rule[] = options.rules ? RULES.filter((r) => options.rules!.includes(r.meta.id)) : RULES;
  const findings: Finding[] = [...notes];
  // The vague rules judge every 三级 target; the share judged measurable goes in the summary.
  const measurability: Report['measurability'] = selected.some((r) => r.meta.category === 'vague') ? measureTargets(model, profile) : undefined;
  for (const rule of selected) {
    for (const f of rule.run(ctx)) {
      // One spread with overrides (object rest destructuring is markedly slower in V8, and a form has hundreds of findings).
      findings.push({ ...f, message: clipQuotes(f.message), rule: f.rule ?? rule.meta.id, category: rule.meta.category, severity: f.severity ?? rule.meta.severity, why: f.why ?? rule.meta.why });
    }
  }
  const sorted = sortFindings(findings);
  return {
    model,
    report: {
      sheet: grid.name,
      form: model.form,
      formName: FORM_NAMES[model.form].zh,
      profile: profile.id,
      findings: sorted,
      summary: summarize(sorted),
      ...(measurability ? { measurability } : {}),
      ...('blocks' in model ? { blocks: model.blocks } : {}),
      ...(options.baseline ? { baseline: summarizeMatch(baselineMatch(model, options.baseline, categories), options.baseline.label) } : {}),
    },
  };
}

/** Where the sheet comes close to a form: a lone 一级/二级/三级 header or a 绩效指标 label. */
function nearMiss(scan: SheetScan): { cell: string; text: string } | undefined {
  const hit = scan.findWhere((k) => /^(一级|二级|三级)指标|^绩效指标|^(产出|效益|满意度)指标$/.test(k))[0];
  if (!hit) return undefined;
  const cell = toA1(hit.row, hit.col);
  return { cell, text: `在 ${cell} 找到“${scan.grid.text(hit.row, hit.col).trim().slice(0, 20)}”，但其所在行不是完整的一级、二级、三级指标表头，或表头下没有指标行。` };
}
