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
import { Lang, msg, Msg, quote, render, Text } from './i18n/text';
import { CATALOGUE } from './i18n/catalogue';
import type { FindingInput } from './rules/types';

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
  /** The language of the findings' sentences (default zh); each finding also keeps its message id and parameters. */
  lang?: Lang;
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

/** A rule's text in one language: catalogue messages are rendered, plain (Chinese) strings kept. */
export function textIn(t: Text, lang: Lang): string {
  return typeof t === 'string' ? t : render(t, lang, CATALOGUE);
}

/** A rule's finding as the report carries it: sentences rendered, the message's id and parameters kept. */
export function toFinding(f: FindingInput, rule: Rule, lang: Lang): Finding {
  const m = f.message;
  const out: Finding = {
    ...f,
    message: clipQuotes(textIn(m, lang)),
    rule: f.rule ?? rule.meta.id,
    category: rule.meta.category,
    severity: f.severity ?? rule.meta.severity,
    why: f.why !== undefined ? textIn(f.why, lang) : lang === 'en' ? rule.meta.whyEn ?? rule.meta.why : rule.meta.why,
  } as Finding;
  if (typeof m !== 'string') {
    out.messageId = m.id;
    if (m.params) out.params = m.params as Record<string, unknown>;
  }
  if (f.suggestion !== undefined) out.suggestion = textIn(f.suggestion, lang);
  if (f.fix) out.fix = { ...f.fix, label: textIn(f.fix.label, lang) };
  if (lang !== 'zh') {
    out.zh = { message: clipQuotes(textIn(m, 'zh')), why: f.why !== undefined ? textIn(f.why, 'zh') : rule.meta.why };
    if (f.suggestion !== undefined) out.zh.suggestion = textIn(f.suggestion, 'zh');
  }
  return out;
}

/** A finding check() itself makes (no rule module behind it). */
function ownFinding(rule: string, cell: string, message: Msg, why: Msg, lang: Lang): Finding {
  return {
    rule,
    category: 'structure',
    severity: 'info',
    cell,
    cells: [cell],
    message: clipQuotes(textIn(message, lang)),
    messageId: message.id,
    ...(message.params ? { params: message.params as Record<string, unknown> } : {}),
    why: textIn(why, lang),
    ...(lang !== 'zh' ? { zh: { message: clipQuotes(textIn(message, 'zh')), why: textIn(why, 'zh') } } : {}),
  };
}

export function check(input: Grid | GridData, options: CheckOptions = {}): Report {
  return checkWithModel(input, options).report;
}

/** Like check, but also returns the model (for the pane's template planner and tests). */
export function checkWithModel(input: Grid | GridData, options: CheckOptions = {}): CheckResult {
  const grid = input instanceof Grid ? input : new Grid(input);
  const lang = options.lang ?? 'zh';
  let profile = resolveProfile(options.profile);
  const scan = new SheetScan(grid);
  const { model } = readForm(scan);
  if (!model) {
    const near = grid.rowCount === 0 ? undefined : nearMiss(scan);
    const cell = near?.cell ?? 'A1';
    const message = grid.rowCount === 0 ? msg('core.empty-sheet') : msg('core.not-a-form', { ...FORM_WORDS, near: near ? near.text : '' });
    const findings: Finding[] = [ownFinding('not-a-form', cell, message, msg('core.not-a-form.why'), lang)];
    return { model: null, report: { sheet: grid.name, form: null, formName: null, profile: profile.id, findings, summary: summarize(findings) } };
  }
  const notes: Finding[] = [];
  if ((options.profile === undefined || options.profileAuto) && 'impliedProfile' in model && model.impliedProfile && model.impliedProfile !== profile.id) {
    const implied = getProfile(model.impliedProfile);
    if (implied) {
      const cell = model.impliedProfileCell ?? 'A1';
      const name = { zh: implied.name, en: implied.nameEn ?? implied.name };
      notes.push(ownFinding('profile-from-form', cell, msg('core.profile-from-form', { cost: quote('成本指标'), profile: name }), msg('core.profile-from-form.why'), lang));
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
      findings.push(toFinding(f, rule, lang));
    }
  }
  const sorted = sortFindings(findings);
  return {
    model,
    report: {
      sheet: grid.name,
      form: model.form,
      formName: FORM_NAMES[model.form][lang],
      profile: profile.id,
      findings: sorted,
      summary: summarize(sorted),
      ...(measurability ? { measurability } : {}),
      ...('blocks' in model ? { blocks: model.blocks } : {}),
      ...(options.baseline ? { baseline: summarizeMatch(baselineMatch(model, options.baseline, categories), options.baseline.label) } : {}),
    },
  };
}

/** The words a form must carry, quoted: the sentence names them as the sheet would show them. */
const FORM_WORDS = { l1: quote('一级指标'), l2: quote('二级指标'), l3: quote('三级指标'), output: quote('产出指标'), benefit: quote('效益指标'), satisfaction: quote('满意度指标') };

// Tested against every label of the sheet: one RegExp, not a new one per label (a literal in a closure is rebuilt on each call).
const NEAR_FORM_LABEL = /^(一级|二级|三级)指标|^绩效指标|^(产出|效益|满意度)指标$/;

/** Where the sheet comes close to a form: a lone 一级/二级/三级 header or a 绩效指标 label. */
function nearMiss(scan: SheetScan): { cell: string; text: Msg } | undefined {
  const hit = scan.first((k) => NEAR_FORM_LABEL.test(k));
  if (!hit) return undefined;
  const cell = toA1(hit.row, hit.col);
  return { cell, text: msg('core.near-miss', { cell, text: quote(scan.grid.text(hit.row, hit.col).trim().slice(0, 20)) }) };
}
