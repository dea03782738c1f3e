// What the pane can offer: a fix on every missing-category finding, and a templates section that
// lists every category of every indicator table (missing ones first). Offers carry the request to
// hand to planTemplate; the preview comes from planning it against the current grid.

import { FormModel } from '../model';
import { Profile } from '../profiles';
import { Finding, Report, Severity } from '../report';
import { catalogFor, defaultLevel2, itemsFor, TemplateCatalog, TemplateItem } from './catalog';
import { emptyCategoryRows, missingCategories, tablesWithoutIndicators } from './categories';
import { requestFromFix, TemplateRequest } from './request';
import { RULES } from '../rules';

export type OfferReason = 'missing' | 'empty-row' | 'no-indicators' | 'available';

export interface TemplateOffer {
  /** Stable within a report: "dept|output|timeliness", "project-r23|block". */
  id: string;
  request: TemplateRequest;
  tableId: string;
  owner: string;
  layout: 'table' | 'packed';
  kind: 'category' | 'block';
  level1Key?: string;
  /** The 二级 the rows will carry (the catalog's default when the finding named only a 一级). */
  level2Key?: string;
  /** "产出指标 / 时效指标", "整套绩效指标". */
  label: string;
  reason: OfferReason;
  severity?: Severity;
  /** The finding's cell (missing) or the table's cell, for "go to". */
  cell?: string;
  /** The category's template rows to choose from (the first is the default). */
  items: TemplateItem[];
  /** Where the rows go, in Chinese ("部门整体指标表 · 产出指标组内"). */
  where: string;
}

export interface OfferOptions {
  catalog?: TemplateCatalog;
  /** Also list every category of every table (the templates section). Default true. */
  includeAvailable?: boolean;
  /**
   * Where missing categories come from: the report's insert-template fixes (the completeness
   * rules, the authority), the model (this module's own computation), or auto: the report when
   * the missing-category rule is registered or the report carries such fixes, else the model.
   */
  source?: 'report' | 'model' | 'auto';
}

const REASON_ORDER: Record<OfferReason, number> = { 'no-indicators': 0, missing: 1, 'empty-row': 2, available: 3 };

export function offeredTemplates(model: FormModel | null, report: Report, profile: Profile, options: OfferOptions = {}): TemplateOffer[] {
  if (!model) return [];
  const catalog = options.catalog ?? catalogFor(profile);
  const byId = new Map<string, TemplateOffer>();
  const tableIndex = new Map(model.tables.map((t, i) => [t.id, i]));

  const add = (request: TemplateRequest, reason: OfferReason, extra: { severity?: Severity; cell?: string } = {}): void => {
    const table = model.tables.find((t) => t.id === request.tableId);
    if (!table) return;
    const tableName = table.source === 'packed' ? `项目“${table.owner}”` : `${table.owner}指标表`;
    let offer: TemplateOffer;
    if (request.kind === 'block') {
      offer = {
        id: `${table.id}|block`, request, tableId: table.id, owner: table.owner, layout: table.source, kind: 'block',
        label: '整套绩效指标', reason, items: [], where: table.source === 'packed' ? `${tableName} · 绩效指标单元格` : `${tableName} · 表头下`,
        ...extra,
      };
    } else {
      const level1 = profile.level1.find((l) => l.key === request.level1Key);
      if (!level1) return;
      const level2 = request.level2Key ? level1.level2.find((l) => l.key === request.level2Key) : defaultLevel2(catalog, level1);
      if (!level2) return;
      offer = {
        id: `${table.id}|${level1.key}|${request.level2Key ?? ''}`, request, tableId: table.id, owner: table.owner, layout: table.source, kind: 'category',
        level1Key: level1.key, level2Key: level2.key,
        label: request.level2Key ? `${level1.name} / ${level2.name}` : `${level1.name}（${level2.name}）`,
        reason, items: itemsFor(catalog, level1, level2),
        where: table.source === 'packed' ? `${tableName} · 绩效指标末尾` : `${tableName} · ${level1.name}组内`,
        ...extra,
      };
    }
    if (!offer.cell) offer.cell = table.cell ?? table.ownerCell;
    const existing = byId.get(offer.id);
    if (!existing || REASON_ORDER[offer.reason] < REASON_ORDER[existing.reason]) byId.set(offer.id, offer);
  };

  const fixes = report.findings.map((f) => ({ f, request: requestFromFix(f.fix) })).filter((x) => x.request);
  const source = options.source ?? 'auto';
  const fromReport = source === 'report' || (source === 'auto' && (fixes.length > 0 || RULES.some((r) => r.meta.id === 'missing-category')));
  if (fromReport) {
    for (const { f, request } of fixes) {
      const reason: OfferReason = request!.kind === 'block' ? 'no-indicators' : f.rule === 'empty-category' ? 'empty-row' : 'missing';
      add(request!, reason, { severity: f.severity, cell: f.cell });
    }
  } else {
    for (const m of missingCategories(model, profile)) {
      add({ kind: 'category', tableId: m.tableId, level1Key: m.level1Key, ...(m.level2Key ? { level2Key: m.level2Key } : {}) }, 'missing', {
        severity: m.requirement === 'required' ? 'error' : 'warning',
      });
    }
  }
  // Empty tables and blank packed cells always want a whole block (the reader reports an empty
  // table without a fix); empty category rows want filling. Both are plain facts of the model.
  for (const t of tablesWithoutIndicators(model)) add({ kind: 'block', tableId: t.id }, 'no-indicators', { severity: 'error' });
  for (const e of emptyCategoryRows(model, profile)) {
    add({ kind: 'category', tableId: e.tableId, level1Key: e.level1Key, level2Key: e.level2Key }, 'empty-row', { severity: 'warning', cell: e.cell });
  }
  if (options.includeAvailable ?? true) {
    for (const table of model.tables) {
      for (const l1 of profile.level1) for (const l2 of l1.level2) add({ kind: 'category', tableId: table.id, level1Key: l1.key, level2Key: l2.key }, 'available');
    }
  }

  const profileOrder = (o: TemplateOffer): number => {
    const i1 = profile.level1.findIndex((l) => l.key === o.level1Key);
    const l1 = profile.level1[i1];
    const i2 = l1 ? l1.level2.findIndex((l) => l.key === o.level2Key) : -1;
    return o.kind === 'block' ? -1 : i1 * 100 + i2;
  };
  return [...byId.values()].sort(
    (a, b) =>
      (a.reason === 'available' ? 1 : 0) - (b.reason === 'available' ? 1 : 0) ||
      (tableIndex.get(a.tableId) ?? 0) - (tableIndex.get(b.tableId) ?? 0) ||
      profileOrder(a) - profileOrder(b),
  );
}

/** The offers that answer a finding (missing or empty category), i.e. everything but "available". */
export function fixOffers(offers: readonly TemplateOffer[]): TemplateOffer[] {
  return offers.filter((o) => o.reason !== 'available');
}

/**
 * The offer that fixes a finding: the one its insert-template fix asks for, or for an empty
 * category row (reported without a fix) the fill offer pointing at the same cell.
 */
export function offerForFinding(offers: readonly TemplateOffer[], finding: Finding): TemplateOffer | undefined {
  const request = requestFromFix(finding.fix);
  if (request) {
    const id = request.kind === 'block' ? `${request.tableId}|block` : `${request.tableId}|${request.level1Key}|${request.level2Key ?? ''}`;
    return offers.find((o) => o.id === id);
  }
  if (finding.rule === 'empty-category') return offers.find((o) => o.reason === 'empty-row' && o.cell === finding.cell);
  return undefined;
}
