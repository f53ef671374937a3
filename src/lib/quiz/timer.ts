// The interview round's countdown. It measures against a deadline (not by counting ticks), so a
// throttled background tab still ends on time. The clock is injectable for tests.

/** The parts of the timer API the countdown uses (window's by default). */
export interface Clock {
  now(): number;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const systemClock: Clock = {
  now: () => Date.now(),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
};

/** A running countdown. */
export interface Countdown {
  /** Milliseconds left (0 once expired). */
  remaining(): number;
  /** Stop without expiring (the learner finished early). */
  stop(): void;
  /** Whether onExpire has fired. */
  expired(): boolean;
}

/**
 * Start a countdown of `durationMs`: `onTick(remainingMs)` about every `tickMs`, and `onExpire()`
 * exactly once when the time is up (unless stopped first).
 */
export function startCountdown(
  durationMs: number,
  handlers: { onTick?: (remainingMs: number) => void; onExpire: () => void },
  clock: Clock = systemClock,
  tickMs = 250,
): Countdown {
  const deadline = clock.now() + durationMs;
  let done = false;
  let stopped = false;
  const remaining = () => (done ? 0 : Math.max(0, deadline - clock.now()));
  const handle = clock.setInterval(() => {
    if (stopped || done) return;
    const left = remaining();
    handlers.onTick?.(left);
    if (left <= 0) {
      done = true;
      clock.clearInterval(handle);
      handlers.onExpire();
    }
  }, tickMs);
  return {
    remaining,
    stop() {
      stopped = true;
      clock.clearInterval(handle);
    },
    expired: () => done,
  };
}

/** `m:ss` for a number of milliseconds, rounded up to whole seconds (9:59 … 0:01, 0:00). */
export function formatRemaining(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The round length: 10 minutes, or `?seconds=N` (1–3600) from the page URL, for tests and for
 * learners who want a shorter drill.
 */
export function roundDuration(search: string, defaultMs = 10 * 60_000): number {
  const v = new URLSearchParams(search).get('seconds');
  const n = v === null ? NaN : Number(v);
  return Number.isInteger(n) && n >= 1 && n <= 3600 ? n * 1000 : defaultMs;
}
