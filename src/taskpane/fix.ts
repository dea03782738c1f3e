// The pane's side of template insertion: how a finding or a templates-section offer becomes an
// edit plan. Both hosts' entries pass planFixWithTemplates; the pane previews the plan, applies
// it through Host.applyEdit and offers 撤销插入 (Host.undoEdit).

import type { Grid } from '../core/grid/grid';
import type { FormModel } from '../core/model';
import type { Profile } from '../core/profiles';
import type { Finding, Report } from '../core/report';
import { EditPlan, planForFinding, planTemplate, TemplateError, TemplateOffer, TemplateRequest } from '../core/templates';

export interface FixContext {
  report: Report;
  /** The grid the report was made from: plans are made against it. */
  grid: Grid;
  /** The form as read from that grid (null: the planner reads it again). */
  model: FormModel | null;
  /** The indicator system the pane checks with. */
  profile: Profile;
}

/** Plans a finding's fix; null when nothing answers it. May throw TemplateError (Chinese message). */
export type PlanFix = (finding: Finding, context: FixContext) => EditPlan | null;

/** The template planner: missing categories, empty category rows, projects without indicators. */
export const planFixWithTemplates: PlanFix = (finding, { grid, model, profile }) => planForFinding(finding, grid, { profile, model });

/** The plan for a templates-section offer with the chosen catalogue items (in catalogue order). */
export function planOffer(offer: TemplateOffer, items: readonly string[], { grid, model, profile }: FixContext): EditPlan {
  if (!model) throw new TemplateError('未识别到绩效目标表，无法插入模板行。');
  const request: TemplateRequest = offer.request.kind === 'category' && items.length ? { ...offer.request, items: [...items] } : offer.request;
  return planTemplate(model, grid, request, { profile });
}
