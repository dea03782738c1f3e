// Packed text (seed 003) writes each category with a code: "1-产出指标；11-数量指标". Codes and
// names must agree with each other and with the profile ("1-产出指标；22-社会效益" puts a 效益
// category under 产出; "21-社会效益" gives 社会效益 the code of 经济效益).

import { CategoryMatch } from '../../profiles';
import { defineRule, FindingInput } from '../types';
import { analyseTree, ResolvedIndicator } from './resolve';
import { packedPrefix, writeAs } from './describe';
import { Msg, msg, Param, quote, Quoted } from '../../i18n/text';

export const packedCodeMismatch = defineRule(
  {
    id: 'packed-code-mismatch',
    category: 'hierarchy',
    severity: 'error',
    severityNote: '代码与名称、或二级代码与一级代码互相矛盾时为错误。',
    title: '指标代码与名称不一致',
    titleEn: 'Packed category code contradicts its name',
    why: '财政系统按代码归类指标，代码与名称矛盾时指标会被归入错误的类别。',
    whyEn: 'The finance system files indicators by their codes; when a code contradicts its name, the indicator is filed under the wrong category.',
  },
  (ctx) => {
    const { tables } = analyseTree(ctx);
    const out: FindingInput[] = [];
    for (const { rows } of tables) {
      for (const r of rows) {
        const problems = packedCodeProblems(r);
        if (problems.length === 0) continue;
        const cell = r.ind.level2?.cell ?? r.ind.level1?.cell ?? r.table.cell ?? 'A1';
        const fix = expectedPrefix(r);
        const written = [r.ind.level1, r.ind.level2].filter((c) => !!c).map((c) => `${c!.code ? `${c!.code}-` : ''}${c!.text}`).join('；');
        const item = r.ind.packedIndex !== undefined ? msg('hierarchy.packed.item', { n: r.ind.packedIndex }) : '';
        out.push({
          cell,
          cells: [cell],
          message: msg('hierarchy.packed', { item, written: quote(written), problems: joinProblems(problems), fix: fix ? msg('hierarchy.packed.should-be', { prefix: quote(fix) }) : '' }),
          ...(fix ? { suggestion: writeAs(fix) } : {}),
        });
      }
    }
    return out;
  },
);

function same(a: CategoryMatch, b: CategoryMatch): boolean {
  if (a.level !== b.level || a.level1.key !== b.level1.key) return false;
  return a.level === 1 || (b.level === 2 && a.level2.key === b.level2.key);
}

function label(m: CategoryMatch): Quoted {
  return quote(m.level === 1 ? m.level1.name : m.level2.name);
}

/** "a；b" (en "a; b"): the problems of one item, one after another. */
function joinProblems(problems: readonly Msg[]): Param {
  return problems.slice(1).reduce<Param>((acc, p) => msg('hierarchy.packed.and', { a: acc, b: p }), problems[0] ?? '');
}

// Asked of every row; rows from a table (all but packed items) share one empty answer.
const NO_PROBLEMS: readonly Msg[] = Object.freeze([]);

/** Contradictions between the codes and names of one packed item (empty when they agree). */
export function packedCodeProblems(r: ResolvedIndicator): readonly Msg[] {
  if (r.ind.source !== 'packed') return NO_PROBLEMS;
  const c1 = r.ind.level1?.code;
  const c2 = r.ind.level2?.code;
  const problems: Msg[] = [];
  if (c1 && r.l1Code && r.l1Name && !same(r.l1Code, r.l1Name)) problems.push(msg('hierarchy.packed.l1-code', { code: c1, meaning: label(r.l1Code), text: quote(r.ind.level1!.text) }));
  if (c2 && r.l2Code && r.l2Name && !same(r.l2Code, r.l2Name)) problems.push(msg('hierarchy.packed.l2-code', { code: c2, meaning: label(r.l2Code), text: quote(r.ind.level2!.text) }));
  if (problems.length === 0 && r.l1Code?.level === 1 && r.l2Code?.level === 2 && r.l2Code.level1.key !== r.l1Code.level1.key) {
    problems.push(
      msg('hierarchy.packed.l2-parent', {
        code: String(c2),
        name: quote(r.l2Code.level2.name),
        parentCode: r.l2Code.level1.code ?? '',
        parent: quote(r.l2Code.level1.name),
        ownCode: String(c1),
        own: quote(r.l1Code.level1.name),
      }),
    );
  }
  // A code the profile does not know, on an item whose names are otherwise in the right place.
  if (problems.length === 0 && r.l2Name?.level === 2 && r.l1Name?.level === 1 && r.l2Name.level1.key === r.l1Name.level1.key) {
    if (c1 && !r.l1Code && r.l1Name.level1.code) problems.push(msg('hierarchy.packed.unknown-code', { code: c1, name: quote(r.l1Name.level1.name), right: r.l1Name.level1.code }));
    if (c2 && !r.l2Code && r.l2Name.level2.code) problems.push(msg('hierarchy.packed.unknown-code', { code: c2, name: quote(r.l2Name.level2.name), right: r.l2Name.level2.code }));
  }
  return problems;
}

/** The prefix the item should have, taking the 二级 name as the truth (it describes the 三级). */
function expectedPrefix(r: ResolvedIndicator): string | undefined {
  if (r.level1 && r.level2) return packedPrefix(r.level1, r.level2.key);
  if (r.level1) return packedPrefix(r.level1);
  return undefined;
}
