// Findings in English (issue 15, item 10): every sentence a rule writes comes from the catalogue, so
// with lang 'en' nothing Chinese is left except the user's own text (cells, labels, category names,
// rewritten targets), which the catalogue quotes. The test renders each finding again with every
// quoted text replaced by "X": any Chinese character left is a sentence nobody translated.

import { check } from '../../../src/core/check';
import { CATALOGUE } from '../../../src/core/i18n/catalogue';
import { Msg, render } from '../../../src/core/i18n/text';
import { Finding } from '../../../src/core/report';
import { scenarios } from './scenarios';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”]/;
const LEFT = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

function untranslated(f: Finding): string | null {
  if (!f.messageId) return `${f.rule}: message is a plain string (no catalogue id): ${f.message}`;
  const m: Msg = { id: f.messageId, ...(f.params ? { params: f.params as Msg['params'] } : {}) };
  const en = render(m, 'en', CATALOGUE, () => 'X');
  if (LEFT.test(en)) return `${f.rule} (${f.messageId}): untranslated text in “${en}”`;
  return null;
}

describe('findings in English', () => {
  const all = scenarios();
  const reports = all.map((s) => ({ s, zh: check(s.grid(), s.options), en: check(s.grid(), { ...s.options, lang: 'en' }) }));

  it('renders every message, why and suggestion from the catalogue, leaving only quoted user text in Chinese', () => {
    const problems = new Set<string>();
    for (const { s, en } of reports) {
      for (const f of en.findings) {
        const p = untranslated(f);
        if (p) problems.add(`${s.name}: ${p}`);
        if (f.why && CJK.test(f.why.replace(/“[^”]*”/g, ''))) problems.add(`${s.name}: ${f.rule}: why not in English: ${f.why}`);
      }
    }
    expect([...problems].slice(0, 40)).toEqual([]);
  }, 120_000);

  it('gives the same findings in both languages, at the same cells, with the same ids', () => {
    for (const { zh, en } of reports) {
      expect(en.findings.map((f) => `${f.rule} ${f.cell} ${f.messageId}`)).toEqual(zh.findings.map((f) => `${f.rule} ${f.cell} ${f.messageId}`));
    }
  }, 120_000);

  it('renders each finding again from its id and parameters exactly as check() wrote it', () => {
    for (const { zh } of reports) {
      for (const f of zh.findings) {
        if (!f.messageId || f.message.includes('…')) continue; // long quotes are clipped after rendering
        expect(render({ id: f.messageId, params: f.params as Msg['params'] }, 'zh', CATALOGUE)).toBe(f.message);
      }
    }
  }, 120_000);
});
