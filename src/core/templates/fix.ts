// One call for the pane's "fix" button: the plan that answers a finding, or null when no template
// does. Reads the form again when the caller has no model (reading is cheap next to checking).

import { Grid, GridData } from '../grid/grid';
import { readForm, SheetScan } from '../forms';
import { FormModel } from '../model';
import { getProfile, Profile } from '../profiles';
import { Finding } from '../report';
import { TemplateCatalog } from './catalog';
import { emptyCategoryRows } from './categories';
import { EditPlan } from './edit';
import { planTemplate } from './planner';
import { requestFromFix, TemplateRequest } from './request';

export interface FixOptions {
  model?: FormModel | null;
  profile?: Profile;
  catalog?: TemplateCatalog;
  /** Template item ids to insert instead of the category's first item. */
  items?: string[];
}

/** The template request a finding stands for: its insert-template fix, or filling an empty category row. */
export function requestForFinding(finding: Finding, model: FormModel, profile: Profile): TemplateRequest | null {
  const fromFix = requestFromFix(finding.fix);
  if (fromFix) return fromFix;
  if (finding.rule !== 'empty-category') return null;
  const empty = emptyCategoryRows(model, profile).find((e) => e.cell === finding.cell);
  return empty ? { kind: 'category', tableId: empty.tableId, level1Key: empty.level1Key, level2Key: empty.level2Key } : null;
}

/** Throws TemplateError (Chinese message) when the template cannot be placed. */
export function planForFinding(finding: Finding, input: Grid | GridData, options: FixOptions = {}): EditPlan | null {
  const grid = input instanceof Grid ? input : new Grid(input);
  const profile = options.profile ?? getProfile()!;
  const model = options.model ?? readForm(new SheetScan(grid)).model;
  if (!model) return null;
  const request = requestForFinding(finding, model, profile);
  if (!request) return null;
  const withItems = request.kind === 'category' && options.items?.length ? { ...request, items: options.items } : request;
  return planTemplate(model, grid, withItems, { profile, catalog: options.catalog });
}
