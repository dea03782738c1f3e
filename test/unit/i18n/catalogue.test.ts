// The catalogue itself: both languages for every id, the same placeholders in each, no id twice,
// no Chinese in an English template except inside the quotes of a form's own words.

import { CATALOGUE, duplicateIds } from '../../../src/core/i18n/catalogue';
import { list, msg, quote, render } from '../../../src/core/i18n/text';

const placeholders = (s: string) => [...s.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('has no id twice', () => expect(duplicateIds()).toEqual([]));

  it.each(Object.entries(CATALOGUE))('%s: both languages, same placeholders, English without untranslated Chinese', (_id, e) => {
    expect(e.zh.length).toBeGreaterThan(0);
    expect(e.en.length).toBeGreaterThan(0);
    expect(placeholders(e.en)).toEqual(placeholders(e.zh));
    // Chinese may appear in English only as the form's own words, in “quotes”.
    expect(e.en.replace(/“[^”]*”/g, '')).not.toMatch(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/);
  });

  it('renders quotes as is, lists per language, nested messages, and keeps unknown placeholders', () => {
    const c = { a: { zh: '{x}与{y}不符{z}', en: '{x} does not match {y}{z}' }, u: { zh: '万元', en: '10k yuan' } };
    const m = msg('a', { x: quote('合计'), y: list([msg('u'), '3']) });
    expect(render(m, 'zh', c)).toBe('合计与万元、3不符{z}');
    expect(render(m, 'en', c)).toBe('合计 does not match 10k yuan, 3{z}');
    expect(() => render(msg('nope'), 'en', c)).toThrow(/nope/);
  });
});
