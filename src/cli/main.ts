#!/usr/bin/env node
// perfcheck: checks budget performance target forms in .xlsx files from the command line.

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { check, resolveProfile, UnknownProfileError } from '../core/check';
import type { Profile } from '../core/profiles';
import { parseProfile, ProfileError } from '../core/profiles/parse';
import { Report } from '../core/report';
import { RULES } from '../core/rules';
import { readWorkbook, WorkbookError } from '../io/xlsx';
import { nodeReadHooks, nodeReadLimits } from '../io/node';
import { Args, CheckArgs, parseArgs, UsageError, USAGE } from './args';
import { FileResult, formatFileText, formatTotals, rulesMarkdown } from './format-text';

interface Failure {
  file: string;
  message: string;
}

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stderrIsTTY: boolean;
}

const nodeIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stderrIsTTY: !!process.stderr.isTTY,
};

export async function run(argv: string[], io: Io = nodeIo): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`perfcheck: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    io.stdout(`${readVersion()}\n`);
    return 0;
  }
  if (args.command === 'rules') {
    const rules = RULES.map((r) => r.meta);
    if (args.format === 'json') io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
    else if (args.format === 'markdown') io.stdout(rulesMarkdown(rules));
    else io.stdout(`${rules.map((m) => `${m.id.padEnd(28)} ${m.category.padEnd(12)} ${m.severity.padEnd(8)} ${m.title} — ${m.why}`).join('\n')}\n`);
    return 0;
  }
  return runCheck(args, io);
}

function loadProfile(spec: string | undefined): Profile {
  if (spec && (spec.endsWith('.json') || spec.includes('/') || spec.includes(path.sep))) {
    let text: string;
    try {
      text = readFileSync(spec, 'utf8');
    } catch {
      throw new ProfileError(`无法读取指标体系文件“${spec}”。`);
    }
    return parseProfile(text);
  }
  return resolveProfile(spec);
}

async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  let profile: Profile;
  try {
    profile = loadProfile(args.profile);
  } catch (e) {
    if (e instanceof ProfileError || e instanceof UnknownProfileError) {
      io.stderr(`perfcheck: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const results: FileResult[] = [];
  const failures: Failure[] = [];
  const showProgress = args.progress ?? (args.files.length > 1 && io.stderrIsTTY);
  const progressEvery = Math.max(1, Math.ceil(args.files.length / 10));

  for (let i = 0; i < args.files.length; i++) {
    const file = args.files[i];
    if (showProgress && (io.stderrIsTTY || i % progressEvery === 0)) {
      io.stderr(io.stderrIsTTY ? `\r检查中 ${i + 1}/${args.files.length} ${path.basename(file)}\x1b[K` : `检查中 ${i + 1}/${args.files.length} ${path.basename(file)}\n`);
    }
    try {
      const reports = await checkFile(file, args.sheet, profile);
      results.push({ file, reports });
      if (args.format === 'text') io.stdout(`${showProgress && io.stderrIsTTY ? '' : ''}${formatFileText({ file, reports }, profile.id)}\n\n`);
    } catch (e) {
      const message = e instanceof FileError || e instanceof WorkbookError ? e.message : `检查时发生内部错误（${oneLine((e as Error)?.message ?? String(e))}），请将文件反馈给开发者。`;
      failures.push({ file, message });
      io.stderr(`${showProgress && io.stderrIsTTY ? '\r\x1b[K' : ''}perfcheck: ${file}：${message}\n`);
      if (process.env.PERFCHECK_DEBUG) io.stderr(`${(e as Error).stack}\n`);
    }
  }
  if (showProgress && io.stderrIsTTY) io.stderr('\r\x1b[K');

  if (args.format === 'json') {
    const doc = {
      reports: results.flatMap((r) =>
        r.reports.map((rep) => ({
          file: r.file,
          sheet: rep.sheet,
          form: rep.form,
          formName: rep.formName,
          profile: rep.profile,
          findings: rep.findings.map(({ rule, category, severity, cell, cells, message, suggestion }) => ({ rule, category, severity, cell, cells, message, ...(suggestion ? { suggestion } : {}) })),
          summary: rep.summary,
          ...(rep.measurability ? { measurability: rep.measurability } : {}),
        })),
      ),
      failures,
    };
    io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    io.stdout(`${formatTotals(results, failures.length)}\n`);
  }
  if (failures.length > 0) return 2;
  return results.some((r) => r.reports.some((rep) => rep.summary.error > 0)) ? 1 : 0;
}

class FileError extends Error {}

/** Error text as one line of at most 200 characters: stderr gets one line per file, whatever failed. */
function oneLine(text: string): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

async function checkFile(file: string, sheet: string | undefined, profile: Profile): Promise<Report[]> {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new FileError('文件不存在或无法访问。');
  }
  if (stat.isDirectory()) throw new FileError(`这是一个目录，不是文件；要检查目录中的全部表单，请写成“${path.join(file, '*.xlsx')}”。`);
  // A device or a pipe (/dev/zero, a FIFO) would be read forever.
  if (!stat.isFile()) throw new FileError('这不是普通文件（可能是设备或管道），无法作为 Excel 工作簿读取。');
  if (stat.size > 200 * 1024 * 1024) throw new FileError(`文件有 ${Math.round(stat.size / 1024 / 1024)} MB，超过 200 MB 的上限，已拒绝读取。`);
  const bytes = new Uint8Array(readFileSync(file));
  const sheets = await readWorkbook(ExcelJS, bytes, nodeReadLimits(), nodeReadHooks);
  const chosen = sheet ? sheets.filter((s) => s.grid.name === sheet) : sheets;
  if (sheet && chosen.length === 0) throw new FileError(`没有名为“${sheet}”的工作表（现有：${sheets.map((s) => s.grid.name).join('、')}）。`);
  const reports = chosen.map((s) => check(s.grid, { profile }));
  if (!reports.some((r) => r.form)) throw new FileError(sheet ? `工作表“${sheet}”不是可识别的绩效目标表。` : '文件中没有可识别的绩效目标表（申报表、项目支出绩效目标表或自评表）。');
  return reports;
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`perfcheck: 内部错误：${oneLine((e as Error)?.message ?? String(e))}\n`);
      if (process.env.PERFCHECK_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
      process.exit(2);
    },
  );
}
