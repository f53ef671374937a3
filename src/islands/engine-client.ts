// Talks to the engine Web Worker: one request at a time per kind, the latest live-analysis request
// wins, and a request that runs longer than the time limit is abandoned by terminating the worker
// and starting a fresh one (so a huge or hostile Dockerfile can never freeze the page).

import type { Gradable, GradeReport } from '../engine/grade/index.ts';
import type { RunOptions } from '../engine/types.ts';
import type { Analysis, WorkerRequest, WorkerResponse } from '../worker/protocol.ts';

/** Thrown (rejected) when the worker was stopped because a request exceeded the time limit. */
export class EngineTimeout extends Error {
  constructor(ms: number) {
    super(`The checker took longer than ${ms / 1000} s on this Dockerfile and was stopped.`);
    this.name = 'EngineTimeout';
  }
}

/** Thrown when a newer request of the same kind replaced this one before it was sent. */
export class Superseded extends Error {}

export interface EngineClientOptions {
  /** Start the time limit only when the worker says `{ ready: true }` (default: for the real worker). */
  waitForReady?: boolean;
  /** Milliseconds before a request is abandoned (default 3000), counted once the worker is ready. */
  timeoutMs?: number;
  /** Makes the worker; the default bundles src/worker/engine.worker.ts. */
  createWorker?: () => Worker;
  /** Called when the worker was restarted after a timeout. */
  onRestart?: (error: EngineTimeout) => void;
}

/** A request without its id (Omit distributed over the union). */
type Unsent = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  /** The time limit, started once the worker is ready. */
  timer: ReturnType<typeof setTimeout> | undefined;
}

const defaultWorker = () => new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'stagecraft-engine' });

/** A restartable client of the engine worker. */
export class EngineClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private readonly timeoutMs: number;
  private readonly create: () => Worker;
  private readonly onRestart?: (e: EngineTimeout) => void;
  /** Latest queued analysis while one is in flight (latest wins). */
  private queued: { text: string; run: RunOptions; resolve: (a: Analysis) => void; reject: (e: Error) => void } | null = null;
  private analyzing = false;
  /**
   * Whether the current worker has loaded the engine. The time limit counts only from then: a
   * cold start (downloading and compiling the engine, slow on phones) is not a runaway request.
   * Workers made by `createWorker` (tests) are taken as ready at once.
   */
  private ready = false;
  private readonly waitsForReady: boolean;
  private startupTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(opts: EngineClientOptions = {}) {
    this.timeoutMs = opts.timeoutMs ?? 3000;
    this.create = opts.createWorker ?? defaultWorker;
    this.waitsForReady = opts.waitForReady ?? !opts.createWorker;
    this.onRestart = opts.onRestart;
  }

  /** Start the time limit of a pending request. */
  private arm(id: number) {
    const p = this.pending.get(id);
    if (!p || p.timer !== undefined) return;
    p.timer = setTimeout(() => {
      const err = new EngineTimeout(this.timeoutMs);
      this.fail(err);
      this.onRestart?.(err);
    }, this.timeoutMs);
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = this.create();
    this.ready = !this.waitsForReady;
    if (!this.ready) {
      // A worker that cannot even load within this long is broken, not busy.
      this.startupTimer = setTimeout(() => this.fail(new Error('The checker did not start (its code did not load within 30 s). Reload the page to try again.')), 30_000);
    }
    w.onmessage = (e: MessageEvent<WorkerResponse | { ready: true }>) => {
      if ('ready' in e.data) {
        this.ready = true;
        if (this.startupTimer) clearTimeout(this.startupTimer);
        this.startupTimer = null;
        for (const id of this.pending.keys()) this.arm(id);
        return;
      }
      const p = this.pending.get(e.data.id);
      if (!p) return;
      clearTimeout(p.timer);
      this.pending.delete(e.data.id);
      if (e.data.ok) p.resolve(e.data.result);
      else p.reject(new Error(e.data.error));
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      this.fail(new Error(`The checker stopped with an error: ${e.message || 'unknown error'}`));
    };
    this.worker = w;
    return w;
  }

  /** Reject everything in flight and throw the worker away (the next request starts a new one). */
  private fail(error: Error) {
    this.worker?.terminate();
    this.worker = null;
    if (this.startupTimer) clearTimeout(this.startupTimer);
    this.startupTimer = null;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    this.pending.clear();
  }

  private send<T>(req: Unsent): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const worker = this.ensure();
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer: undefined });
      if (this.ready) this.arm(id);
      worker.postMessage({ ...req, id } as WorkerRequest);
    });
  }

  /** Findings, simulated run and stage graph for `text`. While one runs, only the latest new call is kept. */
  analyze(text: string, run: RunOptions): Promise<Analysis> {
    if (this.analyzing) {
      this.queued?.reject(new Superseded('superseded'));
      return new Promise((resolve, reject) => (this.queued = { text, run, resolve, reject }));
    }
    this.analyzing = true;
    const done = () => {
      this.analyzing = false;
      const q = this.queued;
      this.queued = null;
      if (q) this.analyze(q.text, q.run).then(q.resolve, q.reject);
    };
    const p = this.send<Analysis>({ type: 'analyze', text, run });
    p.then(done, done);
    return p;
  }

  /** Grade `text` against the exercise's goals. */
  grade(text: string, exercise: Gradable): Promise<GradeReport> {
    return this.send<GradeReport>({ type: 'grade', text, exercise });
  }

  /** Stop the worker for good (page teardown). */
  dispose() {
    this.fail(new Error('disposed'));
  }
}
