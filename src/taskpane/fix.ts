// The pane's side of template insertion: how a finding or a templates-section offer becomes an
// edit plan. Both hosts' entries pass planFixWithTemplates; the pane previews the plan, applies
// it through Host.applyEdit and offers 撤销插入 (Host.undoEdit).
//
// The planner and its catalogues are not needed for the first verdict: they are loaded after it
// (loadTemplates), so the pane's first JavaScript stays small.

import type { Grid } from '../core/grid/grid';
import type { FormModel } from '../core/model';
import type { Profile } from '../core/profiles';
import type { Finding, Report } from '../core/report';
import type { EditPlan, TemplateOffer, TemplateRequest } from '../core/templates';

export interface FixContext {
  report: Report;
  /** The grid the report was made from: plans are made against it. */
  grid: Grid;
  /** The form as read from that grid (null: the planner reads it again). */
  model: FormModel | null;
  /** The indicator system the pane checks with. */
  profile: Profile;
}

export type TemplatesModule = typeof import('../core/templates');

let templates: Promise<TemplatesModule> | null = null;

/** The template planner and catalogues, loaded once on first use. */
export function loadTemplates(): Promise<TemplatesModule> {
  templates ??= import(/* webpackChunkName: "templates" */ '../core/templates');
  return templates;
}

/** Plans a finding's fix; null when nothing answers it. May throw TemplateError (Chinese message). */
export type PlanFix = (finding: Finding, context: FixContext) => EditPlan | null | Promise<EditPlan | null>;

/** The template planner: missing categories, empty category rows, projects without indicators. */
export const planFixWithTemplates: PlanFix = async (finding, { grid, model, profile }) => (await loadTemplates()).planForFinding(finding, grid, { profile, model });

/** The plan for a templates-section offer with the chosen catalogue items (in catalogue order). */
export async function planOffer(offer: TemplateOffer, items: readonly string[], { grid, model, profile }: FixContext): Promise<EditPlan> {
  const { planTemplate, TemplateError } = await loadTemplates();
  if (!model) throw new TemplateError('未识别到绩效目标表，无法插入模板行。');
  const request: TemplateRequest = offer.request.kind === 'category' && items.length ? { ...offer.request, items: [...items] } : offer.request;
  return planTemplate(model, grid, request, { profile });
}

/** True for the planner's own errors, whose Chinese message is shown as it is. */
export async function isTemplateError(e: unknown): Promise<boolean> {
  return e instanceof (await loadTemplates()).TemplateError;
}
