// Text rules that read the columns a composed form splits a target into, and the leftovers of the
// templates provinces hand out (issue 12): both directions.

import { check } from '../../src/core/check';
import { ScalarValue } from '../../src/core/grid/grid';
import { specToGrid } from '../fixtures/sheet-spec';

const table = (rows: ScalarValue[][]) =>
  check(specToGrid({ name: '表', merges: [], numFmts: {}, rows: [['一级指标', '二级指标', '三级指标', '指标值类型', '指标值', '计量单位'], ...rows] })).findings;
const rule = (rows: ScalarValue[][], id: string) => table(rows).filter((f) => f.rule === id);

describe('target-parts-conflict', () => {
  it('finds a value whose own unit contradicts the unit column, a name counting in another unit, a 定量 row without a number', () => {
    expect(rule([['产出指标', '数量指标', '业务支出安排金额', '定量', '28.8万元', '%']], 'target-parts-conflict').map((f) => f.cell)).toEqual(['E2']);
    expect(rule([['产出指标', '数量指标', '村组干部230人', '定量', '230', '个']], 'target-parts-conflict').map((f) => f.cell)).toEqual(['C2']);
    expect(rule([['产出指标', '时效指标', '工作安排时间', '定量', '按月安排', null]], 'target-parts-conflict').map((f) => f.cell)).toEqual(['E2']);
  });

  it('stays quiet when the parts agree: 95 with %, 95% with 百分比, 28.8万 with 万元, 定性 prose', () => {
    for (const r of [
      ['产出指标', '质量指标', '验收合格率', '定量', '95', '%'],
      ['产出指标', '质量指标', '验收合格率', '定量', '95%', '百分比'],
      ['产出指标', '成本指标', '项目总成本', '定量', '28.8万', '万元'],
      ['效益指标', '社会效益指标', '群众生活条件', '定性', '达到省级标准', null],
      ['产出指标', '数量指标', '培训人员230人', '定量', '230', '人'],
    ] as ScalarValue[][]) {
      expect(rule([r], 'target-parts-conflict')).toEqual([]);
    }
  });
});

describe('template-instruction', () => {
  it('reports fill-in hints of a whole table once, every cell listed', () => {
    const f = rule(
      [
        ['产出指标', '数量指标', '景点开发数量(≥**个)', '定量', '3', '个'],
        [null, '质量指标', '按期完成率(≥**%)', '定量', '100', '%'],
        ['满意度指标', '服务对象满意度指标', '游客满意度', '定量', '≥**%', null],
      ],
      'template-instruction',
    );
    expect(f).toHaveLength(1);
    expect(f[0].cells).toEqual(['C2', 'C3', 'E4']);
  });

  it('leaves names with real numbers, and ** used nowhere, alone', () => {
    expect(rule([['产出指标', '数量指标', '景点开发数量(≥3个)', '定量', '3', '个']], 'template-instruction')).toEqual([]);
  });
});
