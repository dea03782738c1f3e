#!/usr/bin/env node
// perfcheck: checks budget performance target forms in .xlsx files from the command line.
//
// Startup is kept small: only the argument parser is loaded up front; the engine, its profiles
// and the reader are loaded when a command needs them (`--help` and `--version` load nothing else).
// The process ends by setting process.exitCode, never process.exit(), so a pipe still draining
// (`perfcheck check *.xlsx --format json | jq`) receives every byte.

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Profile } from '../core/profiles';
import type { Report } from '../core/report';
import type { CheckResult } from '../core/check';
import type { BaselineInput } from '../core/baseline';
import { Args, CheckArgs, parseArgs, UsageError, USAGE } from './args';
import { assertReportIsNotAnInput, takeReviewOptions, ReviewOptions } from './review/options';
import { expandInputs } from './review/inputs';

interface Failure {
  file: string;
  message: string;
}

export interface Io {
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
  let review: ReviewOptions;
  let emptyFolders: Failure[] = [];
  try {
    ({ argv, review } = takeReviewOptions(argv));
    args = parseArgs(argv);
    if (args.command === 'check') {
      // Folders are read recursively; the report itself is never picked up as a form.
      const expanded = expandInputs(args.files, review.report ? [review.report] : []);
      if (review.report) assertReportIsNotAnInput(review.report, expanded.files);
      args = { ...args, files: expanded.files };
      emptyFolders = expanded.empty;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`perfcheck: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  switch (args.command) {
    case 'help':
      io.stdout(`${USAGE}\n`);
      return 0;
    case 'version':
      io.stdout(`${readVersion()}\n`);
      return 0;
    case 'rules':
      return runRules(args.format, io, args.lang ?? 'zh');
    case 'check':
      return runCheck(args, io, review, emptyFolders);
  }
}

async function runRules(format: 'text' | 'json' | 'markdown', io: Io, lang: 'zh' | 'en'): Promise<number> {
  const { RULES } = await import('../core/rules');
  const { rulesMarkdown, rulesText } = await import('./format-text');
  const rules = RULES.map((r) => r.meta);
  if (format === 'json') io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
  else if (format === 'markdown') io.stdout(rulesMarkdown(rules));
  else io.stdout(`${rulesText(rules, lang)}\n`);
  return 0;
}

/** A file the command cannot use, said in both languages (the output's language picks one). */
class FileError extends Error {
  constructor(
    message: string,
    readonly en: string,
  ) {
    super(message);
  }
}


async function loadProfile(spec: string | undefined): Promise<Profile> {
  const { resolveProfile } = await import('../core/check');
  if (spec && (spec.endsWith('.json') || spec.includes('/') || spec.includes(path.sep))) {
    const { parseProfile, ProfileError } = await import('../core/profiles/parse');
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

async function runCheck(args: CheckArgs, io: Io, review: ReviewOptions = {}, emptyFolders: Failure[] = []): Promise<number> {
  const [{ checkWithModel, UnknownProfileError }, { ProfileError }, { formatFileText, formatTotals, terminalSafe }, { readXlsx, WorkbookError, WORKBOOK_ERROR_EN }, { nodeInflate, nodeReadLimits }] = await Promise.all([
    import('../core/check'),
    import('../core/profiles'),
    import('./format-text'),
    import('../io/xlsx-read'),
    import('../io/node'),
  ]);
  let profile: Profile;
  try {
    profile = await loadProfile(args.profile);
  } catch (e) {
    if (e instanceof ProfileError || e instanceof UnknownProfileError) {
      io.stderr(`perfcheck: ${terminalSafe(e.message)}\n`);
      return 2;
    }
    throw e;
  }
  let baseline: BaselineInput | undefined;
  const baselineModule = args.baseline ? await import('./baseline') : undefined;
  try {
    baseline = baselineModule && args.baseline ? await baselineModule.loadBaseline(args.baseline) : undefined;
  } catch (e) {
    if (!baselineModule || !(e instanceof baselineModule.BaselineError)) throw e;
    io.stderr(`perfcheck: ${terminalSafe(e.message)}\n`);
    return 2;
  }
  const limits = nodeReadLimits();
  const lang = args.lang ?? 'zh';
  const results: Array<{ file: string; reports: Report[] }> = [];
  const failures: Failure[] = [...emptyFolders];
  const colon = lang === 'en' ? ': ' : '：';
  for (const f of failures) io.stderr(`perfcheck: ${terminalSafe(f.file)}${colon}${terminalSafe(f.message)}\n`);
  // The reviewer's workbook (exceljs) is loaded only when asked for.
  const reviewModule = review.report || review.letters ? await import('./review') : undefined;
  const collector = reviewModule ? new reviewModule.ReviewCollector() : undefined;
  for (const f of failures) collector?.addFailure(f.file, f.message);
  const showProgress = args.progress ?? (args.files.length > 1 && io.stderrIsTTY);
  const progressEvery = Math.max(1, Math.ceil(args.files.length / 10));

  const checkFile = async (file: string): Promise<CheckResult[]> => {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      throw new FileError('文件不存在或无法访问。', 'The file does not exist or cannot be accessed.');
    }
    if (stat.isDirectory()) throw new FileError(`这是一个目录，不是文件；要检查目录中的全部表单，请写成“${path.join(file, '*.xlsx')}”。`, `This is a folder, not a file; to check every form in it, write “${path.join(file, '*.xlsx')}”.`);
    // A device or a pipe (/dev/zero, a FIFO) would be read forever.
    if (!stat.isFile()) throw new FileError('这不是普通文件（可能是设备或管道），无法作为 Excel 工作簿读取。', 'This is not a regular file (a device or a pipe?) and cannot be read as an Excel workbook.');
    if (stat.size > MAX_FILE_BYTES) throw new FileError(`文件有 ${Math.round(stat.size / 1024 / 1024)} MB，超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 的上限，已拒绝读取。`, `The file is ${Math.round(stat.size / 1024 / 1024)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit; it was refused.`);
    // The file's bytes live only as long as the read: the check that follows may need the memory.
    const sheets = await readXlsx(readFileSync(file), { limits, inflate: nodeInflate });
    const chosen = args.sheet ? sheets.filter((s) => s.grid.name === args.sheet) : sheets;
    if (args.sheet && chosen.length === 0) throw new FileError(`没有名为“${args.sheet}”的工作表（现有：${sheets.map((s) => s.grid.name).join('、')}）。`, `No sheet is named “${args.sheet}” (sheets: ${sheets.map((s) => `“${s.grid.name}”`).join(', ')}).`);
    // Without --profile, a form laid out in another system (成本指标 as a 一级) is checked against it.
    const reports = chosen.map((s) => checkWithModel(s.grid, { profile, profileAuto: args.profile === undefined, baseline, lang }));
    if (!reports.some((r) => r.report.form)) {
      // Say what a form needs (and where something close was found), not just that none was found.
      const need = reports.map((r) => r.report.findings.find((f) => f.rule === 'not-a-form')?.message).find((m) => m && /[：:]/.test(m));
      const colon = need ? need.search(/[：:]/) : -1;
      const what = need && colon >= 0 ? need.slice(colon + 1).trim() : '';
      throw new FileError(
        args.sheet ? `工作表“${args.sheet}”不是可识别的绩效目标表${what ? `：${what}` : '。'}` : `文件中没有可识别的绩效目标表${what ? `：${what}` : '（申报表、项目支出绩效目标表或自评表）。'}`,
        args.sheet ? `Sheet “${args.sheet}” is not a recognisable performance target form${what ? `: ${what}` : '.'}` : `The file holds no recognisable performance target form${what ? `: ${what}` : ' (target form, project target form or self-evaluation).'}`,
      );
    }
    return reports;
  };

  for (let i = 0; i < args.files.length; i++) {
    const file = args.files[i];
    if (showProgress && (io.stderrIsTTY || i % progressEvery === 0)) {
      const name = terminalSafe(path.basename(file));
      const checking = lang === 'en' ? 'Checking' : '检查中';
      io.stderr(io.stderrIsTTY ? `\r${checking} ${i + 1}/${args.files.length} ${name}\x1b[K` : `${checking} ${i + 1}/${args.files.length} ${name}\n`);
    }
    try {
      const checked = await checkFile(file);
      const reports = checked.map((c) => c.report);
      results.push({ file, reports });
      collector?.addFile(file, checked);
      const pairing = baselineModule ? reports.map((r) => baselineModule.formatPairing(r, lang)).filter(Boolean).map((t) => `\n${terminalSafe(t)}`).join('') : '';
      if (args.format === 'text') io.stdout(`${formatFileText({ file, reports }, profile.id, lang)}${pairing}\n\n`);
    } catch (e) {
      // Whatever one file does (including exhausting a limit), the batch goes on.
      const message =
        e instanceof FileError
          ? lang === 'en' ? e.en : e.message
          : e instanceof WorkbookError
            ? lang === 'en' ? WORKBOOK_ERROR_EN[e.code] : e.message
            : lang === 'en'
              ? `Internal error while checking (${oneLine((e as Error)?.message ?? String(e))}); please send the file to the developers.`
              : `检查时发生内部错误（${oneLine((e as Error)?.message ?? String(e))}），请将文件反馈给开发者。`;
      failures.push({ file, message });
      collector?.addFailure(file, message);
      io.stderr(`${showProgress && io.stderrIsTTY ? '\r\x1b[K' : ''}perfcheck: ${terminalSafe(file)}${colon}${terminalSafe(message)}\n`);
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
          findings: rep.findings.map(({ rule, category, severity, cell, cells, message, suggestion, messageId, params }) => ({
            rule,
            category,
            severity,
            cell,
            cells,
            message,
            ...(suggestion ? { suggestion } : {}),
            ...(messageId ? { messageId } : {}),
            ...(params ? { params } : {}),
          })),
          summary: rep.summary,
          ...(rep.measurability ? { measurability: rep.measurability } : {}),
          ...(rep.blocks ? { blocks: rep.blocks } : {}),
          ...(rep.baseline ? { baseline: rep.baseline } : {}),
        })),
      ),
      failures,
    };
    io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    io.stdout(`${formatTotals(results, failures.length, lang)}\n`);
  }
  if (reviewModule && collector) {
    const { RULES } = await import('../core/rules');
    const problems = await reviewModule.writeReview(collector, review, RULES.map((r) => r.meta), io);
    for (const p of problems) io.stderr(`perfcheck: ${terminalSafe(p)}\n`);
    if (problems.length > 0) return 2;
  }
  if (failures.length > 0) return 2;
  return results.some((r) => r.reports.some((rep) => rep.summary.error > 0)) ? 1 : 0;
}

/** Files above this are refused unread (a form is a few hundred KB; see README, CLI limits). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Error text as one line of at most 200 characters: stderr gets one line per file, whatever failed. */
function oneLine(text: string): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

if (require.main === module) {
  // The reader of our output went away (`perfcheck check … | head`): nothing more can be shown, so
  // stop quietly, as other command-line tools do, instead of dying with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`perfcheck: 内部错误：${oneLine((e as Error)?.message ?? String(e))}\n`);
      if (process.env.PERFCHECK_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
      process.exitCode = 2;
    },
  );
}
