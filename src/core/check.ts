// check(grid, options) -> Report: the one entry point every host calls.

import { Grid, GridData } from './grid/grid';
import { FORM_NAMES, FormModel } from './model';
import { readForm, SheetScan } from './forms';
import { CategoryIndex, DEFAULT_PROFILE_ID, getProfile, Profile } from './profiles';
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
  /** Last year's self-evaluation: turns on the across-years rules (target-below-last-year, indicator-dropped). */
  baseline?: BaselineInput;
}

export interface CheckResult {
  report: Report;
  model: FormModel | null;
}

export class UnknownProfileError extends Error {
  constructor(readonly profileId: string) {
    super(`未知的指标体系：${profileId}（可用：guangdong、mof2021，或指定 JSON 文件）`);
  }
}

export function resolveProfile(profile: string | Profile | undefined): Profile {
  if (profile && typeof profile === 'object') return profile;
  const id = profile ?? DEFAULT_PROFILE_ID;
  const p = getProfile(id);
  if (!p) throw new UnknownProfileError(id);
  return p;
}

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
  const profile = resolveProfile(options.profile);
  const scan = new SheetScan(grid);
  const { model } = readForm(scan);
  if (!model) {
    const findings: Finding[] = [
      {
        rule: 'not-a-form',
        category: 'structure',
        severity: 'info',
        cell: 'A1',
        cells: ['A1'],
        message: grid.rowCount === 0 ? '此工作表为空，不是绩效目标表。' : '此工作表不是可识别的绩效目标表：未找到“预算整体情况”“绩效指标”“项目名称/总计”“预算数/执行数”等表头。',
        why: '只有识别出表单类型，才能按相应规则校验。',
      },
    ];
    return { model: null, report: { sheet: grid.name, form: null, formName: null, profile: profile.id, findings, summary: summarize(findings) } };
  }
  const categories = new CategoryIndex(profile);
  const ctx = { grid, model, profile, categories, baseline: options.baseline };
  const selected: Rule[] = options.rules ? RULES.filter((r) => options.rules!.includes(r.meta.id)) : RULES;
  const findings: Finding[] = [];
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
      ...(options.baseline ? { baseline: summarizeMatch(baselineMatch(model, options.baseline, categories), options.baseline.label) } : {}),
    },
  };
}
