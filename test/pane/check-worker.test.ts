// The pane's check off the main thread (src/taskpane/check): the worker script's replies, passed
// through structured cloning as a browser would, equal the engine run here; replies find their own
// request whatever order they come in; a worker that cannot start, dies, or cannot take a job
// leaves the check to this thread with the same result.

import { checkWithModel } from '../../src/core/check';
import type { GridData } from '../../src/core/grid/grid';
import { BUILTIN_PROFILES } from '../../src/core/profiles';
import { createCheckEngine, WorkerLike } from '../../src/taskpane/check/client';
import type { CheckJob, CheckReplyMessage, CheckRequestMessage } from '../../src/taskpane/check/protocol';
import { fixture } from '../fixtures/catalog';
import { specToGrid } from '../fixtures/sheet-spec';

const HUANGPU: GridData = specToGrid(fixture('seed-003'));
const NANSHA: GridData = specToGrid(fixture('seed-000'));
const SELF_EVALUATION: GridData = specToGrid(fixture('seed-004-table'));

/**
 * A stand-in Worker that runs the worker script in this process, with structured cloning both
 * ways (so anything relying on a class prototype after the trip fails here as in a browser).
 * `hold` keeps replies until release(order) hands them over, in the order given.
 */
class InProcessWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<CheckReplyMessage>) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  onmessageerror: ((e: MessageEvent) => void) | null = null;
  terminated = false;
  held: CheckReplyMessage[] = [];
  requests = 0;
  private handler: ((e: { data: CheckRequestMessage }) => void) | null = null;

  constructor(private readonly hold = false) {}

  postMessage(message: CheckRequestMessage): void {
    const data = structuredClone(message); // throws DataCloneError like a browser would
    this.requests++;
    if (!this.handler) {
      const scope = globalThis as unknown as { self?: unknown };
      const previous = scope.self;
      scope.self = {
        onmessage: null,
        postMessage: (reply: CheckReplyMessage) => {
          const cloned = structuredClone(reply);
          if (this.hold) this.held.push(cloned);
          else if (!this.terminated) this.onmessage?.({ data: cloned } as MessageEvent<CheckReplyMessage>);
        },
      };
      jest.isolateModules(() => {
        require('../../src/taskpane/check/check-worker');
      });
      this.handler = (scope.self as { onmessage: (e: { data: CheckRequestMessage }) => void }).onmessage;
      scope.self = previous;
    }
    this.handler!({ data });
  }

  /** Hands the held replies over, in the order of their request numbers as listed. */
  release(order: number[]): void {
    for (const seq of order) {
      const reply = this.held.find((r) => r.seq === seq)!;
      this.onmessage?.({ data: reply } as MessageEvent<CheckReplyMessage>);
    }
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('the check worker protocol', () => {
  it('replies with the report and the model the engine makes here, as plain data', async () => {
    const worker = new InProcessWorker();
    const engine = createCheckEngine({ workerUrl: 'check-worker.js', createWorker: () => worker });
    const out = await engine.check({ grid: HUANGPU, profile: 'guangdong', profileAuto: true });
    const here = checkWithModel(HUANGPU, { profile: 'guangdong', profileAuto: true });
    expect(engine.mode).toBe('worker');
    expect(worker.requests).toBe(1);
    expect(out.report.findings.length).toBeGreaterThan(50);
    expect(out.report).toEqual(here.report);
    expect(out.model).toEqual(here.model);
  });

  it('carries a parsed profile and last year\'s sheet (the baseline is read by the worker)', async () => {
    const worker = new InProcessWorker();
    const engine = createCheckEngine({ workerUrl: 'check-worker.js', createWorker: () => worker });
    const profile = BUILTIN_PROFILES.mof2021;
    const out = await engine.check({ grid: NANSHA, profile, baseline: { grid: SELF_EVALUATION, label: '去年自评' } });
    const { baselineFromGrid } = await import('../../src/core/baseline');
    const here = checkWithModel(NANSHA, { profile, baseline: baselineFromGrid(SELF_EVALUATION, '去年自评') });
    expect(out.report.profile).toBe('mof2021');
    expect(out.report.baseline?.label).toBe('去年自评');
    expect(out.report).toEqual(here.report);
  });

  it('an engine error comes back as its sentence, not a stack', async () => {
    const engine = createCheckEngine({ workerUrl: 'check-worker.js', createWorker: () => new InProcessWorker() });
    await expect(engine.check({ grid: NANSHA, profile: 'no-such-system' })).rejects.toThrow('未知的指标体系：no-such-system（可用：guangdong、mof2021，或指定 JSON 文件）');
  });

  it('each reply resolves its own request, whatever order the replies arrive in', async () => {
    const worker = new InProcessWorker(true);
    const engine = createCheckEngine({ workerUrl: 'check-worker.js', createWorker: () => worker });
    const older = engine.check({ grid: HUANGPU });
    const newer = engine.check({ grid: NANSHA });
    expect(worker.held.map((r) => r.seq)).toEqual([1, 2]);
    worker.release([2, 1]);
    expect((await newer).report.sheet).toBe('南沙');
    expect((await older).report.sheet).toBe('黄埔');
  });
});

describe('no worker: the same check on this thread', () => {
  const job: CheckJob = { grid: HUANGPU };
  const expected = () => checkWithModel(HUANGPU).report;

  it('when the page cannot start one (CSP, file://, no Worker)', async () => {
    const engine = createCheckEngine({
      createWorker: () => {
        throw new Error('SecurityError: refused by the Content-Security-Policy');
      },
    });
    expect((await engine.check(job)).report).toEqual(expected());
    expect(engine.mode).toBe('thread');
    const none = createCheckEngine({ createWorker: () => null });
    expect((await none.check(job)).report).toEqual(expected());
    const noUrl = createCheckEngine({ workerUrl: null, createWorker: () => new InProcessWorker() });
    expect((await noUrl.check(job)).report).toEqual(expected());
    expect(noUrl.mode).toBe('thread');
  });

  it('when the worker script fails to load: what it owed is checked here, and no new worker is tried', async () => {
    const worker = new InProcessWorker(true);
    let made = 0;
    const engine = createCheckEngine({
      createWorker: () => {
        made++;
        return worker;
      },
    });
    const owed = engine.check(job);
    worker.onerror!({ preventDefault() {} } as Event); // e.g. a 404 for check-worker.js
    expect((await owed).report).toEqual(expected());
    expect(worker.terminated).toBe(true);
    expect((await engine.check({ grid: NANSHA })).report.sheet).toBe('南沙');
    expect(made).toBe(1);
    expect(engine.mode).toBe('thread');
  });

  it('when a job cannot be cloned for the worker, that job is checked here', async () => {
    const worker = new InProcessWorker();
    const engine = createCheckEngine({ createWorker: () => worker });
    const profile = { ...BUILTIN_PROFILES.guangdong, extensions: { hook: () => 1 } };
    const out = await engine.check({ grid: HUANGPU, profile });
    expect(worker.requests).toBe(0);
    expect(out.report).toEqual(checkWithModel(HUANGPU, { profile }).report);
  });
});
