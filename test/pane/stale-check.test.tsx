// The check answers asynchronously (a Web Worker, or the engine loaded on first use): a re-check
// started after an edit must win over an older one still in flight, whichever reply comes last.

import { act, renderHook, screen, waitFor } from '@testing-library/react';
import type { CheckResult } from '../../src/core/check';
import type { Grid } from '../../src/core/grid/grid';
import { Finding, Report, summarize } from '../../src/core/report';
import type { CheckEngine } from '../../src/taskpane/check/client';
import type { CheckJob, CheckOutput } from '../../src/taskpane/check/protocol';
import { usePerfCheck } from '../../src/taskpane/usePerfCheck';
import { ERRORS, finding, newHost, ready, renderPane } from './helpers';

beforeEach(() => localStorage.clear());

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function report(sheet: string, findings: Finding[]): Report {
  return { sheet, form: 'dept-overall', formName: '部门整体预算绩效目标申报表', profile: 'guangdong', findings, summary: summarize(findings) };
}

const OLD_ERRORS = ERRORS.filter((f) => f.severity === 'error'); // 2 errors
const NEW_ERRORS = [...OLD_ERRORS, finding({ rule: 'budget-new', cell: 'B3', category: 'budget', severity: 'error' })]; // 3 errors

test('pane: an older reply arriving after a newer one does not replace the newer verdict', async () => {
  const host = newHost();
  const calls: Array<{ grid: Grid; reply: ReturnType<typeof deferred<Report>> }> = [];
  const checker = jest.fn((grid: Grid) => {
    const reply = deferred<Report>();
    calls.push({ grid, reply });
    return reply.promise;
  });
  renderPane(host, { checker, debounceMs: 0 });
  await waitFor(() => expect(calls).toHaveLength(1));
  await act(async () => calls[0].reply.resolve(report('南沙', OLD_ERRORS)));
  await ready();
  expect(screen.getByTestId('verdict-text')).toHaveTextContent('不能提交（2 个错误）');

  // Two edits: the first re-check is still running when the second starts.
  act(() => host.edit('B3', 1));
  await waitFor(() => expect(calls).toHaveLength(2));
  act(() => host.edit('B3', 2));
  await waitFor(() => expect(calls).toHaveLength(3));
  expect(calls[2].grid.value(2, 1)).toBe(2);

  await act(async () => calls[2].reply.resolve(report('南沙', NEW_ERRORS)));
  await waitFor(() => expect(screen.getByTestId('verdict-text')).toHaveTextContent('不能提交（3 个错误）'));
  // The older check (made before the second edit) answers last, with what is no longer true.
  await act(async () => calls[1].reply.resolve(report('南沙', OLD_ERRORS)));
  await act(async () => new Promise((r) => setTimeout(r, 50)));
  expect(screen.getByTestId('verdict-text')).toHaveTextContent('不能提交（3 个错误）');
  expect(screen.getByTestId('pane')).toHaveAttribute('data-status', 'ready');
});

test('hook with the default engine path: the newest job wins, and the pane is busy until it answers', async () => {
  const host = newHost();
  const jobs: Array<{ job: CheckJob; reply: ReturnType<typeof deferred<CheckOutput>> }> = [];
  const engine: CheckEngine = {
    mode: 'worker',
    warm: () => undefined,
    check: (job) => {
      const reply = deferred<CheckOutput>();
      jobs.push({ job, reply });
      return reply.promise;
    },
  };
  const { result } = renderHook(() => usePerfCheck(host, { engine, debounceMs: 0 }));
  await waitFor(() => expect(jobs).toHaveLength(1));
  // What crosses to the engine is plain grid data (no Grid instance, no host notice).
  expect(Object.getPrototypeOf(jobs[0].job.grid)).toBe(Object.prototype);
  expect(jobs[0].job.grid.name).toBe('南沙');

  act(() => host.edit('B3', 9));
  await waitFor(() => expect(jobs).toHaveLength(2));
  expect(result.current.busy).toBe(true);
  const model = null;
  await act(async () => jobs[1].reply.resolve({ report: report('南沙', NEW_ERRORS), model } satisfies CheckResult));
  await waitFor(() => expect(result.current.status).toBe('ready'));
  expect(result.current.verdict?.errors).toBe(3);
  expect(result.current.busy).toBe(false);
  await act(async () => jobs[0].reply.resolve({ report: report('南沙', OLD_ERRORS), model }));
  await act(async () => new Promise((r) => setTimeout(r, 50)));
  expect(result.current.verdict?.errors).toBe(3);
  expect(result.current.revision).toBe(1);
});
