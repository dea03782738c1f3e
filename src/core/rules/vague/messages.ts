// The vague family's sentences: one phrase per reason, composed into one message per finding that
// names the indicator and quotes its values. Every part is a catalogue message (catalogue.ts); the
// user's words (the name, the values, the words that made a value vague) are quoted as written.

import type { FindingGroup, IndicatorJudgement, Reason, ValueJudgement } from './judge';
import { textKey } from './facts';
import { msg, Msg, Param, quote } from '../../i18n/text';

const clip = (s: string, n = 40) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
};

/** Up to three of the user's words, each in quotes: “进一步”“明显”. */
function quoteAll(words: string[]): Param {
  const w = words.slice(0, 3).map(quote);
  if (w.length === 0) return '';
  const [a, b, c] = w;
  return w.length === 1 ? msg('vague.words.1', { a }) : w.length === 2 ? msg('vague.words.2', { a, b }) : msg('vague.words.3', { a, b, c });
}

/** Parts joined pairwise by a template ("A和B", "A；B"), left to right. */
export function fold(id: 'vague.and' | 'vague.then', parts: Param[]): Param {
  return parts.reduce((a, b) => msg(id, { a, b }));
}

/** The header judge.ts gives a target written in the unit column (the form's own header is not kept). */
export const UNIT_COLUMN_HEADER = '计算单位';

/** A value column's header, as the form writes it; the unit column's is the engine's name for it. */
export const header = (h: string): Msg => (h === UNIT_COLUMN_HEADER ? msg('vague.header.unit-column') : msg('vague.header', { header: quote(h) }));

/** What is wrong with one value, as a phrase that follows the quoted value. */
function phrase(v: ValueJudgement): Msg {
  const r = v.reasons[0];
  const w = v.words;
  switch (r) {
    case 'empty':
    case 'repeats-name':
    case 'describes-method':
    case 'uncountable-percent':
    case 'no-subject':
    case 'status':
    case 'percent-undefined':
    case 'no-survey':
    case 'category-timeliness':
    case 'category-cost':
    case 'category-satisfaction':
    case 'direction-only':
    case 'binary':
      return msg(`vague.reason.${r}`);
    case 'listed-phrase':
    case 'by-plan':
    case 'relative-word':
    case 'vague-benchmark':
      return msg(`vague.reason.${r}`, { words: quoteAll(w) });
    case 'copy-paste':
      return v.copiedFrom === '绩效目标'
        ? msg('vague.reason.copy-paste.goal')
        : msg('vague.reason.copy-paste.sibling', { other: quote(clip(v.copiedFrom ?? '', 20)) });
    case 'prose':
      return msg('vague.reason.prose', { length: v.facts.length });
    case 'change-no-baseline':
      if (v.facts.percent && !v.facts.changeAmount) {
        return w[0] ? msg('vague.reason.change-no-baseline.percent', { verb: quote(w[0]) }) : msg('vague.reason.change-no-baseline.percent-any');
      }
      return msg('vague.reason.change-no-baseline');
    case 'no-unit':
      return msg(w[0] === '%' ? 'vague.reason.no-unit.percent' : v.verdict === 'vague' ? 'vague.reason.no-unit.vague' : 'vague.reason.no-unit.weak');
    case 'no-value':
    default:
      return msg(w.length ? 'vague.reason.no-value.slogan' : 'vague.reason.no-value');
  }
}

/** One sentence: “name”的header“value”<why>，<consequence>。 */
export function describeGroup(j: IndicatorJudgement, group: FindingGroup): Msg {
  const name = j.indicator.name?.text.trim() ?? '';
  const label = name ? msg('vague.label.named', { name: quote(clip(name, 30)) }) : msg('vague.label.unnamed');
  if (group.values.length === 0) return msg('vague.why.empty', { label });
  const vs = group.values;
  let body: Param;
  // A target split over columns is quoted whole: "≥95%", not the "95" of the value column.
  const said = (v: ValueJudgement) => v.composed ?? v.value.text;
  const sameText = vs.every((v) => textKey(said(v)) === textKey(said(vs[0])));
  if (vs.length > 1 && sameText) {
    body = msg('vague.value.same', { label, headers: fold('vague.and', vs.map((v) => header(v.value.header))), value: quote(clip(said(vs[0]))), phrase: phrase(vs[0]) });
  } else {
    body = fold(
      'vague.then',
      vs.map((v, i) => {
        const params = { header: header(v.value.header), value: quote(clip(said(v))), phrase: phrase(v) };
        return i === 0 ? msg('vague.value.first', { label, ...params }) : msg('vague.value.next', params);
      }),
    );
  }
  if (j.verdict === 'measurable') {
    return msg(group.values.length > 1 ? 'vague.why.beside-measurable.many' : 'vague.why.beside-measurable.one', { body, other: otherMeasurable(j) });
  }
  return msg(`vague.why.${group.verdict}`, { body });
}

function otherMeasurable(j: IndicatorJudgement): Msg {
  const m = j.values.find((v) => v.verdict === 'measurable');
  return m ? msg('vague.other', { header: header(m.value.header), value: quote(clip(m.value.text, 20)) }) : msg('vague.other.none');
}

/** Why the reason matters, for the finding's `why`: one sentence a reviewer would say. */
export const reasonWhy = (r: Reason): Msg => msg(`vague.because.${r}`);

export type Advice =
  | 'no-subject' | 'unit' | 'count-unit' | 'satisfaction' | 'benefit' | 'uncountable' | 'baseline' | 'timeliness' | 'cost'
  | 'quality' | 'ratio' | 'deadline' | 'standard' | 'generic';

/**
 * What to add when no rewrite can be built from the indicator: one sentence, never an example
 * about something the indicator does not name.
 */
export function advice(kind: Advice, subject: Param): Msg {
  return kind === 'no-subject' ? msg('vague.advice.no-subject') : msg(`vague.advice.${kind}`, { x: subject });
}
