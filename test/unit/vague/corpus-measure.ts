// Measuring the vague rules on the labelled corpus of real indicator rows
// (test/fixtures/corpus/indicators/*.json, rubric in RUBRIC.md). Shared by bench/vague-corpus.ts,
// which prints the figures, and corpus.test.ts, which holds them to the targets.

import { readFileSync } from 'fs';
import { z } from 'zod';
import { Indicator, IndicatorValue, TextCell } from '../../../src/core/model';
import { CategoryIndex, getProfile, Profile } from '../../../src/core/profiles';
import { categoryKind, IndicatorJudgement, judgeIndicator } from '../../../src/core/rules/vague';
import { vagueConfig } from '../../../src/core/rules/vague/schema';

const text = z.union([z.string(), z.number()]).nullish().transform((v) => (v === null || v === undefined ? '' : String(v)));

export const corpusRowSchema = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String),
    doc: z.union([z.string(), z.number()]).transform(String),
    level1: text,
    level2: text,
    name: text,
    comparator: text,
    value: text,
    unit: text,
    valueType: text,
    actual: text,
    label: z.enum(['vague', 'measurable', 'borderline']),
    why: text,
  })
  .passthrough();
export type CorpusRow = z.infer<typeof corpusRowSchema>;

const corpusFileSchema = z.object({ documents: z.array(z.unknown()).optional(), rows: z.array(z.unknown()) }).passthrough();

export interface LoadedCorpus {
  rows: CorpusRow[];
  /** Rows that did not fit the format, with the reason: reported, not measured. */
  skipped: string[];
}

/** Reads corpus files; a row that does not fit the format is skipped and reported, never fatal. */
export function loadCorpus(files: string[]): LoadedCorpus {
  const rows: CorpusRow[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const parsed = corpusFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      skipped.push(`${file}: not a corpus file`);
      continue;
    }
    for (const raw of parsed.data.rows) {
      const row = corpusRowSchema.safeParse(raw);
      if (row.success) rows.push({ ...row.data, doc: `${file}#${row.data.doc}` });
      else skipped.push(`${file}: ${JSON.stringify(raw).slice(0, 80)}: ${row.error.issues[0].message}`);
    }
  }
  return { rows, skipped };
}

/** The row as a reader would build it: every column in its own field of the Indicator. */
export function rowToIndicator(row: CorpusRow, index: number): Indicator {
  const cell = (t: string, col: number): TextCell => ({ text: t, cell: `${'ABCDEFGHIJ'[col]}${index + 1}`, row: index, col });
  const cat = (t: string, col: number) => (t.trim() ? { ...cell(t, col), inherited: false } : null);
  const values: IndicatorValue[] = [];
  if (row.value.trim()) values.push({ kind: 'annual', header: '年度指标值', text: row.value, cell: `E${index + 1}` });
  if (row.actual.trim()) values.push({ kind: 'actual', header: '实际完成值', text: row.actual, cell: `H${index + 1}` });
  return {
    row: index,
    level1: cat(row.level1, 0),
    level2: cat(row.level2, 1),
    name: row.name.trim() ? cell(row.name, 2) : null,
    values,
    ...(row.comparator.trim() ? { comparator: cell(row.comparator, 3) } : {}),
    ...(row.unit.trim() ? { unit: cell(row.unit, 5) } : {}),
    ...(row.valueType.trim() ? { valueType: cell(row.valueType, 6) } : {}),
    source: 'table',
  };
}

export interface JudgedRow {
  row: CorpusRow;
  judgement: IndicatorJudgement;
  vague: boolean;
  weak: boolean;
}

/** Judges every row, rows of one document being siblings (copy-paste is judged within a form). */
export function judgeCorpus(rows: CorpusRow[], profile: Profile = getProfile()!): JudgedRow[] {
  const { config } = vagueConfig(profile);
  const categories = new CategoryIndex(profile);
  const indicators = rows.map(rowToIndicator);
  const byDoc = new Map<string, Indicator[]>();
  rows.forEach((r, i) => {
    const list = byDoc.get(r.doc) ?? [];
    list.push(indicators[i]);
    byDoc.set(r.doc, list);
  });
  return rows.map((row, i) => {
    const ind = indicators[i];
    const judgement = judgeIndicator(ind, { config, category: categoryKind(ind, categories), siblings: byDoc.get(row.doc) });
    return {
      row,
      judgement,
      vague: judgement.groups.some((g) => g.verdict === 'vague'),
      weak: judgement.groups.some((g) => g.verdict === 'weak'),
    };
  });
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

function score(judged: JudgedRow[], flagged: (j: JudgedRow) => boolean): Score {
  let tp = 0, fp = 0, fn = 0;
  for (const j of judged) {
    if (j.row.label === 'borderline') continue;
    const positive = j.row.label === 'vague';
    if (flagged(j) && positive) tp++;
    else if (flagged(j)) fp++;
    else if (positive) fn++;
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, fp, fn };
}

export interface CorpusFigures {
  rows: number;
  vagueRows: number;
  measurableRows: number;
  borderlineRows: number;
  vagueTarget: Score;
  vagueOrWeak: Score;
  /** Share of measurable-labelled rows with any vague-family finding. */
  noteShare: number;
  /** Measurable rows with a note, vague rows without a vague-target finding. */
  falseAlarms: JudgedRow[];
  misses: JudgedRow[];
}

export const TARGETS = { precision: 0.95, recall: 0.9, noteShare: 0.03 };

export function measure(judged: JudgedRow[]): CorpusFigures {
  const measurable = judged.filter((j) => j.row.label === 'measurable');
  const noted = measurable.filter((j) => j.vague || j.weak);
  return {
    rows: judged.length,
    vagueRows: judged.filter((j) => j.row.label === 'vague').length,
    measurableRows: measurable.length,
    borderlineRows: judged.filter((j) => j.row.label === 'borderline').length,
    vagueTarget: score(judged, (j) => j.vague),
    vagueOrWeak: score(judged, (j) => j.vague || j.weak),
    noteShare: noted.length / (measurable.length || 1),
    falseAlarms: noted,
    misses: judged.filter((j) => j.row.label === 'vague' && !j.vague),
  };
}

/** One line per row for the lists of false alarms and misses. */
export function describeRow(j: JudgedRow): string {
  const r = j.row;
  const target = [r.comparator, r.value, r.unit].filter(Boolean).join(' ');
  const reasons = j.judgement.groups.map((g) => `${g.verdict}:${g.reasons.join(',')}`).join(' ') || 'measurable';
  return `${r.id} [${r.level2}] ${r.name} → ${target}${r.valueType ? ` (${r.valueType})` : ''} · ${reasons}`;
}
