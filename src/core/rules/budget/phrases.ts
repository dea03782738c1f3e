// Small pieces the budget messages are built from, as catalogue messages so they change with the
// language: money with its unit, a label read from the form, sums written out term by term.

import { MoneyUnit, formatMoney } from '../../parse/amount';
import { msg, Msg, Param, quote } from '../../i18n/text';

/** 万元 / 元 as a phrase of the engine (the unit a form states, rendered per language). */
export function unitText(unit: MoneyUnit): Msg {
  return msg(unit === '万元' ? 'budget.unit.wan' : 'budget.unit.yuan');
}

/** "1,561.17" — money without the unit, for sums written out term by term. */
export function amount(value: number, unit: MoneyUnit): string {
  return formatMoney(value, unit).replace(/\s*(万元|元)$/, '');
}

/** "1,561.17 万元" / "1,561.17 10k yuan". */
export function money(value: number, unit: MoneyUnit): Msg {
  return msg('budget.money', { amount: amount(value, unit), unit: unitText(unit) });
}

/** A label read from the form ("基本支出"): as is in Chinese, in quotes in English. */
export function label(text: string): Msg {
  return msg('budget.label', { text: quote(text) });
}

/** The user's text in quotation marks in both languages ("“报刊征订”"). */
export function quoted(text: string): Msg {
  return msg('budget.quoted', { text: quote(text) });
}

/** Joins items pairwise with a catalogue message of two parameters {a} and {b} ("{a} + {b}"). */
export function joinWith(id: string, items: Param[]): Param {
  if (items.length === 0) return '';
  return items.slice(1).reduce<Param>((a, b) => msg(id, { a, b }), items[0]);
}

/** "a + b + c". */
export function plus(items: Param[]): Param {
  return joinWith('budget.plus', items);
}

/** Param or '' — optional parts of a sentence are rendered as nothing. */
export function optional(p: Param | undefined | false): Param {
  return p === undefined || p === false ? '' : p;
}
