// Template rows for missing indicator categories: catalog (data), planner (where rows go), grid
// applier with exact undo, offers and preview for the pane, and the placeholder rule.

export * from './edit';
export * from './request';
export * from './catalog';
export * from './categories';
export * from './placeholder';
export { planTemplate, templateRows } from './planner';
export type { PlanContext } from './planner';
export { detectPackedStyle, formatPackedItem, DEFAULT_PACKED_STYLE } from './plan-packed';
export type { PackedStyle } from './plan-packed';
export { applyEditToGrid } from './apply';
export type { AppliedGridEdit } from './apply';
export { shiftFormula, shiftRow, shiftSpan } from './a1-shift';
export type { RowShift, ShiftOptions } from './a1-shift';
export { offeredTemplates, fixOffers, offerForFinding } from './offers';
export type { TemplateOffer, OfferOptions, OfferReason } from './offers';
export { describePlan } from './describe';
export { planForFinding, requestForFinding } from './fix';
export type { FixOptions } from './fix';
export { templatePlaceholderRule, placeholderFindings } from './placeholder-rule';
