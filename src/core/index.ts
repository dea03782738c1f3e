// Public surface of the engine: pure TypeScript, no Office.js, no DOM, no fs.

export * from './grid/grid';
export * from './grid/address';
export * from './model';
export * from './report';
export * from './check';
export * from './profiles';
export { RULES } from './rules';
export type { Rule, RuleMeta } from './rules';
export { parseNumber, formatNumber, parsePercent } from './parse/number';
export { parseAmount, formatMoney } from './parse/amount';
export { parseQuantities } from './parse/quantity';
export { normalizeLabel } from './parse/text';
