// planTemplate(model, grid, request) -> EditPlan: where a template's rows go and what each cell
// gets. Pure: it reads the model and the grid and returns a plan; hosts apply it.

import { Grid, GridData } from '../grid/grid';
import { FormModel, IndicatorTable } from '../model';
import { CategoryIndex, getProfile, Profile } from '../profiles';
import { blockCategories, catalogFor, defaultLevel2, itemsFor, TemplateCatalog } from './catalog';
import { EditPlan } from './edit';
import { planPacked } from './plan-packed';
import { planTable } from './plan-table';
import { TemplateError, TemplateRequest, TemplateRow } from './request';

export interface PlanContext {
  /** Defaults to the built-in guangdong profile. */
  profile?: Profile;
  /** Defaults to catalogFor(profile). */
  catalog?: TemplateCatalog;
}

function resolveContext(ctx: PlanContext): { profile: Profile; catalog: TemplateCatalog } {
  const profile = ctx.profile ?? getProfile()!;
  return { profile, catalog: ctx.catalog ?? catalogFor(profile) };
}

/** The rows a request stands for (category and items resolved against profile and catalog). */
export function templateRows(request: TemplateRequest, profile: Profile, catalog: TemplateCatalog): TemplateRow[] {
  if (request.kind === 'block') return blockCategories(catalog, profile).map((b) => ({ level1: b.level1, level2: b.level2, item: b.item }));
  const level1 = profile.level1.find((l) => l.key === request.level1Key);
  if (!level1) throw new TemplateError(`指标体系“${profile.name}”中没有一级指标“${request.level1Key}”。`);
  const level2 = request.level2Key ? level1.level2.find((l) => l.key === request.level2Key) : defaultLevel2(catalog, level1);
  if (!level2) throw new TemplateError(`一级指标“${level1.name}”下没有二级指标“${request.level2Key}”。`);
  const items = itemsFor(catalog, level1, level2);
  const chosen = request.items?.length ? request.items.map((id) => items.find((i) => i.id === id)) : [items[0]];
  if (chosen.some((i) => !i)) throw new TemplateError(`“${level2.name}”没有所选的模板行（${request.items!.join('、')}）。`);
  return chosen.map((item) => ({ level1, level2, item: item! }));
}

function findTable(model: FormModel, tableId: string): IndicatorTable {
  const table = model.tables.find((t) => t.id === tableId);
  if (!table) throw new TemplateError(`找不到指标表“${tableId}”，请重新校验后再插入。`);
  return table;
}

export function planTemplate(model: FormModel, input: Grid | GridData, request: TemplateRequest, ctx: PlanContext = {}): EditPlan {
  const grid = input instanceof Grid ? input : new Grid(input);
  if (grid.protected) throw new TemplateError('工作表受保护，无法插入模板行。');
  const { profile, catalog } = resolveContext(ctx);
  const categories = new CategoryIndex(profile);
  const table = findTable(model, request.tableId);
  const rows = templateRows(request, profile, catalog);
  if (rows.length === 0) throw new TemplateError('所选模板没有可插入的指标行。');
  const what = request.kind === 'block' ? `整套绩效指标（${rows.length} 项）` : `${rows[0].level1.name} / ${rows[0].level2.name}`;
  const source: EditPlan['source'] = {
    kind: request.kind,
    tableId: table.id,
    ...(request.kind === 'category' ? { level1Key: rows[0].level1.key, level2Key: rows[0].level2.key } : {}),
    layout: table.source,
  };

  if (request.kind === 'block' && table.indicators.length > 0) {
    throw new TemplateError(`“${table.owner}”已有绩效指标，请逐项插入缺少的类别。`);
  }

  if (table.source === 'packed') {
    const p = planPacked(model, grid, table, categories, rows);
    const description = p.appended
      ? `在 ${p.write.address}（${table.owner}）末尾追加 ${rows.length} 项指标：${what}`
      : `在 ${p.write.address}（${table.owner}）写入${request.kind === 'block' ? what : `${rows.length} 项指标：${what}`}`;
    return { insertions: [], writes: [p.write], description, source, preview: p.preview };
  }

  const t = planTable(table, grid, categories, rows);
  const parts: string[] = [];
  if (t.filledRow !== undefined) parts.push(`在第 ${t.filledRow + 1} 行填写空白的${rows[0].level2.name}行`);
  if (t.insertion) parts.push(`在第 ${t.insertion.beforeRow} 行之后插入 ${t.insertion.rows.length} 行`);
  const description = `${parts.join('，并')}（${table.owner}：${what}）`;
  return { insertions: t.insertion ? [t.insertion] : [], writes: t.writes, description, source, preview: t.preview };
}
