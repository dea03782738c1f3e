// The preview the pane shows before inserting: what goes where, in Chinese, row by row.

import { EditPlan } from './edit';

/** Multi-line Chinese preview of a plan: the summary line, then one line per new or filled row. */
export function describePlan(plan: EditPlan): string {
  const lines = [plan.description];
  if (plan.preview?.length) {
    lines.push(...plan.preview.map((l) => `  ${l}`));
    return lines.join('\n');
  }
  // Plans from elsewhere carry no preview: list the rows and cells as they are.
  for (const ins of plan.insertions) {
    ins.rows.forEach((r, k) => {
      const cells = r.filter((v) => v !== null && v !== '');
      lines.push(`  在第 ${ins.beforeRow + k + 1} 行插入：${cells.length ? cells.join(' | ') : '（空行）'}`);
    });
  }
  for (const w of plan.writes) lines.push(`  ${w.address}${w.previous ? ' 追加后' : ''}：${w.value ?? '（清空）'}`);
  return lines.join('\n');
}
