// The vague family in English (issue 15, item 10): the same judgement renders in either language
// from its catalogue messages, the user's words and the rewritten target stay as written, and the
// Chinese is the sentence the family has always written.

import { check } from '../../../src/core/check';
import { CATALOGUE } from '../../../src/core/i18n/catalogue';
import { Msg, render } from '../../../src/core/i18n/text';
import { parseProfile } from '../../../src/core/profiles/parse';
import guangdong from '../../../src/core/profiles/guangdong.json';
import { specToGrid } from '../../fixtures/sheet-spec';
import { indicator, judge } from './helpers';

const en = (m: Msg | undefined) => (m ? render(m, 'en', CATALOGUE) : '');
const zh = (m: Msg | undefined) => (m ? render(m, 'zh', CATALOGUE) : '');
const table = (rows: string[][]) =>
  specToGrid({ name: '表', merges: [], numFmts: {}, rows: [['一级指标', '二级指标', '三级指标', '年度指标值', '中期指标值'], ...rows] });

describe('vague findings in English', () => {
  it('writes the brief’s example in English, quoting the name, the value and the rewrite as written', () => {
    const j = judge({ name: '南沙区美誉度提升程度', level1: '效益指标', level2: '社会效益指标', annual: '≥90%' });
    const g = j.groups[0];
    expect(en(g.message)).toBe(
      'In “南沙区美誉度提升程度”, “年度指标值” is “≥90%”, which is a percentage for the degree of “提升”, but has no baseline, so at year end no one can tell whether it was met.',
    );
    expect(en(g.suggestionMessage)).toBe('It could be rewritten as “南沙区美誉度测评得分 ≥ 85分（第三方测评）”.');
    // The Chinese strings the judgement carries are the same messages rendered in Chinese.
    expect(zh(g.message)).toBe(j.why);
    expect(zh(g.suggestionMessage)).toBe(j.suggestion);
  });

  it('names the sibling a value was copied from, in quotes, in both languages', () => {
    const a = indicator({ name: '完成新闻发布厅直播数量', level1: '产出指标', level2: '数量指标', annual: '关注民生民情，反映民众呼声' });
    const b = indicator({ name: '关注民生民情，反映民众呼声', level1: '效益指标', level2: '社会效益指标', annual: '保障中心宣传渠道畅通' });
    const g = judge(a, [a, b]).groups[0];
    expect(en(g.message)).toContain('has the same wording as the indicator “关注民生民情，反映民众呼声”');
    expect(zh(g.message)).toContain('与指标“关注民生民情，反映民众呼声”的文字相同');
  });

  it('points to the measurable value beside a vague one, and suggests copying it', () => {
    const g = judge({ name: '宣传活动场次', level2: '数量指标', level1: '产出指标', period: '100场', annual: '进一步提高' }).groups[0];
    expect(en(g.message)).toBe(
      'In “宣传活动场次”, “年度指标值” is “进一步提高”, which only uses relative wording such as “进一步”, with neither a baseline nor a figure; “实施周期指标值” (“100场”) already gives a measurable target, and this value should state one too.',
    );
    expect(en(g.suggestionMessage)).toBe('Write “年度指标值” as a target too, for example the same as “实施周期指标值”: “100场”.');
  });

  it('check() renders message, why and suggestion in the language asked for, with the same id', () => {
    const grid = table([['产出指标', '质量指标', '档案整理工作', '已完成', '']]);
    const [zhF] = check(grid, { rules: ['vague-target'] }).findings;
    const [enF] = check(grid, { rules: ['vague-target'], lang: 'en' }).findings;
    expect(zhF.message).toBe('“档案整理工作”的年度指标值“已完成”是完成状态，不是目标值（缺少数量、时限或标准），年末无法判断是否达成。');
    expect(enF.message).toBe(
      'In “档案整理工作”, “年度指标值” is “已完成”, which is a completion status, not a target (no quantity, deadline or standard), so at year end no one can tell whether it was met.',
    );
    expect(enF.messageId).toBe(zhF.messageId);
    expect(enF.why).toMatch(/^“已完成” \(completed\)/);
    expect(enF.suggestion).toBe('It could be rewritten as “档案整理工作 12月31日前完成（以完成或验收记录为准）”.');
  });

  it('reports a malformed word list in English, keeping the path and naming the fault', () => {
    const profile = parseProfile(JSON.stringify({ ...guangdong, id: 'org-test', name: '本单位指标体系', extensions: { vague: { add: { statusPatterns: ['(unclosed'] } } } }));
    const grid = table([['产出指标', '质量指标', '档案整理工作', '已完成', '']]);
    const zhF = check(grid, { profile, rules: ['vague-target'] }).findings.find((f) => f.rule === 'vague-config')!;
    const enF = check(grid, { profile, rules: ['vague-target'], lang: 'en' }).findings.find((f) => f.rule === 'vague-config')!;
    expect(zhF.message).toBe('指标体系文件的模糊表述词表格式不正确：extensions.vague.add.statusPatterns.0 不是有效的正则表达式；已改用默认词表。');
    expect(enF.message).toBe(
      'The vague-wording lists in the indicator system file are malformed: extensions.vague.add.statusPatterns.0 is not a valid regular expression; the default lists are used instead.',
    );
  });
});
