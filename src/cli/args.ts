// Command-line arguments: `perfcheck check FILE... [--sheet NAME] [--profile ID|FILE] [--format text|json]`.
//
// Options are declared once in a table per command (OPTIONS below): adding one (say `--report
// FILE`) is one entry there and one field in CheckArgs. `--help`/`--version` count only as the
// first argument, so a file or an option value that happens to read "-v" never skips the check.

export interface CheckArgs {
  command: 'check';
  files: string[];
  sheet?: string;
  profile?: string;
  format: 'text' | 'json';
  progress?: boolean;
  /** Last year's self-evaluation, for the across-years rules. */
  baseline?: string;
  /** The language of findings and of the text output (default zh). */
  lang?: 'zh' | 'en';
}

export interface RulesArgs {
  command: 'rules';
  format: 'text' | 'json' | 'markdown';
  lang?: 'zh' | 'en';
}

export type Args = CheckArgs | RulesArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `用法 / Usage:
  perfcheck check 文件.xlsx [更多文件…] [--sheet 工作表名] [--profile guangdong|mof2021|指标体系.json] [--format text|json]
                  [--baseline 上年自评表.xlsx]  与上年自评表对比：今年目标不低于上年实际 / compare with last year's self-evaluation
                  [--lang zh|en]  结果的语言（默认中文）/ language of the findings (default Chinese)
  perfcheck check 文件或文件夹… --report 审核汇总.xlsx [--letters 退回意见文件夹]
      写出审核汇总工作簿与未通过表单的退回意见 / write the review workbook and return letters
  perfcheck rules [--format text|json|markdown] [--lang zh|en]  列出全部校验规则及其严重程度 / list every rule and its severity
  perfcheck --help | --version  （只作为第一个参数 / only as the first argument）

退出码 / exit status: 0 无错误 / no errors；1 有错误级问题 / error findings；2 文件无法使用或用法错误 / unusable input or usage error`;

type Command = 'check' | 'rules';

/** One option: its name, whether it takes a value, and how it lands in the parsed result. */
interface OptionSpec {
  name: string;
  /** Present: the option takes a value (`--x v` or `--x=v`), checked against `choices` if given. */
  value?: { choices?: (command: Command) => string[] };
  apply: (into: Record<string, unknown>, value: string | undefined) => void;
}

const FORMATS: Record<Command, string[]> = { check: ['text', 'json'], rules: ['text', 'json', 'markdown'] };
const LANGS = ['zh', 'en'];
const LANG_OPTION: OptionSpec = { name: '--lang', value: { choices: () => LANGS }, apply: (o, v) => (o.lang = v) };

const OPTIONS: Record<Command, OptionSpec[]> = {
  check: [
    { name: '--sheet', value: {}, apply: (o, v) => (o.sheet = v) },
    { name: '--profile', value: {}, apply: (o, v) => (o.profile = v) },
    { name: '--baseline', value: {}, apply: (o, v) => (o.baseline = v) },
    { name: '--format', value: { choices: (c) => FORMATS[c] }, apply: (o, v) => (o.format = v) },
    { name: '--progress', apply: (o) => (o.progress = true) },
    { name: '--no-progress', apply: (o) => (o.progress = false) },
    LANG_OPTION,
  ],
  rules: [{ name: '--format', value: { choices: (c) => FORMATS[c] }, apply: (o, v) => (o.format = v) }, LANG_OPTION],
};

export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command !== 'check' && command !== 'rules') throw new UsageError(`未知命令“${command}”。可用命令：check、rules。`);
  const opts: Record<string, unknown> = { format: 'text' };
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    // "--" ends the options: everything after it is a file, even "-v".
    if (a === '--') {
      files.push(...rest.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      files.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    const spec: OptionSpec | undefined = OPTIONS[command].find((o) => o.name === name);
    if (!spec) throw new UsageError(`未知选项“${a}”。`);
    let value: string | undefined;
    if (spec.value) {
      value = eq > 0 ? a.slice(eq + 1) : rest[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`选项 ${name} 需要一个值。`);
      const allowed = spec.value.choices?.(command);
      if (allowed && !allowed.includes(value)) throw new UsageError(`${name} 只能是 ${allowed.join('、')}，而不是“${value}”。`);
    } else if (eq > 0) throw new UsageError(`选项 ${name} 不带值。`);
    spec.apply(opts, value);
  }
  if (command === 'rules') {
    if (files.length) throw new UsageError(`rules 命令不接受文件参数（“${files[0]}”）。`);
    return { command: 'rules', format: opts.format as RulesArgs['format'], ...(opts.lang ? { lang: opts.lang as RulesArgs['lang'] } : {}) };
  }
  if (files.length === 0) throw new UsageError('请至少指定一个 .xlsx 文件。');
  return { command: 'check', files, ...(opts as Omit<CheckArgs, 'command' | 'files'>) };
}
