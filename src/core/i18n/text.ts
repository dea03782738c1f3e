// The engine's sentences in two languages. A rule does not write a sentence: it names one from the
// catalogue (an id) and gives its parameters; check() renders it in the language asked for, and the
// finding keeps the id and parameters so any host can render it again in the other language.
//
// Parameters say what they are, because that decides what changes with the language:
//   - Quoted ({ q }): the user's own text — a cell, a label read from the form, a category name of
//     the form's indicator system. Shown as is in every language.
//   - Msg ({ id, params }): a phrase of the engine (a reason, "第 7 行", a unit) — rendered in turn.
//   - List ({ list, join }): several of the above, joined the way each language joins them.
//   - Pair ({ zh, en }): a name the data carries in both languages (a profile's name).
//   - string / number: language-free text only (cell addresses, formulas, formatted figures "1,234.00").
//     A Chinese character in a plain string is a bug: test/unit/i18n/english.test.ts fails on it.

export type Lang = 'zh' | 'en';

export interface Quoted {
  q: string;
}

export interface Msg {
  id: string;
  params?: Record<string, Param>;
}

export interface List {
  list: Param[];
  /** 'list': 、 / ", " (default); 'concat': no separator / a space (sentences one after another). */
  join?: 'list' | 'concat' | 'or';
}

/** A name the data already carries in both languages (a profile's name, a form's name). */
export interface Pair {
  zh: string;
  en: string;
}

export type Param = string | number | Quoted | Msg | List | Pair;

/** One catalogue entry: a template per language; {name} is replaced by the parameter `name`. */
export interface Entry {
  zh: string;
  en: string;
}

export type Catalogue = Record<string, Entry>;

/** The user's own text, shown as is. */
export const quote = (q: string): Quoted => ({ q });

/** A sentence or phrase of the engine, by id. */
export const msg = (id: string, params?: Record<string, Param>): Msg => (params ? { id, params } : { id });

export const list = (items: Param[], join: List['join'] = 'list'): List => ({ list: items, join });

export const isMsg = (p: unknown): p is Msg => typeof p === 'object' && p !== null && typeof (p as Msg).id === 'string';
const isQuoted = (p: unknown): p is Quoted => typeof p === 'object' && p !== null && typeof (p as Quoted).q === 'string';
const isPair = (p: unknown): p is Pair => typeof p === 'object' && p !== null && typeof (p as Pair).zh === 'string' && typeof (p as Pair).en === 'string';
const isList = (p: unknown): p is List => typeof p === 'object' && p !== null && Array.isArray((p as List).list);

const JOINS: Record<NonNullable<List['join']>, Entry> = {
  list: { zh: '、', en: ', ' },
  concat: { zh: '', en: ' ' },
  or: { zh: '或', en: ' or ' },
};

export class MissingMessageError extends Error {
  constructor(readonly id: string) {
    super(`No catalogue entry "${id}"`);
  }
}

/** Renders one parameter. `quoted` maps the user's text (tests replace it to find untranslated text). */
export function renderParam(p: Param, lang: Lang, catalogue: Catalogue, quoted: (s: string) => string = (s) => s): string {
  if (typeof p === 'string') return p;
  if (typeof p === 'number') return String(p);
  if (isQuoted(p)) return quoted(p.q);
  if (isList(p)) return p.list.map((x) => renderParam(x, lang, catalogue, quoted)).join(JOINS[p.join ?? 'list'][lang]);
  if (isMsg(p)) return render(p, lang, catalogue, quoted);
  if (isPair(p)) return p[lang];
  return String(p);
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/;

/**
 * A template split once at its placeholders: text at even positions, parameter names at odd ones
 * ("共{n}项" -> ["共", "n", "项"]). A check renders every finding's sentences, a few hundred on a
 * large form; scanning each template again for its placeholders was a good part of that.
 */
const compiled = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(PLACEHOLDER)));
  return parts;
}

/** A message in one language. An unknown id throws: the catalogue test lists every id a rule uses. */
export function render(m: Msg, lang: Lang, catalogue: Catalogue, quoted?: (s: string) => string): string {
  const entry = catalogue[m.id];
  if (!entry) throw new MissingMessageError(m.id);
  const parts = partsOf(entry[lang]);
  if (parts.length === 1) return parts[0];
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    const v = m.params?.[key];
    out += (v === undefined ? `{${key}}` : renderParam(v, lang, catalogue, quoted)) + parts[i + 1];
  }
  return out;
}

/** Text a rule gives: a catalogue message, or (legacy) a Chinese string. */
export type Text = string | Msg;
