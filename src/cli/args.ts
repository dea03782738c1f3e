// Command-line arguments: `perfcheck check FILE... [--sheet NAME] [--profile ID|FILE] [--format text|json]`.

export interface CheckArgs {
  command: 'check';
  files: string[];
  sheet?: string;
  profile?: string;
  format: 'text' | 'json';
  progress?: boolean;
  /** Last year's self-evaluation, for the across-years rules. */
  baseline?: string;
}

export type Args = CheckArgs | { command: 'rules'; format: 'text' | 'json' | 'markdown' } | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `用法 / Usage:
  perfcheck check 文件.xlsx [更多文件…] [--sheet 工作表名] [--profile guangdong|mof2021|指标体系.json] [--format text|json]
                  [--baseline 上年自评表.xlsx]  与上年自评表对比：今年目标不低于上年实际 / compare with last year's self-evaluation
  perfcheck check 文件或文件夹… --report 审核汇总.xlsx [--letters 退回意见文件夹]
      写出审核汇总工作簿与未通过表单的退回意见 / write the review workbook and return letters
  perfcheck rules [--format text|json|markdown]  列出全部校验规则及其严重程度 / list every rule and its severity
  perfcheck --help | --version

退出码 / exit status: 0 无错误 / no errors；1 有错误级问题 / error findings；2 文件无法使用或用法错误 / unusable input or usage error`;

export function parseArgs(argv: string[]): Args {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'rules') throw new UsageError(`未知命令“${command}”。可用命令：check、rules。`);
  const files: string[] = [];
  const opts: { sheet?: string; profile?: string; format: 'text' | 'json' | 'markdown'; progress?: boolean; baseline?: string } = { format: 'text' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const takeValue = (name: string): string => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`选项 ${name} 需要一个值。`);
      return v;
    };
    if (a === '--sheet' || a.startsWith('--sheet=')) opts.sheet = takeValue('--sheet');
    else if (a === '--profile' || a.startsWith('--profile=')) opts.profile = takeValue('--profile');
    else if (a === '--baseline' || a.startsWith('--baseline=')) opts.baseline = takeValue('--baseline');
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = takeValue('--format');
      const allowed = command === 'rules' ? ['text', 'json', 'markdown'] : ['text', 'json'];
      if (!allowed.includes(f)) throw new UsageError(`--format 只能是 ${allowed.join('、')}，而不是“${f}”。`);
      opts.format = f as 'text' | 'json' | 'markdown';
    } else if (a === '--progress') opts.progress = true;
    else if (a === '--no-progress') opts.progress = false;
    else if (a.startsWith('--')) throw new UsageError(`未知选项“${a}”。`);
    else files.push(a);
  }
  if (command === 'rules') return { command: 'rules', format: opts.format };
  if (files.length === 0) throw new UsageError('请至少指定一个 .xlsx 文件。');
  return { command: 'check', files, ...opts, format: opts.format === 'markdown' ? 'text' : opts.format };
}
