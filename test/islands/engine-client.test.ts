// The engine worker client: answers flow back by id, the latest live analysis wins, and a request
// that outlives the time limit terminates the worker, rejects with EngineTimeout and starts afresh.
import { describe, expect, it, vi } from 'vitest';
import { EngineClient, EngineTimeout, Superseded } from '../../src/islands/engine-client.ts';

/** A stand-in Worker: `respond` decides what (if anything) to answer for each request. */
function fakeWorkerFactory(respond: (req: { id: number; type: string; text: string }) => unknown | undefined) {
  const made: { terminated: boolean; posted: unknown[] }[] = [];
  const create = () => {
    const state = { terminated: false, posted: [] as unknown[] };
    made.push(state);
    const w = {
      onmessage: null as ((e: MessageEvent) => void) | null,
      onerror: null as ((e: ErrorEvent) => void) | null,
      postMessage(req: { id: number; type: string; text: string }) {
        state.posted.push(req);
        const result = respond(req);
        if (result !== undefined) setTimeout(() => !state.terminated && w.onmessage?.({ data: { id: req.id, ok: true, type: req.type, result } } as MessageEvent), 1);
      },
      terminate() {
        state.terminated = true;
      },
    };
    return w as unknown as Worker;
  };
  return { create, made };
}

describe('EngineClient', () => {
  it('resolves analyze and grade with the worker answers', async () => {
    const f = fakeWorkerFactory((r) => ({ echo: r.text, kind: r.type }));
    const c = new EngineClient({ createWorker: f.create });
    await expect(c.analyze('FROM a', {})).resolves.toEqual({ echo: 'FROM a', kind: 'analyze' });
    await expect(c.grade('FROM b', { id: 'x', goals: [], context: {} })).resolves.toEqual({ echo: 'FROM b', kind: 'grade' });
    expect(f.made).toHaveLength(1);
  });

  it('keeps only the latest analysis queued while one is running', async () => {
    const f = fakeWorkerFactory((r) => ({ echo: r.text }));
    const c = new EngineClient({ createWorker: f.create });
    const first = c.analyze('1', {});
    const second = c.analyze('2', {});
    const third = c.analyze('3', {});
    await expect(second).rejects.toBeInstanceOf(Superseded);
    await expect(first).resolves.toEqual({ echo: '1' });
    await expect(third).resolves.toEqual({ echo: '3' });
    expect(f.made[0]!.posted.map((p) => (p as { text: string }).text)).toEqual(['1', '3']);
  });

  it('abandons a request that takes longer than the limit by restarting the worker', async () => {
    vi.useFakeTimers();
    try {
      const f = fakeWorkerFactory((r) => (r.text === 'hostile' ? undefined : { echo: r.text }));
      const restarts: EngineTimeout[] = [];
      const c = new EngineClient({ createWorker: f.create, timeoutMs: 3000, onRestart: (e) => restarts.push(e) });
      const slow = c.grade('hostile', { id: 'x', goals: [], context: {} });
      const caught = slow.catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(2999);
      expect(restarts).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(2);
      expect(await caught).toBeInstanceOf(EngineTimeout);
      expect((await caught as Error).message).toMatch(/longer than 3 s/);
      expect(restarts).toHaveLength(1);
      expect(f.made[0]!.terminated).toBe(true);
      const next = c.analyze('FROM ok', {});
      await vi.advanceTimersByTimeAsync(5);
      await expect(next).resolves.toEqual({ echo: 'FROM ok' });
      expect(f.made).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts the time limit from the worker being ready, not from its cold start', async () => {
    vi.useFakeTimers();
    try {
      const f = fakeWorkerFactory(() => undefined);
      const restarts: EngineTimeout[] = [];
      const c = new EngineClient({ createWorker: f.create, waitForReady: true, timeoutMs: 3000, onRestart: (e) => restarts.push(e) });
      const slow = c.analyze('FROM a', {}).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(10_000); // still loading the engine: no timeout yet
      expect(restarts).toHaveLength(0);
      const worker = f.made[0]!;
      expect(worker.terminated).toBe(false);
      (c as unknown as { worker: Worker }).worker.onmessage?.({ data: { ready: true } } as MessageEvent);
      await vi.advanceTimersByTimeAsync(3001);
      expect(await slow).toBeInstanceOf(EngineTimeout);
      expect(restarts).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
